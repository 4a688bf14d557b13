package it.milano.levacivica.portal.domain.people;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A personal API token (<i>token di accesso</i>): a random secret that a script or an embedding
 * application sends as {@code Authorization: Bearer …} instead of a password. Only its SHA-256 is kept;
 * it may be read-only, may expire, and is refused at once when revoked.
 */
public class ApiToken implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    /** Every token starts with this, so that secret scanners can find leaked ones. */
    public static final String PREFIX = "lcp_";

    private Long id;
    private Person person;
    private String name;
    private String tokenHash;
    private String prefix;
    private boolean readOnly;
    private LocalDateTime createdAt;
    private Long createdBy;
    private LocalDate expiresOn;
    private LocalDateTime revokedAt;
    private LocalDateTime lastUsedAt;
    private long version;

    protected ApiToken() {
        // for JPA
    }

    /**
     * @param person whose access the token carries
     * @param name what it is for (shown in lists)
     * @param secret the token, from {@link #newSecret()}
     * @param readOnly whether it may only read
     * @param expiresOn last day it works, or null
     * @param createdBy who made it
     * @param now creation time, UTC
     */
    public ApiToken(Person person, String name, String secret, boolean readOnly, LocalDate expiresOn, Person createdBy, LocalDateTime now) {
        this.person = Objects.requireNonNull(person);
        this.name = Objects.requireNonNull(name);
        this.tokenHash = hash(secret);
        this.prefix = secret.substring(0, Math.min(12, secret.length()));
        this.readOnly = readOnly;
        this.expiresOn = expiresOn;
        this.createdBy = createdBy.getId();
        this.createdAt = Objects.requireNonNull(now);
    }

    /** @return a new random token: the prefix and 256 random bits, URL-safe */
    public static String newSecret() {
        return PREFIX + Secrets.random256();
    }

    /** @param secret a token @return its SHA-256, as stored */
    public static String hash(String secret) {
        return Secrets.hash(secret);
    }

    /** @param today the current day (Rome) @return whether the token opens the API now */
    public boolean isUsable(LocalDate today) {
        return revokedAt == null && (expiresOn == null || !today.isAfter(expiresOn)) && person.isEnabled();
    }

    /** @param now the time of revocation (UTC) */
    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(now);
        }
    }

    /**
     * @param now the time of a use (UTC)
     * @return whether the last recorded use is older than ten minutes (then the use is recorded and audited)
     */
    public boolean markUsed(LocalDateTime now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusMinutes(10))) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    public Long getId() { return id; }
    public Person getPerson() { return person; }
    public String getName() { return name; }
    public String getPrefix() { return prefix; }
    public boolean isReadOnly() { return readOnly; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public Long getCreatedBy() { return createdBy; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public LocalDateTime getLastUsedAt() { return lastUsedAt; }
    public long getVersion() { return version; }
}
