package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.people.ApiToken;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Personal API tokens: a person makes, lists and revokes their own; a coordinator or an administrator
 * makes one for an embedding application's service account (an account that reads no case content and
 * administers nothing). Making, revoking and using a token are audited (a use at most every ten minutes).
 */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    /** Roles whose tokens a coordinator or administrator may not make for someone else. */
    private static final Set<Role> NOT_FOR_SERVICE_ACCOUNTS = EnumSet.of(Role.ADMIN, Role.SOCIAL_WORKER);

    /**
     * A token to make.
     *
     * @param name what it is for, 1 to 100 characters
     * @param readOnly whether it may only read (GET)
     * @param expiresOn its last day (today or later), or null for no expiry
     */
    public record NewToken(String name, Boolean readOnly, LocalDate expiresOn) {
    }

    /**
     * A token just made: the only time its secret is seen.
     *
     * @param token the stored token
     * @param secret the value to send as {@code Authorization: Bearer …}
     */
    public record Made(ApiToken token, String secret) {
    }

    /**
     * Who a presented token speaks for.
     *
     * @param username the account
     * @param groups its roles
     * @param readOnly whether only reads are allowed
     */
    public record Bearer(String username, Set<String> groups, boolean readOnly) {
    }

    @Inject
    private PersonRepository people;
    @Inject
    private CurrentUser caller;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    /** @param cmd the token @return it, with its secret (shown once) */
    public Made createMine(NewToken cmd) {
        Person me = people.find(caller.person().getId()).orElseThrow(() -> new AccessDeniedException("error.forbidden"));
        return make(me, cmd);
    }

    /**
     * A coordinator or administrator makes a token for a service account.
     *
     * @param personId the account
     * @param cmd the token
     * @return it, with its secret (shown once)
     */
    public Made createFor(long personId, NewToken cmd) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        Person p = people.find(personId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (p.getRoles().stream().anyMatch(NOT_FOR_SERVICE_ACCOUNTS::contains)) {
            audit.recordRefusal("DENIED_CREATE", "API_TOKEN", null, "for account " + p.getId());
            throw new AccessDeniedException("error.token.notForThisAccount");
        }
        return make(p, cmd);
    }

    private Made make(Person owner, NewToken cmd) {
        FieldCheck.of(cmd).text("name", cmd == null ? null : cmd.name(), 100).orThrow();
        LocalDate expires = cmd.expiresOn();
        if (expires != null && expires.isBefore(LocalDate.now(clock))) {
            throw InvalidInputException.of("expiresOn", "validation.token.expiry");
        }
        String secret = ApiToken.newSecret();
        Person maker = people.find(caller.person().getId()).orElseThrow();
        ApiToken t = new ApiToken(owner, cmd.name().strip(), secret, Boolean.TRUE.equals(cmd.readOnly()), expires, maker, now());
        people.addToken(t);
        audit.record("CREATE", "API_TOKEN", t.getId(), "for " + owner.getUsername() + (t.isReadOnly() ? ", read-only" : ", read-write")
                + (expires == null ? "" : ", until " + expires));
        return new Made(t, secret);
    }

    /** @return the caller's tokens, newest first (no secrets) */
    public List<ApiToken> mine() {
        return people.tokensOf(caller.person().getId());
    }

    /** @param id one of the caller's tokens @return it */
    public ApiToken mine(long id) {
        return people.findToken(id).filter(t -> t.getPerson().getId().equals(caller.person().getId()))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /**
     * Revokes a token: refused at once, on every instance. The owner, or whoever made it.
     *
     * @param id the token
     */
    public void revoke(long id) {
        long me = caller.person().getId();
        ApiToken t = people.findToken(id).filter(x -> x.getPerson().getId() == me || x.getCreatedBy() == me)
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        t.revoke(now());
        audit.record("REVOKE", "API_TOKEN", t.getId(), "of " + t.getPerson().getUsername());
    }

    /**
     * @param secret a presented token
     * @return who it speaks for, if it is usable now
     */
    public Optional<Bearer> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = people.findTokenByHash(ApiToken.hash(secret));
        if (found.isEmpty() || !found.get().isUsable(LocalDate.now(clock))) {
            return Optional.empty();
        }
        ApiToken t = found.get();
        if (t.markUsed(now())) {
            audit.recordAs(t.getPerson().getUsername(), "USE", "API_TOKEN", t.getId(), t.isReadOnly() ? "read-only" : "read-write");
        }
        return Optional.of(new Bearer(t.getPerson().getUsername(),
                t.getPerson().getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()), t.isReadOnly()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
