package it.milano.levacivica.portal.domain.people;

import java.time.LocalDateTime;
import java.util.Objects;

/** A one-time recovery code of a second factor, kept as its SHA-256 only. Mapped in {@code META-INF/orm.xml}. */
public class RecoveryCode implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long personId;
    private String codeHash;
    private LocalDateTime usedAt;
    private long version;

    protected RecoveryCode() {
        // for JPA
    }

    /** @param personId the account @param codeHash the SHA-256 of the code, hex */
    public RecoveryCode(long personId, String codeHash) {
        this.personId = personId;
        this.codeHash = Objects.requireNonNull(codeHash);
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public String getCodeHash() { return codeHash; }
    public LocalDateTime getUsedAt() { return usedAt; }

    /** @param now when it was used (UTC) */
    public void use(LocalDateTime now) {
        if (usedAt != null) {
            throw new IllegalStateException("recovery code " + id + " already used");
        }
        usedAt = Objects.requireNonNull(now);
    }
}
