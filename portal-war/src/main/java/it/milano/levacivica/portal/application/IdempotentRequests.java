package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.idempotency.IdempotentRequest;
import it.milano.levacivica.portal.domain.idempotency.IdempotentRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Requests sent with an {@code Idempotency-Key} (IETF draft-ietf-httpapi-idempotency-key-header): the first
 * request with a key of an account does the work and its answer is remembered, in the same transaction, for
 * {@link #KEPT}; a repeat with the same key and the same request gets that answer again and does nothing; the
 * same key with another request is refused ({@link IdempotencyKeyReusedException}). Parallel repeats wait for
 * the first (the row of the key is locked), so exactly one does the work.
 *
 * <p>Only answers the work returns are remembered: a refusal that the caller turns into an answer (the rules'
 * 422, a locked month's 423) is; an exception (invalid input, no access, an error) rolls everything back, so a
 * repeat tries again.
 */
@ApplicationScoped
@Transactional
public class IdempotentRequests {

    /** How long a key is remembered. */
    public static final Duration KEPT = Duration.ofHours(24);

    /** What a key may be: 1 to 100 letters, digits, {@code - _ . :} (a UUID, for example). */
    public static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /**
     * An answer as the client got it.
     *
     * @param status the HTTP status
     * @param entryId the record it created, or null
     * @param body the body as sent (JSON)
     */
    public record Answer(int status, Long entryId, String body) {
        public Answer {
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * @param answer the answer
     * @param replayed whether it is the answer of an earlier request with the same key
     */
    public record Outcome(Answer answer, boolean replayed) {
    }

    @Inject
    private IdempotentRequestRepository requests;
    @Inject
    private CurrentUser caller;
    @Inject
    private Clock clock;

    /**
     * Does {@code work} once per key of the caller.
     *
     * @param key the client's key
     * @param fingerprint what is asked ({@link #fingerprint}); a repeat must ask the same
     * @param work does it and says the answer, inside this transaction
     * @return the answer, new or replayed
     * @throws InvalidInputException if the key is not of the form {@link #KEY}
     * @throws IdempotencyKeyReusedException if the key was used for another request within {@link #KEPT}
     */
    public Outcome once(String key, String fingerprint, Supplier<Answer> work) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw InvalidInputException.of("Idempotency-Key", "validation.idempotencyKey");
        }
        Objects.requireNonNull(fingerprint, "fingerprint");
        long person = caller.person().getId();
        LocalDateTime now = LocalDateTime.now(clock);
        IdempotentRequest row = requests.claim(person, key, fingerprint, now, now.plus(KEPT));
        if (row.answered()) {
            if (!row.expired(now)) {
                if (!row.fingerprint().equals(fingerprint)) {
                    throw new IdempotencyKeyReusedException();
                }
                return new Outcome(new Answer(row.status(), row.entryId(), row.answer()), true);
            }
            requests.restart(row.id(), fingerprint, now, now.plus(KEPT));
        }
        Answer answer = work.get();
        requests.answer(row.id(), answer.status(), answer.entryId(), answer.body());
        return new Outcome(answer, false);
    }

    /**
     * @param operation the operation and its target, e.g. {@code POST /service-years/7/entries}
     * @param command the typed command (a record: its text names every field and value)
     * @return the SHA-256, in hex, of both: the same for the same request however its JSON was spelled
     */
    public static String fingerprint(String operation, Object command) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((operation + '\n' + command).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Forgets expired keys, a bounded batch at a time (called by a timer; expired keys are also restarted
     * when they come back, so this only keeps the table small).
     *
     * @return how many were deleted
     */
    public int forgetExpired() {
        return requests.deleteExpired(LocalDateTime.now(clock), 1000);
    }
}
