package it.milano.levacivica.portal.domain.people;

import java.time.LocalDateTime;

/** A failed sign-in, kept for the administrator. Append-only. */
public class LoginFailure implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String username;
    private LocalDateTime occurredAt;
    private String remoteAddress;
    private String outcome;
    private long version;

    protected LoginFailure() {
        // for JPA
    }

    /**
     * @param username the name typed (cut at 64 characters)
     * @param occurredAt when, in UTC
     * @param remoteAddress the client's address
     * @param outcome INVALID or LOCKED
     */
    public LoginFailure(String username, LocalDateTime occurredAt, String remoteAddress, String outcome) {
        this.username = username.length() > 64 ? username.substring(0, 64) : username;
        this.occurredAt = occurredAt;
        this.remoteAddress = remoteAddress == null ? "" : remoteAddress.length() > 64 ? remoteAddress.substring(0, 64) : remoteAddress;
        this.outcome = outcome;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getRemoteAddress() { return remoteAddress; }
    public String getOutcome() { return outcome; }
    public long getVersion() { return version; }
}
