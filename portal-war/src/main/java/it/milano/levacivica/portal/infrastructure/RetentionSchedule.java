package it.milano.levacivica.portal.infrastructure;

import it.milano.levacivica.portal.application.RetentionService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the retention job every night at 03:15, Rome time, on every instance; {@link RetentionService} makes sure
 * only one of them does the work (a row lock and the day of the last run in the database). A non-persistent timer:
 * a night missed while the portal was down is caught up the next night, since periods are compared with today.
 */
@Singleton
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    private RetentionService retention;

    @Inject
    @ConfigProperty(name = "portal.retention.enabled", defaultValue = "true")
    private boolean enabled;

    @Schedule(hour = "3", minute = "15", timezone = "Europe/Rome", persistent = false, info = "retention")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        if (!enabled) {
            return;
        }
        try {
            RetentionService.Outcome o = retention.runScheduled();
            if (!o.ran()) {
                LOG.info(() -> "Retention skipped on this instance: " + o.skipped());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The retention job failed; it will run again tomorrow night", e);
        }
    }
}
