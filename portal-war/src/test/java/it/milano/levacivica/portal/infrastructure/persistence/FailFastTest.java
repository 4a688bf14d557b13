package it.milano.levacivica.portal.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** The timeouts added to the database's address, and what counts as the database being unavailable. */
class FailFastTest {

    @Test
    void timeoutsAreAddedUnlessTheAddressSetsThem() {
        assertEquals("jdbc:mariadb://h:3306/p?connectTimeout=2000&socketTimeout=4000",
                FailFastDataSource.withTimeouts("jdbc:mariadb://h:3306/p", 2000, 4000));
        assertEquals("jdbc:mariadb://h/p?useSsl=true&connectTimeout=2000&socketTimeout=4000",
                FailFastDataSource.withTimeouts("jdbc:mariadb://h/p?useSsl=true", 2000, 4000));
        assertEquals("jdbc:mariadb://h/p?socketTimeout=30000&connectTimeout=2000",
                FailFastDataSource.withTimeouts("jdbc:mariadb://h/p?socketTimeout=30000", 2000, 4000));
    }

    @Test
    void anUnreachableOrSilentDatabaseIsAnOutageAndNothingElseIs() {
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLTransientConnectionException("Communications link failure"))));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("x", new SocketTimeoutException("Read timed out"))));
        // the database went away during the commit: the transaction manager cannot tell how it ended (ResilienceIT met it)
        assertTrue(DatabaseOutage.causedBy(new jakarta.transaction.TransactionalException("encountered exception during commit",
                new jakarta.transaction.SystemException("JTS5031: Exception [org.omg.CORBA.INTERNAL] on Resource [rollback] operation"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("Duplicate entry 'x' for key 'y'")));
        assertFalse(DatabaseOutage.causedBy(null));
    }
}
