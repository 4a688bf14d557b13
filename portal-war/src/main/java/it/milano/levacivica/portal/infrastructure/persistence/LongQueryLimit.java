package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.application.LongQueries;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries out {@link LongQueries}: for the method's transaction, the connection's answer timeout (the socket timeout
 * of {@link FailFastDataSource}) is raised to {@code portal.db.longQuerySeconds} (default 900), and so is the statement
 * timeout of each query that {@link #apply} marks (the pool's {@code statement-timeout-in-seconds} otherwise). The
 * connection's own timeout is put back before the transaction ends, so the pool lends it out again as it was.
 */
@LongQueries
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class LongQueryLimit {

    private static final Logger LOG = Logger.getLogger(LongQueryLimit.class.getName());
    /** The key of the raised limit (milliseconds) among the transaction's resources. */
    private static final Object KEY = LongQueryLimit.class.getName();
    /** EclipseLink's query hint for a statement's timeout, in milliseconds. */
    private static final String TIMEOUT_HINT = "jakarta.persistence.query.timeout";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;
    @Resource
    private TransactionSynchronizationRegistry transaction;
    @Inject
    @ConfigProperty(name = "portal.db.longQuerySeconds", defaultValue = "900")
    private int seconds;

    @AroundInvoke
    Object raise(InvocationContext call) throws Exception {
        if (transaction.getTransactionKey() == null) {
            throw new IllegalStateException("@LongQueries needs a transaction: " + call.getMethod());
        }
        int millis = Math.multiplyExact(seconds, 1000);
        Connection connection = em.unwrap(Connection.class);
        int before = connection.getNetworkTimeout();
        connection.setNetworkTimeout(Runnable::run, millis);
        transaction.putResource(KEY, millis);
        try {
            return call.proceed();
        } finally {
            transaction.putResource(KEY, null);
            try {
                connection.setNetworkTimeout(Runnable::run, before);
            } catch (SQLException e) {
                // a connection that cannot take its timeout back is broken: the pool's validation drops it
                LOG.log(Level.WARNING, "could not put the connection's answer timeout back to " + before + " ms", e);
            }
        }
    }

    /**
     * Marks a query with the raised statement timeout, inside a {@link LongQueries} method's transaction; any other
     * query keeps the pool's.
     *
     * @return the query
     */
    static jakarta.persistence.Query apply(jakarta.persistence.Query query, TransactionSynchronizationRegistry transaction) {
        if (transaction.getTransactionKey() != null && transaction.getResource(KEY) instanceof Integer millis) {
            query.setHint(TIMEOUT_HINT, millis);
        }
        return query;
    }
}
