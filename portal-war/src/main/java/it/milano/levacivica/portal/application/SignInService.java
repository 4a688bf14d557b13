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
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a user name and password. Repeated wrong passwords lock the account for a while; every
 * failure is recorded (who, when, from where). Unknown user names cost the same hash as known ones,
 * so that timing does not tell which accounts exist.
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    /** The outcome of a sign-in. */
    public enum Outcome { SIGNED_IN, INVALID, LOCKED }

    /**
     * @param outcome what happened
     * @param username the account, when signed in
     * @param groups the roles' names, when signed in
     */
    public record Result(Outcome outcome, String username, Set<String> groups) {
    }

    @Inject
    private PersonRepository people;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private Clock clock;
    @Inject
    private Event<PeopleService.AccountChanged> changed;
    @Inject
    @ConfigProperty(name = "portal.login.maxFailures", defaultValue = "5")
    private int maxFailures;
    @Inject
    @ConfigProperty(name = "portal.login.lockMinutes", defaultValue = "15")
    private int lockMinutes;

    private volatile String dummyHash;

    /**
     * @param username the name typed
     * @param password the password typed
     * @param remoteAddress where the request came from
     * @return the outcome; a failure has been recorded when it is not SIGNED_IN
     */
    @Transactional
    public Result signIn(String username, char[] password, String remoteAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Person> found = username == null || username.length() > 64 ? Optional.empty() : people.findByUsername(username);
        if (found.isEmpty()) {
            hasher.verify(password, dummyHash());
            return fail(String.valueOf(username), remoteAddress, now, Outcome.INVALID);
        }
        Person p = found.get();
        if (p.isLocked(now)) {
            return fail(username, remoteAddress, now, Outcome.LOCKED);
        }
        if (!hasher.verify(password, p.getPasswordHash()) || !p.isEnabled()) {
            boolean locked = p.recordFailedLogin(now, maxFailures, Duration.ofMinutes(lockMinutes));
            if (locked) {
                changed.fire(new PeopleService.AccountChanged(p.getUsername()));
                LOG.warning(() -> "Account '" + username + "' locked for " + lockMinutes + " minutes after " + maxFailures + " failed sign-ins");
            }
            return fail(username, remoteAddress, now, locked ? Outcome.LOCKED : Outcome.INVALID);
        }
        p.recordSuccessfulLogin();
        return new Result(Outcome.SIGNED_IN, p.getUsername(),
                p.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    private Result fail(String username, String remoteAddress, LocalDateTime now, Outcome outcome) {
        people.recordLoginFailure(new LoginFailure(username, now, remoteAddress));
        return new Result(outcome, null, Set.of());
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash("not-a-real-password".toCharArray());
        }
        return dummyHash;
    }
}
