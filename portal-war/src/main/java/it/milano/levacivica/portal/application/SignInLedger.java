package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.application.SignInService.Outcome;
import it.milano.levacivica.portal.application.SignInService.Result;
import it.milano.levacivica.portal.domain.people.LoginFailure;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.Base32;
import it.milano.levacivica.portal.domain.people.RecoveryCode;
import it.milano.levacivica.portal.domain.people.SecondFactor;
import it.milano.levacivica.portal.domain.people.SecondFactorRepository;
import it.milano.levacivica.portal.domain.people.Totp;
import java.util.OptionalLong;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides a sign-in after the password was checked, in a transaction of its own that holds the account's
 * row lock: parallel attempts on one account are decided one after the other, each failure is counted
 * (it never rolls back with anything else), and an attempt that comes after a lock is refused even with
 * the right password.
 *
 * <p>Two locks, so that neither guessing nor locking others out scales: {@code maxFailures} failures
 * from one client address lock the account <em>for that address</em> for {@code lockMinutes}; {@code
 * accountFailures} failures from any addresses in that time lock it everywhere and end its sessions.
 */
@ApplicationScoped
public class SignInLedger {

    private static final Logger LOG = Logger.getLogger(SignInLedger.class.getName());

    @Inject
    private PersonRepository people;
    @Inject
    private AuditTrail audit;
    @Inject
    private SecondFactorRepository factors;
    @Inject
    private SecondFactorService secondFactors;
    @Inject
    private Clock clock;
    @Inject
    private jakarta.enterprise.event.Event<PeopleService.AccountChanged> changed;
    @Inject
    @ConfigProperty(name = "portal.login.maxFailures", defaultValue = "5")
    private int maxFailures;
    @Inject
    @ConfigProperty(name = "portal.login.accountFailures", defaultValue = "50")
    private int accountFailures;
    @Inject
    @ConfigProperty(name = "portal.login.lockMinutes", defaultValue = "15")
    private int lockMinutes;

    /**
     * @param username the name typed
     * @param personId the account it names exactly, or null
     * @param passwordMatches whether the password matched that account's hash
     * @param address the client's address
     * @return the outcome; {@link Result#secondFactor()} says that a code must follow before the sign-in is complete
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result decide(String username, Long personId, boolean passwordMatches, String address) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Optional<Person> locked = personId == null ? Optional.empty() : people.lockByUsername(username);
        if (locked.isEmpty()) {
            people.recordLoginFailure(new LoginFailure(username, now, address, "INVALID"));
            return Result.of(Outcome.INVALID);
        }
        Person p = locked.get();
        Window w = window(p, now, address);
        if (w.refused()) {
            people.recordLoginFailure(new LoginFailure(username, now, address, "LOCKED"));
            return Result.of(Outcome.INVALID);
        }
        if (!passwordMatches || !p.isEnabled()) {
            return fail(p, username, now, address, w, "INVALID");
        }
        boolean secondFactor = factors.isEnrolled(p.getId());
        if (secondFactor) {
            // failures are forgotten only once the code is right too, so that re-entering a known password
            // does not restart the count of wrong codes
            audit.recordAs(p.getUsername(), "SIGN_IN_PASSWORD", "ACCOUNT", p.getId(), "second factor pending");
            return success(p, true);
        }
        forgetFailures(p, now, address, w);
        audit.recordAs(p.getUsername(), "SIGN_IN", "ACCOUNT", p.getId(), null);
        return success(p, false);
    }

    /**
     * The second step of a password sign-in of an account with a second factor: a TOTP code (each step's
     * code is accepted once) or an unused recovery code. Wrong codes count like wrong passwords, towards
     * the same locks.
     *
     * @param username the exact user name whose password was right
     * @param code the code typed
     * @param address the client's address
     * @return the outcome
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result decideCode(String username, String code, String address) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Optional<Person> locked = people.lockByUsername(username);
        if (locked.isEmpty()) {
            return Result.of(Outcome.INVALID);
        }
        Person p = locked.get();
        Window w = window(p, now, address);
        if (w.refused() || !p.isEnabled()) {
            people.recordLoginFailure(new LoginFailure(username, now, address, "LOCKED"));
            return Result.of(Outcome.INVALID);
        }
        Optional<SecondFactor> factor = factors.find(p.getId());
        if (factor.isEmpty()) {
            return Result.of(Outcome.INVALID);
        }
        OptionalLong step = Totp.verify(Base32.decode(factor.get().getSecret()), code, clock.instant(), factor.get().getLastStep());
        String how;
        if (step.isPresent()) {
            factor.get().used(step.getAsLong());
            how = "password + TOTP";
        } else {
            Optional<RecoveryCode> recovery = secondFactors.matchRecoveryCode(p.getId(), code);
            if (recovery.isEmpty()) {
                return fail(p, username, now, address, w, "CODE");
            }
            int left = factors.unusedRecoveryCodes(p.getId()).size() - 1;
            recovery.get().use(now);
            audit.recordAs(p.getUsername(), "RECOVERY_CODE_USED", "ACCOUNT", p.getId(), left + " left");
            how = "password + recovery code";
        }
        forgetFailures(p, now, address, w);
        audit.recordAs(p.getUsername(), "SIGN_IN", "ACCOUNT", p.getId(), how);
        return success(p, true);
    }

    /**
     * A sign-in through an external identity provider (SPID, CIE) whose answer was already validated: the
     * account must still be enabled and not locked, as for a password.
     *
     * @param personId the account matched by the fiscal code
     * @param how what to write in the audit trail (provider, level)
     * @param address the client's address
     * @return the outcome; {@link Result#secondFactor()} says whether the account has a second factor
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result decideExternal(long personId, String how, String address) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Optional<Person> locked = people.lock(personId);
        if (locked.isEmpty()) {
            return Result.of(Outcome.INVALID);
        }
        Person p = locked.get();
        if (window(p, now, address).refused() || !p.isEnabled()) {
            people.recordLoginFailure(new LoginFailure(p.getUsername(), now, address, "LOCKED"));
            audit.recordAs(p.getUsername(), "DENIED_SIGN_IN", "ACCOUNT", p.getId(), how + ", account disabled or locked");
            return Result.of(Outcome.INVALID);
        }
        audit.recordAs(p.getUsername(), "SIGN_IN", "ACCOUNT", p.getId(), how);
        return success(p, factors.isEnrolled(p.getId()));
    }

    /** The failures that count now, and whether they refuse the attempt before anything is checked. */
    private record Window(LocalDateTime since, long fromAddress, boolean refused) {
    }

