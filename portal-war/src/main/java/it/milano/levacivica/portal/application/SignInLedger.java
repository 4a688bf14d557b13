package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.application.SignInService.Outcome;
import it.milano.levacivica.portal.application.SignInService.Result;
import it.milano.levacivica.portal.domain.people.LoginFailure;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Role;
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
     * @return the outcome
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
        LocalDateTime since = now.minusMinutes(lockMinutes);
        if (p.getFailuresResetAt() != null && p.getFailuresResetAt().isAfter(since)) {
            since = p.getFailuresResetAt();
        }
        boolean lockedEverywhere = p.isLocked(now);
        long fromAddress = people.countLoginFailures(p.getUsername(), address, since);
        if (lockedEverywhere || fromAddress >= maxFailures) {
            people.recordLoginFailure(new LoginFailure(username, now, address, "LOCKED"));
            return Result.of(Outcome.INVALID);
        }
        if (!passwordMatches || !p.isEnabled()) {
            people.recordLoginFailure(new LoginFailure(username, now, address, "INVALID"));
            // a remembered HTTP Basic check of this account no longer spares the full check (and its locks)
            changed.fire(new PeopleService.AccountChanged(p.getUsername()));
            if (fromAddress + 1 >= maxFailures) {
                audit.recordAs(p.getUsername(), "LOCK_ADDRESS", "ACCOUNT", p.getId(), "address " + address + ", " + lockMinutes + " min");
            }
            if (people.countLoginFailures(p.getUsername(), null, since) >= accountFailures) {
                p.lockUntil(now.plusMinutes(lockMinutes));
                audit.recordAs(p.getUsername(), "LOCK", "ACCOUNT", p.getId(), lockMinutes + " min");
                LOG.warning(() -> "Account '" + p.getUsername() + "' locked everywhere for " + lockMinutes + " minutes");
            }
            return Result.of(Outcome.INVALID);
        }
        if (fromAddress > 0 || people.countLoginFailures(p.getUsername(), null, since) > 0) {
            // only when there is something to forget: a sign-in must not change the account's version every time
            p.recordSuccessfulLogin(now);
        }
        audit.recordAs(p.getUsername(), "SIGN_IN", "ACCOUNT", p.getId(), null);
        return new Result(Outcome.SIGNED_IN, p.getUsername(),
                p.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                p.getSecurityStamp(), p.isMustChangePassword());
    }
}
