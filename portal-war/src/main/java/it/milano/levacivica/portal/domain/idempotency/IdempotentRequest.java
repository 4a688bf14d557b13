package it.milano.levacivica.portal.domain.idempotency;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A request made with an {@code Idempotency-Key} (<i>richiesta idempotente</i>) and the answer it got.
 *
 * @param id the row
 * @param personId the account that sent it
 * @param key the client's key
 * @param fingerprint SHA-256 (hex) of what was asked: a repeat must ask the same
 * @param status the HTTP status of the first answer; {@link #PENDING} while the first request is still running
 * @param entryId the entry it created, or null (a refusal, or the entry was deleted since)
 * @param answer the first answer's body as sent (JSON), or null while pending
 * @param expiresAt when the key is forgotten (Rome time, as every stored time of day)
 */
public record IdempotentRequest(long id, long personId, String key, String fingerprint, int status, Long entryId, String answer,
        LocalDateTime expiresAt) {

    /** The status of a request whose answer is not known yet (only ever seen inside its own transaction). */
    public static final int PENDING = 0;

    public IdempotentRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** @return whether its answer is already known (a request of another, committed transaction) */
    public boolean answered() {
        return status != PENDING;
    }

    /** @param now the time now @return whether the key is forgotten: a request with it starts afresh */
    public boolean expired(LocalDateTime now) {
        return !expiresAt.isAfter(now);
    }
}
