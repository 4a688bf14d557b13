package it.milano.levacivica.portal.infrastructure;

import it.milano.levacivica.portal.application.YearReportService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes this year's report every night at 02:30, Rome time, so that the first coordinator of the morning finds it made
 * (at national scale a make takes minutes: issue 16). On every instance; the make locks the year's row, so one
 * instance of a cluster makes it and the others skip. A non-persistent timer: a night missed is made up by the first
 * request that finds the report older than {@code portal.report.maxAgeMinutes}.
 */
@Singleton
public class YearReportSchedule {

    private static final Logger LOG = Logger.getLogger(YearReportSchedule.class.getName());

    @Inject
    private YearReportService reports;

    @Inject
    @ConfigProperty(name = "portal.report.nightly", defaultValue = "true")
    private boolean enabled;

    @Schedule(hour = "2", minute = "30", timezone = "Europe/Rome", persistent = false, info = "year-report")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        if (!enabled) {
            return;
        }
        try {
            reports.makeThisYearsReport();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly year's report failed; the first request will have it made", e);
        }
    }
}
