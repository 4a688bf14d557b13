package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.privacy.RetentionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Retention that runs by itself (GDPR art. 5(1)(e)): what is past its period is erased or irreversibly
 * pseudonymised, and each step is recorded in the audit trail (whose own rows are never erased).
 * <ul>
 * <li>sign-in failures older than {@code portal.retention.loginFailureDays} (90) are deleted;</li>
 * <li>a case closed more than {@code portal.retention.closedCaseYears} (5) years ago is pseudonymised
 *     ({@link RetentionRepository#pseudonymiseCase}), unless a <b>legal hold</b> keeps it: a second-level case (an
 *     order of the judicial authority) or a case its social worker restricted;</li>
 * <li>a service year that ended more than {@code portal.retention.serviceYearTextYears} (2) years ago loses its
 *     texts ({@link RetentionRepository#eraseYearTexts}); its hours stay.</li>
 * </ul>
 * <b>Once per cluster:</b> a run holds the {@code scheduled_job} row's lock for its whole transaction, taken with
 * {@code SKIP LOCKED}, so an instance that finds it held skips at once; and the day of the last run is on that
 * row, so the daily schedule of every instance does the work once a day. The periods are our defaults, to be set by
 * the data protection officer (docs/privacy.md).
 */
@ApplicationScoped
public class RetentionService {

    /** The job's name in {@code scheduled_job}. */
    public static final String JOB = "retention";

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    /**
     * What a run did.
     *
     * @param ran false when it was skipped ({@code skipped} says why)
     * @param today the portal's day of the run
     * @param loginFailuresErased sign-in failures deleted
     * @param casesPseudonymised codes of the cases pseudonymised
     * @param casesHeld codes of the cases past their period kept by a legal hold or a restriction
     * @param serviceYearsErased ids of the service years whose texts were erased
     * @param skipped null, or why the run did nothing: {@code running-elsewhere}, {@code already-ran-today}
     */
    public record Outcome(boolean ran, LocalDate today, int loginFailuresErased, List<String> casesPseudonymised, List<String> casesHeld,
            List<Long> serviceYearsErased, String skipped) {
    }

    /**
     * The periods in force.
     *
     * @param loginFailureDays days a sign-in failure is kept
     * @param closedCaseYears years a closed case's personal data is kept
     * @param serviceYearTextYears years a finished service year's texts are kept
     */
    public record Periods(int loginFailureDays, int closedCaseYears, int serviceYearTextYears) {
    }

    @Inject
    @ConfigProperty(name = "portal.retention.loginFailureDays", defaultValue = "90")
    private int loginFailureDays;
    @Inject
    @ConfigProperty(name = "portal.retention.closedCaseYears", defaultValue = "5")
    private int closedCaseYears;
    @Inject
    @ConfigProperty(name = "portal.retention.serviceYearTextYears", defaultValue = "2")
    private int serviceYearTextYears;

    @Inject
    private RetentionRepository repository;
    @Inject
    private AuditTrail audit;
    @Inject
    private CurrentUser caller;
    @Inject
    private Clock clock;

    /** @return the periods in force (administrators) */
    public Periods periods() {
        caller.require(Role.ADMIN);
        return new Periods(loginFailureDays, closedCaseYears, serviceYearTextYears);
    }

    /** The daily run of every instance: does the work unless another instance holds it or did it today. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome runScheduled() {
        return run("system", false);
    }

    /** An administrator runs it now (even if it ran today); recorded as theirs. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome runNow() {
        caller.require(Role.ADMIN);
        return run(caller.name(), true);
    }

    private Outcome run(String actor, boolean evenIfRanToday) {
        LocalDate today = LocalDate.now(clock);
        LocalDateTime startedAt = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Optional<Optional<LocalDate>> lock = repository.lock(JOB);
        if (lock.isEmpty()) {
            return new Outcome(false, today, 0, List.of(), List.of(), List.of(), "running-elsewhere");
        }
        if (!evenIfRanToday && lock.get().filter(today::equals).isPresent()) {
            return new Outcome(false, today, 0, List.of(), List.of(), List.of(), "already-ran-today");
        }

        LocalDateTime failuresBefore = startedAt.minusDays(loginFailureDays);
        int failures = repository.deleteLoginFailuresBefore(failuresBefore);
        if (failures > 0) {
            audit.recordAs(actor, "ERASE", "LOGIN_FAILURE", null, failures + " sign-in failures before " + failuresBefore.toLocalDate()
                    + " (" + loginFailureDays + " days)");
        }

        List<String> pseudonymised = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (RetentionRepository.CaseDue c : repository.closedCasesDue(today.minusYears(closedCaseYears))) {
            if (c.held()) {
                held.add(c.code());
                continue;
            }
            repository.pseudonymiseCase(c.id(), today);
            pseudonymised.add(c.code());
            audit.recordAs(actor, "PSEUDONYMISE", "CASE", c.id(), c.code() + ": closed on " + c.closedOn() + ", personal data pseudonymised after "
                    + closedCaseYears + " years");
        }

        List<Long> years = repository.finishedYearsDue(today.minusYears(serviceYearTextYears));
        for (long y : years) {
            repository.eraseYearTexts(y, today);
            audit.recordAs(actor, "ERASE_TEXTS", "SERVICE_YEAR", y, "notes, check-in summaries and task texts erased after "
                    + serviceYearTextYears + " years");
        }

        String summary = failures + " sign-in failures erased; " + pseudonymised.size() + " closed cases pseudonymised, " + held.size()
                + " kept by a legal hold or a restriction; texts of " + years.size() + " service years erased";
        audit.recordAs(actor, "RETENTION", "JOB", null, summary);
        repository.finished(JOB, today, startedAt, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), instance(), summary);
        LOG.info(() -> "Retention by " + actor + ": " + summary);
        return new Outcome(true, today, failures, pseudonymised, held, years, null);
    }

    private static String instance() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
