package it.milano.levacivica.portal.demo;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP and IMAP server (GreenMail) on 127.0.0.1, ports chosen by the system, that accepts any address and
 * any password: the demo's and the integration tests' mail server. Never reachable from another machine.
 */
public final class DemoSmtp implements AutoCloseable {

    private final GreenMail mail;

    private DemoSmtp(GreenMail mail) {
        this.mail = mail;
    }

    /** @return a started server */
    public static DemoSmtp start() {
        ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        ServerSetup imap = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort();
        GreenMail mail = new GreenMail(new ServerSetup[] {smtp, imap});
        mail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        return new DemoSmtp(mail);
    }

    /** @return the SMTP port */
    public int smtpPort() {
        return mail.getSmtp().getPort();
    }

    /** @return the IMAP port */
    public int imapPort() {
        return mail.getImap().getPort();
    }

    /** @return the server, to read what it received */
    public GreenMail server() {
        return mail;
    }

    @Override
    public void close() {
        mail.stop();
    }
}
