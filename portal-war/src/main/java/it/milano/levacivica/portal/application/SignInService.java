package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.people.PasswordHasher;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a user name and password, as an attacker would find it:
 *
 * <ul>
 *   <li>the name must match an account exactly (no other capitals, no trailing space);</li>
 *   <li>the password hash is computed whatever happens (unknown name, disabled or locked account), so
 *       that the answer's time does not tell which accounts exist, and the answer is the same;</li>
 *   <li>the decision is taken in its own transaction under the account's row lock ({@link SignInLedger}),
 *       so that parallel guesses are counted one by one and none of them passes a lock that another has
 *       just set; any error while checking is a failure, never a success;</li>
 *   <li>a client address that keeps failing is throttled ({@link SignInThrottle}) before any hash is computed.</li>
 * </ul>
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    /** The outcome of a sign-in, as the caller sees it: a lock looks like a wrong password. */
    public enum Outcome { SIGNED_IN, INVALID, THROTTLED }

    /**
     * @param outcome what happened
     * @param username the exact account name, when signed in
     * @param groups the roles' names, when signed in
     * @param securityStamp the account's stamp at sign-in, kept with the session
     * @param mustChangePassword whether a new password must be chosen first
     * @param secondFactor whether the account has a second factor: after a password, a code must follow
     */
    public record Result(Outcome outcome, String username, Set<String> groups, String securityStamp, boolean mustChangePassword,
            boolean secondFactor) {
        static Result of(Outcome outcome) {
            return new Result(outcome, null, Set.of(), null, false, false);
        }
    }

    @Inject
    private PersonRepository people;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private SignInLedger ledger;
    @Inject
    private SignInThrottle throttle;

    private volatile String dummyHash;

    /**
     * @param username the name typed
     * @param password the password typed
     * @param clientAddress the client's address (after trusted proxies)
     * @return the outcome; a failure has been recorded when it is not SIGNED_IN
     */
    public Result signIn(String username, char[] password, String clientAddress) {
        String address = clientAddress == null ? "" : clientAddress;
        if (!throttle.allows(address)) {
            return Result.of(Outcome.THROTTLED);
        }
        try {
            Optional<Person> found = username == null || username.isEmpty() || username.length() > 64
                    ? Optional.empty() : people.findByUsername(username);
            boolean passwordMatches = hasher.verify(password, found.map(Person::getPasswordHash).orElseGet(this::dummyHash))
                    && found.isPresent();
            Result r = ledger.decide(String.valueOf(username), found.map(Person::getId).orElse(null), passwordMatches, address);
            if (r.outcome() != Outcome.SIGNED_IN) {
                throttle.failed(address);
            }
            return r;
        } catch (RuntimeException e) {
            if (it.milano.levacivica.portal.infrastructure.persistence.DatabaseOutage.causedBy(e)) {
                throw e; // the database is away: a 503, not a wrong password
            }
            LOG.log(Level.WARNING, "Sign-in check failed; counted as a failure", e);
            throttle.failed(address);
            return Result.of(Outcome.INVALID);
        }
    }

    /**
     * The second step of a password sign-in of an account with a second factor, throttled by address as
     * passwords are.
     *
     * @param username the exact user name whose password was right
     * @param code the TOTP or recovery code typed
     * @param clientAddress the client's address
     * @return the outcome; a failure has been recorded when it is not SIGNED_IN
     */
    public Result secondStep(String username, String code, String clientAddress) {
        String address = clientAddress == null ? "" : clientAddress;
        if (!throttle.allows(address)) {
            return Result.of(Outcome.THROTTLED);
        }
        try {
            Result r = ledger.decideCode(username, code, address);
            if (r.outcome() != Outcome.SIGNED_IN) {
                throttle.failed(address);
            }
            return r;
        } catch (RuntimeException e) {
            if (it.milano.levacivica.portal.infrastructure.persistence.DatabaseOutage.causedBy(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, "Second-factor check failed; counted as a failure", e);
            throttle.failed(address);
            return Result.of(Outcome.INVALID);
        }
    }

    /**
     * A sign-in through SPID or CIE whose answer was validated and matched to an account.
     *
     * @param personId the account
     * @param how provider and level, for the audit trail
     * @param clientAddress the client's address
     * @return the outcome
     */
    public Result external(long personId, String how, String clientAddress) {
        String address = clientAddress == null ? "" : clientAddress;
        if (!throttle.allows(address)) {
            return Result.of(Outcome.THROTTLED);
        }
        Result r = ledger.decideExternal(personId, how, address);
        if (r.outcome() != Outcome.SIGNED_IN) {
            throttle.failed(address);
        }
        return r;
    }

    /** @param clientAddress an address @return whether it may try to sign in now */
    public boolean allows(String clientAddress) {
        return throttle.allows(clientAddress == null ? "" : clientAddress);
    }

    /** @param clientAddress an address whose external sign-in failed (a refused or broken answer) */
    public void failed(String clientAddress) {
        throttle.failed(clientAddress == null ? "" : clientAddress);
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash("not-a-real-password".toCharArray());
        }
        return dummyHash;
    }
}
