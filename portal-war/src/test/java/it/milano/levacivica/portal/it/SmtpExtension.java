package it.milano.levacivica.portal.it;

import it.milano.levacivica.portal.demo.DemoSmtp;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real SMTP server (GreenMail, 127.0.0.1) per test JVM for the tests of reminders. It sets
 * {@code portal.mail.port} for arquillian.xml, so it must be listed before ArquillianExtension in
 * {@code @ExtendWith}; test classes without it deploy a portal whose mail is off.
 */
public class SmtpExtension implements BeforeAllCallback {

    private static DemoSmtp server;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (SmtpExtension.class) {
            if (server == null) {
                server = DemoSmtp.start();
                System.setProperty("portal.mail.port", Integer.toString(server.smtpPort()));
                DemoSmtp started = server;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put("smtp", (ExtensionContext.Store.CloseableResource) started::close);
            }
        }
    }

    /** @return the running server */
    public static DemoSmtp server() {
        return server;
    }
}
