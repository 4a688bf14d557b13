package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.application.LongQueries;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Carries out {@link LongQueries}: marks the method's transaction (its own, inside {@code @Transactional}) as
 * background work, so that the repositories it calls read and write through the {@code portal-background} unit
 * ({@link BackgroundDataSource}: long answer limits, a pool of its own) instead of the requests' ({@link #pick}). The
 * mark lasts as long as the transaction.
 */
@LongQueries
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class BackgroundTransaction {

    /** The key of the mark among the transaction's resources. */
    private static final Object KEY = BackgroundTransaction.class.getName();

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @AroundInvoke
    Object mark(InvocationContext call) throws Exception {
        if (transaction.getTransactionKey() == null) {
            throw new IllegalStateException("@LongQueries needs a transaction of its own: " + call.getMethod());
        }
        transaction.putResource(KEY, Boolean.TRUE);
        return call.proceed();
    }

    /**
     * @param requests the requests' unit ({@code portal})
     * @param background the background unit ({@code portal-background})
     * @return {@code background} inside a {@link LongQueries} transaction, {@code requests} anywhere else
     */
    static EntityManager pick(EntityManager requests, EntityManager background, TransactionSynchronizationRegistry transaction) {
        return transaction.getTransactionKey() != null && Boolean.TRUE.equals(transaction.getResource(KEY)) ? background : requests;
    }
}
