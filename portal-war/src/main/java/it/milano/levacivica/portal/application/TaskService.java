package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.portal.domain.checkin.CheckIn;
import it.milano.levacivica.portal.domain.checkin.CheckInRepository;
import it.milano.levacivica.portal.domain.checkin.Task;
import it.milano.levacivica.portal.domain.checkin.TaskStatus;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.timesheet.TimesheetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Operational tasks: the tutor gives them (at a check-in or on their own), the volunteer marks them done
 * with an outcome; hours can name the task they served, so the tutor sees hours per task.
 */
@ApplicationScoped
@Transactional
public class TaskService {

    /**
     * A task as typed.
     *
     * @param title at most 200 characters
     * @param description at most 2000 characters
     * @param activityType one of the seed's five activities (required)
     * @param dueDate the day it is due (required)
     * @param version the version read (updates only)
     */
    public record TaskCommand(String title, String description, ActivityType activityType, LocalDate dueDate, Long version) {
    }

    /** A task with the minutes logged for it. */
    public record TaskWithHours(Task task, int minutes) {
    }

    @Inject
    private ServiceYearService years;
    @Inject
    private CheckInRepository repository;
    @Inject
    private TimesheetRepository timesheets;
    @Inject
    private CurrentUser caller;
    @Inject
    private Clock clock;

    /** The tutor of a year gives its volunteer a task. */
    public Task create(long serviceYearId, TaskCommand cmd) {
        ServiceYear y = years.get(serviceYearId);
        return create(y, null, cmd);
    }

    Task create(ServiceYear y, CheckIn checkIn, TaskCommand cmd) {
        requireTutor(y);
        Parsed p = parse(cmd);
        Task t = new Task(y, checkIn, p.title(), cmd.description(), p.activity(), p.due(), caller.person(), LocalDateTime.now(clock));
        repository.add(t);
        return t;
    }

    /** A social worker of a case gives an active volunteer a task about it (the caller's rights are checked by CaseService). */
    Task createForCase(long serviceYearId, it.milano.levacivica.portal.domain.sspt.SsptCase c, TaskCommand cmd) {
        ServiceYear y = years.findForTask(serviceYearId);
        Parsed p = parse(cmd);
        Task t = new Task(y, null, p.title(), cmd.description(), p.activity(), p.due(), caller.person(), LocalDateTime.now(clock));
        t.concern(c);
        repository.add(t);
        return t;
    }

    /** A social worker of a placement's case gives an active volunteer a task about the placement. */
    Task createForPlacement(long serviceYearId, it.milano.levacivica.portal.domain.rst.Placement p, TaskCommand cmd) {
        Task t = createForCase(serviceYearId, p.getSsptCase(), cmd);
        t.concern(p);
        return t;
    }

    /** @return a task the caller may see, for sibling services */
    Task visibleTask(long id) {
        return visible(id);
    }

    /** The tutor changes a task. */
    public Task update(long taskId, TaskCommand cmd) {
        Task t = visible(taskId);
        requireTutor(t.getServiceYear());
        if (cmd == null || cmd.version() == null) {
            throw InvalidInputException.of("version", "validation.version");
        }
        if (cmd.version() != t.getVersion()) {
            throw new StaleVersionException("error.stale");
        }
        Parsed p = parse(cmd);
        t.change(p.title(), cmd.description(), p.activity(), p.due());
        return t;
    }

    /** The volunteer marks a task done, with a short outcome. */
    public Task done(long taskId, String outcome) {
        Task t = visible(taskId);
        if (!t.getServiceYear().getVolunteer().getId().equals(caller.person().getId())) {
            throw new AccessDeniedException("error.task.notYours");
        }
        if (outcome != null && outcome.length() > 1000) {
            throw InvalidInputException.of("outcome", "validation.note");
        }
        if (!t.markDone(outcome)) {
            throw new ConflictException("error.task.notOpen");
        }
        return t;
    }

    /** The tutor cancels an open task. */
    public Task cancel(long taskId) {
        Task t = visible(taskId);
        requireTutor(t.getServiceYear());
        if (!t.cancel()) {
            throw new ConflictException("error.task.notOpen");
        }
        return t;
    }

    /** @return the tasks of a year the caller may see, with the hours logged for each */
    public List<TaskWithHours> ofYear(long serviceYearId) {
        ServiceYear y = years.get(serviceYearId);
        return withHours(repository.tasks(List.of(y.getId())), List.of(y.getId()));
    }

    /** @return the open tasks of the caller's own year, by due date */
    public List<Task> myOpen() {
        List<ServiceYear> mine = years.mine();
        return mine.isEmpty() ? List.of() : repository.tasks(List.of(mine.get(0).getId())).stream()
                .filter(t -> t.getStatus() == TaskStatus.OPEN).toList();
    }

    /** @return the open tasks past their due date of the tutor's volunteers */
    public List<Task> overdueForTutor() {
        caller.require(Role.TUTOR);
        LocalDate today = LocalDate.now(clock);
        return repository.tasks(years.tutored().stream().map(ServiceYear::getId).toList()).stream()
                .filter(t -> t.isOverdue(today)).toList();
    }


    private List<TaskWithHours> withHours(List<Task> tasks, List<Long> yearIds) {
        Map<Long, Integer> minutes = timesheets.minutesPerTask(yearIds);
        return tasks.stream().map(t -> new TaskWithHours(t, minutes.getOrDefault(t.getId(), 0))).toList();
    }

    private Task visible(long id) {
        Task t = repository.findTask(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!years.maySee(t.getServiceYear())) {
            throw new NotFoundException("error.notFound");
        }
        return t;
    }

    private void requireTutor(ServiceYear y) {
        if (!caller.is(Role.TUTOR) || !y.getTutor().getId().equals(caller.person().getId())) {
            throw new AccessDeniedException("error.task.notTutor");
        }
    }

    private record Parsed(String title, ActivityType activity, LocalDate due) {
    }

    private static Parsed parse(TaskCommand cmd) {
        FieldCheck.of(cmd)
                .text("title", cmd.title(), 200)
                .that(cmd.description() == null || cmd.description().length() <= 2000, "description", "validation.tooLong")
                .required("activityType", cmd.activityType())
                .required("dueDate", cmd.dueDate())
                .orThrow();
        return new Parsed(cmd.title(), cmd.activityType(), cmd.dueDate());
    }
}
