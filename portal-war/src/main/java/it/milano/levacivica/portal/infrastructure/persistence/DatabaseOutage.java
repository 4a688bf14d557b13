package it.milano.levacivica.portal.infrastructure.persistence;

import java.net.SocketTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the database's availability (unreachable, hanging, no connection to be had in time)
 * from every other failure: the former is answered with 503 "temporarily unavailable" (problem+json under
 * {@code /api}, a page elsewhere) and the client may retry. Nothing was written, unless the database went away
 * during the commit, when the outcome is unknown: a client that retries with an {@code Idempotency-Key} gets the
 * first answer if it was written.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** @param failure any failure @return whether the database was unreachable or did not answer in time */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTimeoutException || t instanceof SocketTimeoutException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            // the transaction manager could not end the transaction with its resource, the database: it went away
            // during the commit (the cause does not say so; the manager's CORBA error does not chain it)
            if (t instanceof jakarta.transaction.SystemException) {
                return true;
            }
            String type = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            // the pool found no connection within its wait limit
            if (type.startsWith("jakarta.resource.") && (message.contains("allocat") || message.contains("No available resource")
                    || message.contains("timed out"))) {
                return true;
            }
            if (message.contains("Error in allocating a connection") || message.contains("Communications link failure")
                    || message.contains("Socket error") || message.contains("Connection is closed")
                    || message.contains("Read timed out") || message.contains("Could not connect")) {
                return true;
            }
        }
        return false;
    }
}
