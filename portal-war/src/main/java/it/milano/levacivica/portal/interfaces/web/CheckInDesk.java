package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.portal.application.CheckInService;
import it.milano.levacivica.portal.application.CheckInService.CheckInCommand;
import it.milano.levacivica.portal.application.CheckInService.ConfirmCommand;
import it.milano.levacivica.portal.application.CheckInService.WeekRow;
import it.milano.levacivica.portal.application.ServiceYearService;
import it.milano.levacivica.portal.application.TaskService;
import it.milano.levacivica.portal.application.TaskService.TaskCommand;
import it.milano.levacivica.portal.domain.checkin.CheckIn;
import it.milano.levacivica.portal.domain.checkin.MeetingMode;
import it.milano.levacivica.portal.domain.checkin.Task;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The tutor's check-in desk: record a meeting with one or several volunteers and the task given, see
 * this week's check-ins per volunteer (and who has none yet), confirm those volunteers recorded, and the
 * overdue tasks.
 */
@Named
@ViewScoped
public class CheckInDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CheckInService checkIns;
    @Inject
    private TaskService tasks;
    @Inject
    private ServiceYearService years;
    @Inject
    private Clock clock;

    private List<ServiceYear> volunteers = List.of();
    private List<WeekRow> week = List.of();
    private List<Task> overdue = List.of();
    private Long[] selected = new Long[0];
    private LocalDateTime heldAt;
    private MeetingMode mode = MeetingMode.IN_PERSON;
    private Integer minutes = 30;
    private ActivityType activity = ActivityType.ADMINISTRATIVE_SUPPORT;
    private String summary;
    private String taskTitle;
    private String taskDescription;
    private ActivityType taskActivity = ActivityType.ADMINISTRATIVE_SUPPORT;
    private LocalDate taskDue;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(clock);
        volunteers = years.tutored().stream().filter(y -> y.covers(today)).toList();
        week = checkIns.tutorsWeek();
        overdue = tasks.overdueForTutor();
        if (heldAt == null) {
            heldAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
        }
    }

    /** Records the meeting of the form. */
    public void save() {
        List<TaskCommand> given = new ArrayList<>();
        if (taskTitle != null && !taskTitle.isBlank()) {
            given.add(new TaskCommand(taskTitle, taskDescription, taskActivity, taskDue, null));
        }
        CheckInCommand cmd = new CheckInCommand(List.of(selected), heldAt == null ? null : heldAt.withSecond(0).withNano(0),
                mode, minutes, activity, summary, given);
        if (FacesFeedback.run("checkInForm", () -> checkIns.record(cmd), "checkin.saved")) {
            selected = new Long[0];
            summary = null;
            taskTitle = null;
            taskDescription = null;
            taskDue = null;
            load();
        }
    }

    /** @param c a check-in a volunteer recorded, to confirm */
    public void confirm(CheckIn c) {
        if (FacesFeedback.run(null, () -> checkIns.confirm(c.getId(), new ConfirmCommand(c.getVersion(), null)), "checkin.confirmed")) {
            load();
        }
    }

    /** @param t a task to cancel */
    public void cancel(Task t) {
        if (FacesFeedback.run(null, () -> tasks.cancel(t.getId()), "task.cancelled")) {
            load();
        }
    }

    public MeetingMode[] getModes() { return MeetingMode.values(); }
    public ActivityType[] getActivityTypes() { return ActivityType.values(); }
    public List<ServiceYear> getVolunteers() { return volunteers; }
    public List<WeekRow> getWeek() { return week; }
    public List<Task> getOverdue() { return overdue; }
    public Long[] getSelected() { return selected; }
    public void setSelected(Long[] selected) { this.selected = selected; }
    public LocalDateTime getHeldAt() { return heldAt; }
    public void setHeldAt(LocalDateTime heldAt) { this.heldAt = heldAt; }
    public MeetingMode getMode() { return mode; }
    public void setMode(MeetingMode mode) { this.mode = mode; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public ActivityType getActivity() { return activity; }
    public void setActivity(ActivityType activity) { this.activity = activity; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getTaskTitle() { return taskTitle; }
    public void setTaskTitle(String taskTitle) { this.taskTitle = taskTitle; }
    public String getTaskDescription() { return taskDescription; }
    public void setTaskDescription(String taskDescription) { this.taskDescription = taskDescription; }
    public ActivityType getTaskActivity() { return taskActivity; }
    public void setTaskActivity(ActivityType taskActivity) { this.taskActivity = taskActivity; }
    public LocalDate getTaskDue() { return taskDue; }
    public void setTaskDue(LocalDate taskDue) { this.taskDue = taskDue; }
}
