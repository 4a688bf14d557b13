package it.milano.levacivica.portal.domain.people;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A person's enrolled TOTP authenticator (RFC 6238). Mapped to {@code second_factor} in {@code META-INF/orm.xml}.
 * Its own row, so that accepting a code (which moves {@link #getLastStep()} on) never changes the account's version.
 */
public class SecondFactor implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Long personId;
    private String secret;
    private LocalDateTime enrolledAt;
    private long lastStep;
    private long version;

    protected SecondFactor() {
        // for JPA
    }

    /**
     * @param personId the account
     * @param secret the shared secret, Base32
     * @param enrolledAt when (UTC)
     * @param lastStep the step whose code confirmed the enrolment (never accepted again)
     */
    public SecondFactor(long personId, String secret, LocalDateTime enrolledAt, long lastStep) {
        this.personId = personId;
        this.secret = Objects.requireNonNull(secret);
        this.enrolledAt = Objects.requireNonNull(enrolledAt);
        this.lastStep = lastStep;
    }

    public Long getPersonId() { return personId; }
    /** @return the shared secret, Base32 */
    public String getSecret() { return secret; }
    public LocalDateTime getEnrolledAt() { return enrolledAt; }
    /** @return the last step whose code was accepted */
    public long getLastStep() { return lastStep; }

    /** @param step a step whose code was just accepted */
    public void used(long step) {
        if (step <= lastStep) {
            throw new IllegalArgumentException("step " + step + " is not after " + lastStep);
        }
        this.lastStep = step;
    }
}
