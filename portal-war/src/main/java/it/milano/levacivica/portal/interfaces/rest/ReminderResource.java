package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.ReminderService;
import it.milano.levacivica.portal.domain.reminder.ReminderKind;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository;
import it.milano.levacivica.portal.infrastructure.mail.ReminderSchedule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** E-mail reminders for the administrator: their delivery and a run on demand. Choices: {@link MyRemindersResource}. */
@Path("/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reminders")
public class ReminderResource {

    /** A reminder as the administrator sees it: to whom, what, its state and its last error. Times are Rome time. */
    public record ReminderView(long id, String username, ReminderKind kind, String subjectRef, String period, String subjectCode,
            String status, int attempts, String lastError, LocalDateTime createdAt, LocalDateTime sentAt) {
        static ReminderView of(ReminderRepository.Delivery d) {
            return new ReminderView(d.id(), d.username(), d.kind(), d.subjectRef(), d.period(), d.subjectCode(), d.status(), d.attempts(),
                    d.lastError(), d.createdAt(), d.sentAt());
        }
    }

    /** The job's last run and the reminders by status. */
    public record OverviewView(LocalDateTime lastStarted, LocalDateTime lastFinished, String lastOutcome, Map<String, Long> counts,
            List<ReminderView> latest) {
    }

    @Inject
    private ReminderService reminders;
    @Inject
    private ReminderSchedule schedule;

    @GET
    @Operation(summary = "Administrator: the job's last run, reminders by status and the latest 200")
    public OverviewView overview() {
        ReminderService.Overview o = reminders.overview();
        return new OverviewView(o.job() == null ? null : o.job().lastStarted(), o.job() == null ? null : o.job().lastFinished(),
                o.job() == null ? null : o.job().lastOutcome(), o.counts(), o.latest().stream().map(ReminderView::of).toList());
    }

    @POST
    @Path("run")
    @Operation(summary = "Administrator: run the reminders now (once per cluster: waits for a run in progress)")
    public ReminderSchedule.RunResult run() {
        reminders.requireAdmin(); // here, in the web request: an EJB does not see the portal's roles
        return schedule.runNow();
    }
}
