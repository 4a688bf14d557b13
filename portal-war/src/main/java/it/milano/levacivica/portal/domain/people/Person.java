package it.milano.levacivica.portal.domain.people;

import java.time.Duration;
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
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(now);
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
    /** @return the Municipio (1–9) a social worker is assigned to, or null */
    public Integer getMunicipio() { return municipio; }

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

    /** @param roles the new roles, at least one */
    public void changeRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a person needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
    }

    /** @param enabled whether the account may sign in */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @param passwordHash the new hash; also lifts a lock */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** @param now the current time @return whether sign-in is refused because of repeated failures */
    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password; after {@code maxFailures} in a row the account is locked for {@code lock}.
     *
     * @param now the current time
     * @param maxFailures failures allowed before the lock
     * @param lock how long the lock lasts
     * @return whether this failure locked the account
     */
    public boolean recordFailedLogin(LocalDateTime now, int maxFailures, Duration lock) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lock);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    /** Resets the count of failures after a correct password. */
    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
