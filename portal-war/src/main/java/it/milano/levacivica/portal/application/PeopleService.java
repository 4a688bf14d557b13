package it.milano.levacivica.portal.application;

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
     */
    public record NewPerson(
            String username,
            String fullName,
            String email,
            String password,
            Set<Role> roles, Integer municipio) {
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

    /** @return the caller */
    public Person me() {
        return caller.person();
    }

    /** @return everyone, for coordinators and administrators */
    public List<Person> list() {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        return people.findAll();
    }

    /** @param role a role @return the people holding it, for coordinators and administrators */
    public List<Person> withRole(Role role) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        return people.findByRole(role);
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
                .length("password", cmd.password(), 8, 128, "validation.password")
                .that(cmd.roles() != null && !cmd.roles().isEmpty() && cmd.roles().stream().noneMatch(java.util.Objects::isNull), "roles", "validation.roles")
                .orThrow();
        if (!caller.is(Role.ADMIN) && !COORDINATOR_MAY_GRANT.containsAll(cmd.roles())) {
            throw new AccessDeniedException("error.roles.notYours");
        }
        String email = cmd.email().strip().toLowerCase(java.util.Locale.ROOT);
        if (people.existsByUsernameOrEmail(cmd.username(), email)) {
            throw new ConflictException("error.person.duplicate");
        }
        if (cmd.municipio() != null && (cmd.municipio() < 1 || cmd.municipio() > 9)) {
            throw InvalidInputException.of("municipio", "case.validation.municipio");
        }
        Person p = new Person(cmd.username(), cmd.fullName().strip(), email, hasher.hash(cmd.password().toCharArray()),
                cmd.roles(), LocalDateTime.now(clock));
        p.assignMunicipio(cmd.municipio());
        people.add(p);
        return p;
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
        Person p = people.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (p.getVersion() != cmd.version()) {
            throw new StaleVersionException("error.stale");
        }
        if (p.getId().equals(caller.person().getId()) && (!cmd.enabled() || !cmd.roles().contains(Role.ADMIN))) {
            throw new ConflictException("error.account.self");
        }
        p.rename(cmd.fullName().strip(), cmd.email().strip().toLowerCase(java.util.Locale.ROOT));
        p.changeRoles(cmd.roles());
        p.setEnabled(cmd.enabled());
        if (cmd.municipio() != null && (cmd.municipio() < 1 || cmd.municipio() > 9)) {
            throw InvalidInputException.of("municipio", "case.validation.municipio");
        }
        p.assignMunicipio(cmd.municipio());
        changed.fire(new AccountChanged(p.getUsername()));
        return p;
    }

    /**
     * Sets a new password (administrator only); lifts any lock.
     *
     * @param id the account
     * @param password the new password, 8 to 128 characters
     */
    public void resetPassword(long id, String password) {
        caller.require(Role.ADMIN);
        if (password == null || password.length() < 8 || password.length() > 128) {
            throw InvalidInputException.of("password", "validation.password");
        }
        Person p = people.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        p.changePasswordHash(hasher.hash(password.toCharArray()));
        changed.fire(new AccountChanged(p.getUsername()));
    }

    /** @return the latest failed sign-ins, newest first (administrator only) */
    public List<LoginFailure> loginFailures() {
        caller.require(Role.ADMIN);
        return people.recentLoginFailures(200);
    }
}
