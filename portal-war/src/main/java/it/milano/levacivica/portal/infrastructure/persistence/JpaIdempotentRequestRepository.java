package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.idempotency.IdempotentRequest;
import it.milano.levacivica.portal.domain.idempotency.IdempotentRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * MariaDB's rows of {@code idempotent_request}, in SQL: the claim is an insert that, on the unique key
 * (account, key), turns into a lock of the existing row. InnoDB makes a second insert of the same key wait
 * for the first's transaction, and the exclusive lock that {@code ON DUPLICATE KEY UPDATE} takes queues any
 * further ones behind it (shared locks, as {@code INSERT IGNORE} would take, deadlock when three meet).
 */
@ApplicationScoped
public class JpaIdempotentRequestRepository implements IdempotentRequestRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public IdempotentRequest claim(long personId, String key, String fingerprint, LocalDateTime now, LocalDateTime expiresAt) {
        em.createNativeQuery("INSERT INTO idempotent_request (person_id, idem_key, fingerprint, status, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, personId).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, IdempotentRequest.PENDING)
                .setParameter(5, Timestamp.valueOf(now)).setParameter(6, Timestamp.valueOf(expiresAt)).executeUpdate();
        List<?> rows = em.createNativeQuery("SELECT id, fingerprint, status, entry_id, answer, expires_at FROM idempotent_request"
                        + " WHERE person_id = ? AND idem_key = ? FOR UPDATE")
                .setParameter(1, personId).setParameter(2, key).getResultList();
        if (rows.size() != 1) {
            throw new IllegalStateException("idempotent_request row of person " + personId + " not found after its insert");
        }
        Object[] r = (Object[]) rows.get(0);
        return new IdempotentRequest(((Number) r[0]).longValue(), personId, key, (String) r[1], ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], time(r[5]));
    }

    private static LocalDateTime time(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof LocalDateTime t) {
            return t;
        }
        throw new IllegalStateException("not a DATETIME: " + value);
    }

    @Override
    public void restart(long id, String fingerprint, LocalDateTime now, LocalDateTime expiresAt) {
        em.createNativeQuery("UPDATE idempotent_request SET fingerprint = ?, status = ?, entry_id = NULL, answer = NULL,"
                        + " created_at = ?, expires_at = ? WHERE id = ?")
                .setParameter(1, fingerprint).setParameter(2, IdempotentRequest.PENDING).setParameter(3, Timestamp.valueOf(now))
                .setParameter(4, Timestamp.valueOf(expiresAt)).setParameter(5, id).executeUpdate();
    }

    @Override
    public void answer(long id, int status, Long entryId, String answer) {
        em.createNativeQuery("UPDATE idempotent_request SET status = ?, entry_id = ?, answer = ? WHERE id = ?")
                .setParameter(1, status).setParameter(2, entryId).setParameter(3, answer).setParameter(4, id).executeUpdate();
    }

    @Override
    public int deleteExpired(LocalDateTime now, int max) {
        return em.createNativeQuery("DELETE FROM idempotent_request WHERE expires_at <= ? ORDER BY expires_at LIMIT " + max)
                .setParameter(1, Timestamp.valueOf(now)).executeUpdate();
    }
}
