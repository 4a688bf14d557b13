package it.milano.levacivica.portal.infrastructure.mail;

import java.time.Instant;
import java.util.List;

/**
 * The mails a test SMTP server caught, for the administrator's reminders page. Only the demo build provides
 * one (read back from the demo launcher's embedded server); the production war has none, and the page then
 * shows no mailbox.
 */
public interface CaughtMail {

    /** A caught mail. */
    record Caught(String to, String subject, Instant sent, String body) {
    }

    /** @return whether there is a mailbox to show (the demo, with its embedded server) */
    boolean isEnabled();

    /** @param max at most this many, newest first @return the caught mails */
    List<Caught> caught(int max);
}
