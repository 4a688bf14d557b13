package it.milano.levacivica.portal.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text mail through Jakarta Mail (Payara's Angus Mail) to the SMTP server of the configuration:
 * {@code portal.mail.host} (none: mail is off), {@code portal.mail.port}, {@code portal.mail.from}, and optionally
 * {@code portal.mail.starttls} (STARTTLS required), {@code portal.mail.user} with {@code portal.mail.password}.
 * Thread-safe: one {@link Session} built at start.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    private Optional<String> host;
    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    private int port;
    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "leva-civica@localhost")
    private String from;
    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    private boolean starttls;
    @Inject
    @ConfigProperty(name = "portal.mail.user")
    private Optional<String> user;
    @Inject
    @ConfigProperty(name = "portal.mail.password")
    private Optional<String> password;
    @Inject
    @ConfigProperty(name = "portal.mail.timeoutSeconds", defaultValue = "10")
    private int timeoutSeconds;

    private Session session;

    @PostConstruct
    void init() {
        if (!isConfigured()) {
            return;
        }
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host.get().strip());
        p.put("mail.smtp.port", Integer.toString(port));
        String timeout = Integer.toString(timeoutSeconds * 1000);
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        if (starttls) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        Authenticator auth = null;
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            p.put("mail.smtp.auth", "true");
            String u = user.get();
            String pw = password.orElse("");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(u, pw);
                }
            };
        }
        session = Session.getInstance(p, auth);
    }

    /** @return whether an SMTP server is configured (a host, and a port above 0) */
    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent() && port > 0;
    }

    /** @return host:port of the SMTP server, for the administrator's page, or empty */
    public String server() {
        return isConfigured() ? host.get().strip() + ":" + port : "";
    }

    /**
     * Sends one message now.
     *
     * @param to the recipient's address
     * @param subject the subject line
     * @param body plain text, UTF-8
     * @throws MessagingException if the server refuses it or cannot be reached
     * @throws IllegalStateException if no server is configured
     */
    public void send(String to, String subject, String body) throws MessagingException {
        if (session == null) {
            throw new IllegalStateException("no SMTP server configured (portal.mail.host)");
        }
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        m.setText(body, StandardCharsets.UTF_8.name());
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setSentDate(new Date());
        Transport.send(m);
    }
}