    private Window window(Person p, LocalDateTime now, String address) {
        LocalDateTime since = now.minusMinutes(lockMinutes);
        if (p.getFailuresResetAt() != null && p.getFailuresResetAt().isAfter(since)) {
            since = p.getFailuresResetAt();
        }
        long fromAddress = people.countLoginFailures(p.getUsername(), address, since);
        return new Window(since, fromAddress, p.isLocked(now) || fromAddress >= maxFailures);
    }

    private Result fail(Person p, String username, LocalDateTime now, String address, Window w, String outcome) {
        people.recordLoginFailure(new LoginFailure(username, now, address, outcome));
        // a remembered HTTP Basic check of this account no longer spares the full check (and its locks)
        changed.fire(new PeopleService.AccountChanged(p.getUsername()));
        if (w.fromAddress() + 1 >= maxFailures) {
            audit.recordAs(p.getUsername(), "LOCK_ADDRESS", "ACCOUNT", p.getId(), "address " + address + ", " + lockMinutes + " min");
        }
        if (people.countLoginFailures(p.getUsername(), null, w.since()) >= accountFailures) {
            p.lockUntil(now.plusMinutes(lockMinutes));
            audit.recordAs(p.getUsername(), "LOCK", "ACCOUNT", p.getId(), lockMinutes + " min");
            LOG.warning(() -> "Account '" + p.getUsername() + "' locked everywhere for " + lockMinutes + " minutes");
        }
        return Result.of(Outcome.INVALID);
    }

    private void forgetFailures(Person p, LocalDateTime now, String address, Window w) {
        if (w.fromAddress() > 0 || people.countLoginFailures(p.getUsername(), null, w.since()) > 0) {
            // only when there is something to forget: a sign-in must not change the account's version every time
            p.recordSuccessfulLogin(now);
        }
    }

    private static Result success(Person p, boolean secondFactor) {
        return new Result(Outcome.SIGNED_IN, p.getUsername(),
                p.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                p.getSecurityStamp(), p.isMustChangePassword(), secondFactor);
    }
}
