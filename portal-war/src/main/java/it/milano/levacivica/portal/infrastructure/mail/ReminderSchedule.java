package it.milano.levacivica.portal.infrastructure.mail;

import it.milano.levacivica.portal.application.ReminderService;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository.Delivery;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the reminders: every hour at minute 7 and once shortly after start-up, on every instance, but only one
 * instance at a time does the work. Each run takes the lease of the {@code job_lease} row named
 * {@code reminders} ({@code SELECT ... FOR UPDATE}, then a lease of 10 minutes, committed at once); an instance
 * that finds the lease held skips the run. A reminder is made once whatever the instance (unique key), then
 * sent outside any transaction and marked SENT, or FAILED with the error and a later retry (15 min, doubling,
 * at most {@link ReminderService#MAX_ATTEMPTS} attempts). With no SMTP server configured nothing is made.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(10);

    /** What a run did. {@code ran} is false when mail is off or another instance holds the lease. */
    public record RunResult(boolean ran, String note, int made, int sent, int failed, int skipped) {
    }

    @Inject
    private ReminderService reminders;
    @Inject
    private Mailer mailer;
    @Resource
    private TimerService timers;
    @Inject
    @ConfigProperty(name = "portal.reminders.scheduled", defaultValue = "true")
    private boolean scheduled;
    @Inject
    @ConfigProperty(name = "portal.reminders.startupDelaySeconds", defaultValue = "15")
    private int startupDelaySeconds;
    @Inject
    @ConfigProperty(name = "portal.publicOrigin", defaultValue = " ")
    private String publicOrigin;
    @Inject
    @ConfigProperty(name = "portal.mail.linkBase", defaultValue = "http://localhost:8080")
    private String linkBase;

    private final String owner = hostName() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @PostConstruct
    void start() {
        if (scheduled && startupDelaySeconds >= 0 && mailer.isConfigured()) {
            timers.createSingleActionTimer(startupDelaySeconds * 1000L, new TimerConfig("reminders at start-up", false));
        }
        LOG.info(() -> mailer.isConfigured() ? "Reminders: mail through " + mailer.server() + (scheduled ? ", every hour" : ", on demand only")
                : "Reminders: off (no portal.mail.host)");
    }

    @Timeout
    void atStartup() {
        hourly();
    }

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        if (!scheduled) {
            return;
        }
        try {
            RunResult r = run();
            LOG.info(() -> "Reminders run: " + r);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminders run failed", e);
        }
    }

    /**
     * Runs now, waiting up to 30 s for a run that holds the lease to end. The caller checks that an administrator
     * asked ({@code ReminderService.requireAdmin}) in the web request: inside an EJB the portal's roles are unknown.
     *
     * @return what the run did
     */
    public RunResult runNow() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        RunResult r = run();
        while (!r.ran() && mailer.isConfigured() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
            r = run();
        }
        return r;
    }

    /** @return the SMTP server in use (host:port), or empty when mail is off */
    public String server() {
        return mailer.server();
    }

    private RunResult run() {
        if (!mailer.isConfigured()) {
            return new RunResult(false, "mail off", 0, 0, 0, 0);
        }
        if (!reminders.lease(owner, LEASE)) {
            return new RunResult(false, "another run holds the lease", 0, 0, 0, 0);
        }
        int made = 0;
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        String outcome = "interrupted";
        try {
            made = reminders.collect().total();
            String base = publicOrigin.isBlank() ? linkBase : publicOrigin.strip();
            for (Delivery d : reminders.toDeliver()) {
                Setting s = reminders.settingOf(d.personId());
                if (s.optedOut().contains(d.kind())) {
                    reminders.skipped(d.id(), "opted out");
                    skipped++;
                    continue;
                }
                if (d.email() == null || d.email().isBlank()) {
                    reminders.skipped(d.id(), "no e-mail address");
                    skipped++;
                    continue;
                }
                ReminderMails.Mail mail = ReminderMails.compose(d, s.language(), base);
                try {
                    mailer.send(d.email(), mail.subject(), mail.body());
                    reminders.delivered(d.id());
                    sent++;
                } catch (Exception e) { // the server refused it or could not be reached: retried later
                    reminders.failed(d, e.getClass().getSimpleName() + ": " + e.getMessage());
                    failed++;
                }
            }
            outcome = "made " + made + ", sent " + sent + ", failed " + failed + ", skipped " + skipped;
            return new RunResult(true, outcome, made, sent, failed, skipped);
        } finally {
            reminders.release(owner, outcome);
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "instance";
        }
    }
}
