package it.milano.levacivica.portal.demo.data;

import it.milano.levacivica.portal.domain.people.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Grows the demo for the load test and the scale benchmark ({@code -Ddemo.loadVolunteers=N}, docs/operations.md)
 * after the demo data, outside any container transaction: {@link LoadVolunteers} commits every 100 volunteers,
 * so 70,000 of them never sit in one transaction.
 */
@Startup
@Singleton
@DependsOn("DemoDataLoader")
public class LoadVolunteersStartup {

    private static final Logger LOG = Logger.getLogger(LoadVolunteersStartup.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "portal.demo.loadVolunteers", defaultValue = "0")
    private int loadVolunteers;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!demo || loadVolunteers <= 0) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            int made = LoadVolunteers.load(dataSource, loadVolunteers, hasher.hash(DemoDataLoader.PASSWORD.toCharArray()), LocalDate.now(clock));
            LOG.info(() -> "Load-test volunteers: " + (made == 0 ? "already present" : made + " created with a full year each in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the load-test volunteers", e);
        }
    }
}
