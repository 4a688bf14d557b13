package it.milano.levacivica.portal.demo.data;

import it.milano.levacivica.portal.infrastructure.mail.CaughtMail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo only ({@code portal.demo=true} and {@code portal.demo.imapPort} set): reads back, over IMAP, the mails that
 * the embedded SMTP server of the demo launcher (GreenMail, 127.0.0.1, any password accepted) caught, one
 * mailbox per address of the people in the portal. In the demo build only (test sources, added by DemoWar): the
 * production war has no such class; with {@code portal.demo} false it reads nothing either.
 */
@ApplicationScoped
public class DemoMailbox implements CaughtMail {

    private static final Logger LOG = Logger.getLogger(DemoMailbox.class.getName());


    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    private boolean demo;
    @Inject
    @ConfigProperty(name = "portal.demo.imapPort", defaultValue = "0")
    private int imapPort;
    @Inject
    @ConfigProperty(name = "portal.mail.host", defaultValue = "127.0.0.1")
    private String host;
    @Inject
    private it.milano.levacivica.portal.domain.people.PersonRepository people;

    /** @return whether the demo mailbox is shown */
    @Override
    public boolean isEnabled() {
        return demo && imapPort > 0;
    }

    /**
     * @param max at most this many, newest first
     * @return the caught mails of every person's address
     */
    @Override
    public List<Caught> caught(int max) {
        if (!isEnabled()) {
            return List.of();
        }
        List<Caught> all = new ArrayList<>();
        Session session = Session.getInstance(new Properties());
        // the demo people (a load-test demo has thousands more: their mailboxes are not read)
        for (var p : people.search(null, null, null, null, 200)) {
            try (Store store = session.getStore("imap")) {
                store.connect(host, imapPort, p.getEmail(), p.getEmail());
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                for (Message m : inbox.getMessages()) {
                    Address[] to = m.getRecipients(Message.RecipientType.TO);
                    all.add(new Caught(to == null || to.length == 0 ? p.getEmail() : to[0].toString(), m.getSubject(),
                            m.getSentDate() == null ? null : m.getSentDate().toInstant(), String.valueOf(m.getContent())));
                }
                inbox.close(false);
            } catch (MessagingException | IOException e) {
                LOG.log(Level.FINE, "demo mailbox of " + p.getUsername(), e);
            }
        }
        all.sort(Comparator.comparing(Caught::sent, Comparator.nullsLast(Comparator.reverseOrder())));
        return all.size() > max ? all.subList(0, max) : all;
    }
}
