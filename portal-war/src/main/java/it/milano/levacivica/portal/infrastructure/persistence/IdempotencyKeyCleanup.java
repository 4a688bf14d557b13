package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.application.IdempotentRequests;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every hour, deletes the idempotency keys older than {@link IdempotentRequests#KEPT}, a batch at a time. */
@Singleton
public class IdempotencyKeyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyCleanup.class.getName());

    @Inject
    private IdempotentRequests requests;

    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // one transaction per batch
    void forgetExpiredKeys() {
        try {
            int deleted;
            int batches = 0;
            do {
                deleted = requests.forgetExpired();
            } while (deleted == 1000 && ++batches < 100);
        } catch (RuntimeException e) {
            // a lock wait with a request that reuses an expired key: the next run deletes what is left
            LOG.log(Level.WARNING, "Expired idempotency keys not deleted this time", e);
        }
    }
}
