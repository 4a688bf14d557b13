package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.ReminderService;
import it.milano.levacivica.portal.domain.reminder.ReminderKind;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository;
import it.milano.levacivica.portal.infrastructure.mail.ReminderSchedule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** E-mail reminders: one's own choices, and for the administrator their delivery and a run on demand. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reminders")
public class ReminderResource {

    /**
     * One's reminder choices.
     *
     * @param language the mails' language, {@code it} or {@code en}
     * @param enabled the kinds to receive (those of one's roles not named are turned off)
     */
    public record ChoicesCommand(String language, Set<ReminderKind> enabled) {
    }

    /** One's reminder choices: the language, the kinds one's roles receive, and those turned on. */
    public record ChoicesView(String language, Set<ReminderKind> available, Set<ReminderKind> enabled) {
        static ChoicesView of(ReminderService.Choices c) {
            return new ChoicesView(c.language(), new TreeSet<>(c.available()), new TreeSet<>(c.enabled()));
        }
    }

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
    @Path("me/reminders")
    @Operation(summary = "One's reminder choices")
    public ChoicesView mine() {
        return ChoicesView.of(reminders.mine());
    }

    @PUT
    @Path("me/reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the reminders one receives and their language")
    public ChoicesView save(ChoicesCommand body) {
        return ChoicesView.of(reminders.save(body == null ? null : body.language(), body == null ? null : body.enabled()));
    }

    @GET
    @Path("reminders")
    @Operation(summary = "Administrator: the job's last run, reminders by status and the latest 200")
    public OverviewView overview() {
        ReminderService.Overview o = reminders.overview();
        return new OverviewView(o.job() == null ? null : o.job().lastStarted(), o.job() == null ? null : o.job().lastFinished(),
                o.job() == null ? null : o.job().lastOutcome(), o.counts(), o.latest().stream().map(ReminderView::of).toList());
    }

    @POST
    @Path("reminders/run")
    @Operation(summary = "Administrator: run the reminders now (once per cluster: waits for a run in progress)")
    public ReminderSchedule.RunResult run() {
        return schedule.runNow();
    }
}
