package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.people.FiscalCode;
import it.milano.levacivica.portal.domain.people.LoginFailure;
import it.milano.levacivica.portal.domain.people.PasswordHasher;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * People and their accounts. A coordinator registers volunteers and tutors; an administrator manages
 * every account, its roles and whether it may sign in.
 */
@ApplicationScoped
@Transactional
public class PeopleService {

    /** The roles a coordinator may give; the others are the administrator's. */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9._-]{3,64}");

    static final Set<Role> COORDINATOR_MAY_GRANT = EnumSet.of(Role.VOLUNTEER, Role.TUTOR);

    /**
     * A new person with an account.
     *
     * @param username sign-in name: lower-case letters, digits, dot, dash, underscore
     * @param fullName first and last name
     * @param email e-mail address
     * @param password initial password, 8 to 128 characters
     * @param roles at least one
     * @param municipio the Municipio of a social worker, or null
     * @param fiscalCode the codice fiscale that SPID and CIE sign-ins are matched by, or null
     */
    public record NewPerson(
            String username,
            String fullName,
            String email,
            String password,
            Set<Role> roles, Integer municipio, String fiscalCode) {
    }

    /**
     * A change of an account by the administrator.
     *
     * @param fullName first and last name
     * @param email e-mail address
     * @param roles at least one
     * @param enabled whether the account may sign in
     * @param version the version read, for optimistic locking
     */
    public record AccountChange(
            String fullName,
            String email,
            Set<Role> roles,
            boolean enabled,
            Long version, Integer municipio) {
    }

    /** Fired after an account changed, so that remembered sign-ins are forgotten. */
    public record AccountChanged(String username) {
    }

    @Inject
    private PersonRepository people;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private CurrentUser caller;
    @Inject
    private Clock clock;
    @Inject
    private Event<AccountChanged> changed;
    @Inject
    private PasswordPolicy policy;
    @Inject
    private AuditTrail audit;

    /** @return the caller */
    public Person me() {
        return caller.person();
    }

    /**
     * A page of people, newest first, for coordinators and administrators.
     *
     * @param role only people holding it, or null for everyone
     * @param beforeId the id of the previous page's last person, or null for the first page
     * @param max at most this many
     * @return the people, read in the database
     */
    public List<Person> page(Role role, Long beforeId, int max) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        return people.page(role, beforeId, max);
    }

    /**
     * People by name, a page at a time, for coordinators and administrators.
     *
     * @param text the start of the full name or of the user name, or null for everyone
     * @param role only people holding it, or null for everyone
     * @param afterName the full name of the previous page's last person, or null for the first page
     * @param afterId that person's id
     * @param max at most this many (1 to 200)
     * @return the people, in order of name
     */
    public List<Person> search(String text, Role role, String afterName, Long afterId, int max) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        return people.search(text, role, afterName, afterId, Math.max(1, Math.min(200, max)));
    }

    /** @param id a person's id @return the person, for coordinators and administrators */
    public Person get(long id) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        return people.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /**
     * Registers a person. A coordinator may register volunteers and tutors only.
     *
     * @param cmd the person
     * @return the new person
     */
    public Person create(NewPerson cmd) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        FieldCheck.of(cmd)
                .matches("username", cmd.username(), USERNAME, "validation.username")
                .text("fullName", cmd.fullName(), 200)
                .email("email", cmd.email())
                .length("password", cmd.password(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH, "validation.password")
                .that(cmd.roles() != null && !cmd.roles().isEmpty() && cmd.roles().stream().noneMatch(java.util.Objects::isNull), "roles", "validation.roles")
                .orThrow();
        if (!caller.is(Role.ADMIN) && !COORDINATOR_MAY_GRANT.containsAll(cmd.roles())) {
            audit.recordRefusal("DENIED_CREATE", "ACCOUNT", null, "roles " + cmd.roles());
            throw new AccessDeniedException("error.roles.notYours");
        }
        checkSeparationOfDuties(cmd.roles());
        policy.check(cmd.password(), cmd.username(), "password");
        String email = cmd.email().strip().toLowerCase(java.util.Locale.ROOT);
        if (people.existsByUsernameOrEmail(cmd.username(), email)) {
            throw new ConflictException("error.person.duplicate");
        }
        if (cmd.municipio() != null && (cmd.municipio() < 1 || cmd.municipio() > 9)) {
            throw InvalidInputException.of("municipio", "case.validation.municipio");
        }
        FiscalCode fiscalCode = fiscalCode(cmd.fiscalCode());
        Person p = new Person(cmd.username(), cmd.fullName().strip(), email, hasher.hash(cmd.password().toCharArray()),
                cmd.roles(), LocalDateTime.now(clock));
        p.assignMunicipio(cmd.municipio());
        p.assignFiscalCode(fiscalCode);
        people.add(p);
        audit.record("CREATE", "ACCOUNT", p.getId(), p.getUsername() + " " + cmd.roles());
        if (fiscalCode != null) {
            audit.record("FISCAL_CODE_SET", "ACCOUNT", p.getId(), null);
        }
        return p;
    }

    /**
     * Sets or removes the fiscal code that SPID and CIE sign-ins are matched by. A coordinator may do it
     * for accounts they could register (volunteers and tutors only), an administrator for any account.
     * Audited; a change ends the account's sessions.
     *
     * @param id the account
     * @param code the fiscal code (with or without {@code TINIT-}), or null or blank to remove it
     * @return the account
     */
    public Person setFiscalCode(long id, String code) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        FiscalCode fiscalCode = fiscalCode(code);
        Person p = people.lock(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!caller.is(Role.ADMIN) && !COORDINATOR_MAY_GRANT.containsAll(p.getRoles())) {
            audit.recordRefusal("DENIED_FISCAL_CODE", "ACCOUNT", p.getId(), null);
            throw new AccessDeniedException("error.roles.notYours");
        }
        if (p.assignFiscalCode(fiscalCode)) {
            audit.record(fiscalCode == null ? "FISCAL_CODE_REMOVED" : "FISCAL_CODE_SET", "ACCOUNT", p.getId(), null);
            changed.fire(new AccountChanged(p.getUsername()));
        }
        return p;
    }

    /** @return the parsed code, null for none @throws InvalidInputException if malformed @throws ConflictException if taken */
    private FiscalCode fiscalCode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        FiscalCode code;
        try {
            code = FiscalCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("fiscalCode", "validation.fiscalCode");
        }
        if (people.findByFiscalCode(code).isPresent()) {
            throw new ConflictException("error.fiscalCode.taken");
        }
        return code;
    }

    private static void checkSeparationOfDuties(Set<Role> roles) {
        try {
            Role.checkSeparationOfDuties(roles);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("roles", "validation.roles.separation");
        }
    }

    /**
     * Changes an account (administrator only). An administrator cannot disable their own account or
     * take away their own ADMIN role, so that the portal always keeps one.
     *
     * @param id the account
     * @param cmd the change, with the version read
     * @return the changed account
     */
    public Person updateAccount(long id, AccountChange cmd) {
        caller.require(Role.ADMIN);
        FieldCheck.of(cmd)
                .text("fullName", cmd.fullName(), 200)
                .email("email", cmd.email())
                .that(cmd.roles() != null && !cmd.roles().isEmpty() && cmd.roles().stream().noneMatch(java.util.Objects::isNull), "roles", "validation.roles")
                .that(cmd.version() != null, "version", "validation.version")
                .orThrow();
        // the account's row first, then the audit chain: the same order as a sign-in (SignInLedger), so the two never deadlock
        Person p = people.lock(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (p.getVersion() != cmd.version()) {
            throw new StaleVersionException("error.stale");
        }
        if (p.getId().equals(caller.person().getId()) && (!cmd.enabled() || !cmd.roles().contains(Role.ADMIN))) {
            throw new ConflictException("error.account.self");
        }
        checkSeparationOfDuties(cmd.roles());
        if (cmd.municipio() != null && (cmd.municipio() < 1 || cmd.municipio() > 9)) {
            throw InvalidInputException.of("municipio", "case.validation.municipio");
        }
        Set<Role> before = p.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(p.getRoles());
        Integer municipioBefore = p.getMunicipio();
        p.rename(cmd.fullName().strip(), cmd.email().strip().toLowerCase(java.util.Locale.ROOT));
        if (p.changeRoles(cmd.roles())) {
            audit.record("ROLES_CHANGE", "ACCOUNT", p.getId(), before + " -> " + cmd.roles());
        }
        if (p.setEnabled(cmd.enabled())) {
            audit.record(cmd.enabled() ? "ENABLE" : "DISABLE", "ACCOUNT", p.getId(), null);
        }
        p.assignMunicipio(cmd.municipio());
        if (!java.util.Objects.equals(municipioBefore, cmd.municipio())) {
            audit.record("MUNICIPIO_CHANGE", "ACCOUNT", p.getId(), municipioBefore + " -> " + cmd.municipio());
        }
        audit.record("UPDATE", "ACCOUNT", p.getId(), null);
        changed.fire(new AccountChanged(p.getUsername()));
        return p;
    }

    /**
     * Sets a temporary password (administrator only): lifts any lock, ends the account's sessions, and
     * the owner must choose their own at the next sign-in.
     *
     * @param id the account
     * @param password the temporary password, within the {@link PasswordPolicy}
     */
    public void resetPassword(long id, String password) {
        caller.require(Role.ADMIN);
        Person p = people.lock(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        policy.check(password, p.getUsername(), "password");
        p.changePasswordHash(hasher.hash(password.toCharArray()), true, LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)));
        audit.record("PASSWORD_RESET", "ACCOUNT", p.getId(), "change required at next sign-in");
        changed.fire(new AccountChanged(p.getUsername()));
    }

    /**
     * The caller changes their own password; the current one is required. Every other session and
     * remembered check of the account ends.
     *
     * @param current the current password
     * @param password the new password, within the {@link PasswordPolicy} and not the current one
     * @return the account's new security stamp, for the caller's own session
     */
    public String changeOwnPassword(String current, String password) {
        // the managed row of this transaction (the caller's cached copy may have been read outside it)
        Person p = people.lock(caller.person().getId()).orElseThrow(() -> new AccessDeniedException("error.forbidden"));
        if (current == null || !hasher.verify(current.toCharArray(), p.getPasswordHash())) {
            audit.recordRefusal("DENIED_PASSWORD_CHANGE", "ACCOUNT", p.getId(), "wrong current password");
            throw InvalidInputException.of("currentPassword", "validation.password.current");
        }
        policy.check(password, p.getUsername(), "newPassword");
        if (password.equals(current)) {
            throw InvalidInputException.of("newPassword", "validation.password.same");
        }
        p.changePasswordHash(hasher.hash(password.toCharArray()), false, LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)));
        audit.record("PASSWORD_CHANGE", "ACCOUNT", p.getId(), null);
        changed.fire(new AccountChanged(p.getUsername()));
        return p.getSecurityStamp();
    }

    /** @return the latest failed sign-ins, newest first (administrator only) */
    public List<LoginFailure> loginFailures() {
        caller.require(Role.ADMIN);
        return people.recentLoginFailures(200);
    }
}
