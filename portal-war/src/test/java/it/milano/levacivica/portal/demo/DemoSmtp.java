package it.milano.levacivica.portal.demo;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP and IMAP server (GreenMail) on 127.0.0.1, ports chosen by the system, that accepts any address and
 * any password: the demo's and the integration tests' mail server. Never reachable from another machine.
 */
public final class DemoSmtp implements AutoCloseable {

    private GreenMail mail;
    private final java.util.List<jakarta.mail.internet.MimeMessage> earlier = new java.util.ArrayList<>();

    private DemoSmtp(GreenMail mail) {
        this.mail = mail;
    }

    /** Stops the SMTP and IMAP service: sends fail until {@link #restart}. What was received is kept. */
    public synchronized void stop() {
        earlier.addAll(java.util.List.of(mail.getReceivedMessages()));
        mail.stop();
    }

    /** Starts a new server on the same ports after {@link #stop}. */
    public synchronized void restart(int smtpPort, int imapPort) {
        GreenMail again = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        again.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        again.start();
        mail = again;
    }

    /** @return every message received, including those of servers stopped since */
    public synchronized java.util.List<jakarta.mail.internet.MimeMessage> received() {
        java.util.List<jakarta.mail.internet.MimeMessage> all = new java.util.ArrayList<>(earlier);
        all.addAll(java.util.List.of(mail.getReceivedMessages()));
        return all;
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
