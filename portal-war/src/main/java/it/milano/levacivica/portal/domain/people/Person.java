package it.milano.levacivica.portal.domain.people;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person with an account: volunteer, tutor, social worker, coordinator or administrator.
 * Mapped to the {@code person} table in {@code META-INF/orm.xml}.
 */
public class Person implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String username;
    private String fullName;
    private String email;
    private String passwordHash;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled;
    private int failedLogins;
    private LocalDateTime lockedUntil;
    private LocalDateTime createdAt;
    private Integer municipio;
    private String securityStamp;
    private boolean mustChangePassword;
    private LocalDateTime failuresResetAt;
    private String fiscalCode;
    private long version;

    protected Person() {
        // for JPA
    }

    /**
     * @param username the sign-in name, unique
     * @param fullName first and last name
     * @param email e-mail address, unique
     * @param passwordHash the hash of the password, never the password
     * @param roles at least one role
     * @param now creation time (UTC)
     */
    public Person(String username, String fullName, String email, String passwordHash, Set<Role> roles, LocalDateTime now) {
        this.username = Objects.requireNonNull(username);
        this.fullName = Objects.requireNonNull(fullName);
        this.email = Objects.requireNonNull(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        Role.checkSeparationOfDuties(roles);
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(now);
        renewSecurityStamp();
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public Set<Role> getRoles() { return Collections.unmodifiableSet(roles); }
    public boolean isEnabled() { return enabled; }
    public int getFailedLogins() { return failedLogins; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
    /**
     * @return a random value that changes whenever the account's access changes (disabled, locked, new
     *     password, other roles); sessions and remembered checks that carry an older value are refused
     */
    public String getSecurityStamp() { return securityStamp; }
    /** @return whether the next sign-in must choose a new password (after an administrator's reset) */
    public boolean isMustChangePassword() { return mustChangePassword; }
    /** @return the last successful sign-in or reset: failures before it no longer count towards a lock */
    public LocalDateTime getFailuresResetAt() { return failuresResetAt; }
    /** @return the Municipio (1–9) a social worker is assigned to, or null */
    public Integer getMunicipio() { return municipio; }

    /** @return the fiscal code that SPID and CIE sign-ins are matched by, or null */
    public String getFiscalCode() { return fiscalCode; }

    /**
     * Sets or removes the fiscal code that SPID and CIE sign-ins are matched by; a change ends the
     * account's sessions (who may sign in as it changed).
     *
     * @param code the code, or null to remove it
     * @return whether it changed
     */
    public boolean assignFiscalCode(FiscalCode code) {
        String v = code == null ? null : code.value();
        if (Objects.equals(v, fiscalCode)) {
            return false;
        }
        this.fiscalCode = v;
        renewSecurityStamp();
        return true;
    }

    /** @param municipio the Municipio (1–9) of a social worker, or null */
    public void assignMunicipio(Integer municipio) {
        this.municipio = municipio;
    }

    /** @param role a role @return whether the person holds it */
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** @param fullName new name @param email new address */
    public void rename(String fullName, String email) {
        this.fullName = Objects.requireNonNull(fullName);
        this.email = Objects.requireNonNull(email);
    }

    /**
     * @param roles the new roles, at least one, never ADMIN with a role that reads case content
     * @return whether they differ from the old ones (then the account's sessions end)
     * @throws IllegalArgumentException if empty or against {@link Role#checkSeparationOfDuties}
     */
    public boolean changeRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a person needs at least one role");
        }
        Role.checkSeparationOfDuties(roles);
        if (this.roles.equals(roles)) {
            return false;
        }
        this.roles = EnumSet.copyOf(roles);
        renewSecurityStamp();
        return true;
    }

    /**
     * @param enabled whether the account may sign in
     * @return whether this changed anything (disabling ends the account's sessions)
     */
    public boolean setEnabled(boolean enabled) {
        if (this.enabled == enabled) {
            return false;
        }
        this.enabled = enabled;
        renewSecurityStamp();
        return true;
    }

    /**
     * Sets a new password: lifts a lock and ends every session and remembered check of the account.
     *
     * @param passwordHash the new hash
     * @param temporary whether it was set by an administrator, so that the owner must choose their own
     * @param now the current time (UTC)
     */
    public void changePasswordHash(String passwordHash, boolean temporary, LocalDateTime now) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mustChangePassword = temporary;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.failuresResetAt = Objects.requireNonNull(now);
        renewSecurityStamp();
    }

    /**
     * Locks the account everywhere (too many failures from many addresses) and ends its sessions.
     *
     * @param until when sign-in is allowed again
     */
    public void lockUntil(LocalDateTime until) {
        this.lockedUntil = Objects.requireNonNull(until);
        renewSecurityStamp();
    }

    /** A second factor was enrolled or removed: sessions and remembered checks made before end. */
    public void secondFactorChanged() {
        renewSecurityStamp();
    }

    private void renewSecurityStamp() {
        this.securityStamp = java.util.UUID.randomUUID().toString().replace("-", "");
    }

    /** @param now the current time @return whether sign-in is refused because of repeated failures */
    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** @param now the time of a correct password: earlier failures no longer count towards a lock */
    public void recordSuccessfulLogin(LocalDateTime now) {
        failedLogins = 0;
        failuresResetAt = Objects.requireNonNull(now);
    }
}
