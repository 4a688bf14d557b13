package it.milano.levacivica.portal.domain.people;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Where people are kept. User names are matched exactly (the database's collation would ignore case and trailing spaces). */
public interface PersonRepository {
    Optional<Person> find(long id);
    /** @return the account, its row locked until the transaction ends (taken before any audit append: the sign-in's order) */
    Optional<Person> lock(long id);
    Optional<Person> findByUsername(String username);
    /** @param code a fiscal code @return the account registered with it */
    Optional<Person> findByFiscalCode(FiscalCode code);
    /** @return the account, its row locked until the transaction ends */
    Optional<Person> lockByUsername(String username);
    /** @return what every request re-checks of an account: stamp, enabled, forced password change */
    Optional<AccountState> accountState(String username);
    boolean existsByUsernameOrEmail(String username, String email);
    /**
     * A page of people, newest first, read in the database.
     *
     * @param role only people holding it, or null for everyone
     * @param beforeId only people with a smaller id (the last of the previous page), or null for the first page
     * @param max at most this many
     */
    List<Person> page(Role role, Long beforeId, int max);
    /**
     * People by name, read a page at a time in the database (ix_person_name): at 70,000 volunteers no list reads
     * the whole table.
     *
     * @param text the start of the full name or of the user name, or null for everyone
     * @param role only people holding it, or null for everyone
     * @param afterName the full name of the previous page's last person, or null for the first page
     * @param afterId that person's id
     * @param max at most this many
     */
    List<Person> search(String text, Role role, String afterName, Long afterId, int max);
    void add(Person person);
    void recordLoginFailure(LoginFailure failure);
    /** @param address a client address, or null for every address @return failed sign-ins of the name since the time */
    long countLoginFailures(String username, String address, LocalDateTime since);
    List<LoginFailure> recentLoginFailures(int max);
    void addToken(ApiToken token);
    Optional<ApiToken> findToken(long id);
    /** @param hash the SHA-256 of a presented token @return the token it belongs to */
    Optional<ApiToken> findTokenByHash(String hash);
    /** @return a person's tokens, newest first */
    List<ApiToken> tokensOf(long personId);

    /**
     * What the portal re-checks of the signed-in account on every request.
     *
     * @param username the exact user name
     * @param securityStamp changes whenever access changes
     * @param enabled whether the account may sign in
     * @param mustChangePassword whether a new password must be chosen before anything else
     */
    record AccountState(String username, String securityStamp, boolean enabled, boolean mustChangePassword) {
    }
}
