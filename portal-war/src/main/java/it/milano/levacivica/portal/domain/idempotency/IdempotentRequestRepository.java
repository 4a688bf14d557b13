package it.milano.levacivica.portal.domain.idempotency;

import java.time.LocalDateTime;

/** Where requests with an {@code Idempotency-Key} and their answers are kept, one row per account and key. */
public interface IdempotentRequestRepository {

    /**
     * Takes the row of an account's key for this transaction: adds it as {@linkplain IdempotentRequest#PENDING pending}
     * when there is none; otherwise waits until the transaction that holds it ends, then locks it. Parallel
     * requests with one key therefore run one after the other, and each one after the first finds the first's answer.
     *
     * @param personId the account
     * @param key the client's key
     * @param fingerprint of this request, stored when the row is new
     * @param now the time now
     * @param expiresAt when the key is forgotten, if the row is new
     * @return the row as it is now, locked until the transaction ends
     */
    IdempotentRequest claim(long personId, String key, String fingerprint, LocalDateTime now, LocalDateTime expiresAt);

    /** Starts an expired row afresh for a new request: pending, with this fingerprint and expiry. */
    void restart(long id, String fingerprint, LocalDateTime now, LocalDateTime expiresAt);

    /** Records the answer of a pending row. */
    void answer(long id, int status, Long entryId, String answer);

    /**
     * @param now the time now
     * @param max at most this many
     * @return how many expired rows were deleted
     */
    int deleteExpired(LocalDateTime now, int max);
}
