package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.Texts;
import it.milano.levacivica.core.rules.Violation;
import it.milano.levacivica.portal.application.CurrentUser;
import it.milano.levacivica.portal.application.HoursService;
import it.milano.levacivica.portal.application.HoursService.EntryCommand;
import it.milano.levacivica.portal.application.PortalException;
import it.milano.levacivica.portal.application.RuleViolationException;
import it.milano.levacivica.portal.application.TimesheetService;
import it.milano.levacivica.portal.application.TimesheetService.MonthDetail;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.timesheet.AbsenceDay;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.domain.timesheet.TimesheetStatus;
import it.milano.levacivica.portal.domain.timesheet.TimesheetTransition;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One month of a service year, for its volunteer, their tutor and the coordinator: a calendar, the
 * entries (the volunteer edits and deletes them while the month is open), totals, warnings, the history
 * of the timesheet, and the actions each may take: submit, approve, reject, reopen.
 */
@Named
@ViewScoped
public class MonthPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A day of the calendar. */
    public record Day(LocalDate date, boolean inMonth, String hours, String absence) implements Serializable {
    }

    @Inject
    private TimesheetService timesheets;
    @Inject
    private HoursService hours;
    @Inject
    private CurrentUser user;
    @Inject
    private Clock clock;

    private Long id;
    private String idParam;
    private boolean badParam;
    private String month;
    private MonthDetail detail;
    private List<List<Day>> weeks = List.of();
    private String reason;
    private boolean notFound;

    private Long editingId;
    private Long editingVersion;
    private LocalDate editDate;
    private Category editCategory;
    private BigDecimal editHours;
    private ActivityType editActivity;
    private String editNote;
    private Long editTaskId;
    private List<it.milano.levacivica.portal.domain.checkin.Task> yearTasks = List.of();

    @Inject
    private it.milano.levacivica.portal.application.TaskService taskService;

    /** Loads the month named by the view parameters (this month if none). */
    public void load() {
        if (badParam) {
            NotFoundPage.send();
            return;
        }
        try {
            YearMonth m = month == null || month.isBlank() ? YearMonth.now(clock) : YearMonth.parse(month);
            if (id == null) {
                var mine = hours.mineOrNull();
                if (mine == null) {
                    notFound = true;
                    return;
                }
                id = mine;
            }
            detail = timesheets.month(id, m);
            textsVisible = serviceYears.mayReadTexts(detail.year());
            month = m.toString();
            weeks = calendar(detail);
        } catch (PortalException | java.time.format.DateTimeParseException e) {
            notFound = true;
        }
    }

    private static List<List<Day>> calendar(MonthDetail d) {
        Map<LocalDate, Integer> minutes = d.entries().stream().collect(Collectors.groupingBy(TimeEntry::getDate,
                Collectors.summingInt(TimeEntry::getMinutes)));
        Map<LocalDate, AbsenceDay> absences = d.absences().stream().collect(Collectors.toMap(AbsenceDay::getDate, a -> a));
        List<List<Day>> out = new ArrayList<>();
        LocalDate first = d.month().atDay(1).with(DayOfWeek.MONDAY);
        for (LocalDate w = first; !w.isAfter(d.month().atEndOfMonth()); w = w.plusWeeks(1)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate day = w.plusDays(i);
                Integer m = minutes.get(day);
                AbsenceDay a = absences.get(day);
                week.add(new Day(day, YearMonth.from(day).equals(d.month()), m == null ? null : hoursText(m), a == null ? null : a.getType().name()));
            }
            out.add(week);
        }
        return out;
    }

    /** Hours as every page writes them ({@code 5 h 15}). */
    static String hoursText(int minutes) {
        FacesContext fc = FacesContext.getCurrentInstance();
        return Formats.hours(minutes, fc == null ? Locale.ITALIAN : fc.getViewRoot().getLocale());
    }

    // ------------------------------------------------------------------ what the caller may do

    public boolean isVolunteer() {
        return detail != null && detail.year().getVolunteer().getId().equals(user.person().getId());
    }

    public boolean isTutor() {
        return detail != null && user.is(Role.TUTOR) && detail.year().getTutor().getId().equals(user.person().getId());
    }

    public boolean isCoordinator() {
        return user.is(Role.COORDINATOR);
    }

    public boolean isEditable() {
        return isVolunteer() && detail.status().isOpen();
    }

    public boolean isCanSubmit() {
        return isVolunteer() && detail.status().isOpen() && !detail.month().isAfter(YearMonth.now(clock));
    }

    public boolean isCanDecide() {
        return isTutor() && detail.status() == TimesheetStatus.SUBMITTED;
    }

    public boolean isCanReopen() {
        return isCoordinator() && detail.status() == TimesheetStatus.APPROVED;
    }

    // ------------------------------------------------------------------ actions

    public void submit() {
        if (FacesFeedback.run(null, () -> timesheets.submit(id, detail.month()), "month.submitted")) {
            load();
        }
    }

    public void approve() {
        if (FacesFeedback.run(null, () -> timesheets.approve(id, detail.month(), detail.version(), reason), "month.approved")) {
            load();
        }
    }

    public void reject() {
        if (FacesFeedback.run("decision", () -> timesheets.reject(id, detail.month(), reason, detail.version()), "month.rejected")) {
            reason = null;
            load();
        }
    }

    public void reopen() {
        if (FacesFeedback.run("decision", () -> timesheets.reopen(id, detail.month(), reason, detail.version()), "month.reopened")) {
            reason = null;
            load();
        }
    }

    /** @param e an entry to load into the edit form */
    public void edit(TimeEntry e) {
        editingId = e.getId();
        editingVersion = e.getVersion();
        editDate = e.getDate();
        editCategory = e.getCategory();
        editHours = BigDecimal.valueOf(e.getMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        editActivity = e.getActivityType();
        editNote = e.getNote();
        editTaskId = e.getTask() == null ? null : e.getTask().getId();
        yearTasks = taskService.ofYear(id).stream().map(it.milano.levacivica.portal.application.TaskService.TaskWithHours::task).toList();
    }

    /** Saves the edit form. */
    public void saveEdit() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Locale locale = fc.getViewRoot().getLocale();
        Integer minutes = editHours == null ? null : editHours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValue();
        EntryCommand cmd = new EntryCommand(editDate, editCategory, minutes, editActivity, editNote, editingVersion, editTaskId);
        try {
            List<Violation> warnings = hours.update(editingId, cmd).warnings();
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, PortalMessages.get(locale, "entry.saved"), null));
            warnings.forEach(w -> fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, w.message(locale), null)));
            editingId = null;
            load();
        } catch (RuleViolationException e) {
            fc.validationFailed();
            for (Violation v : e.violations()) {
                String field = switch (v.field()) {
                    case DATE -> "editForm:editDate";
                    case DURATION -> "editForm:editHours";
                    case ACTIVITY_TYPE -> "editForm:editActivity";
                    case CATEGORY -> "editForm:editCategory";
                    case PERIOD -> null;
                };
                fc.addMessage(field, new FacesMessage(v.isError() ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_WARN,
                        v.message(locale), v.message(locale)));
            }
        } catch (PortalException e) {
            FacesFeedback.show("editForm", e);
        }
    }

    public void cancelEdit() {
        editingId = null;
    }

    /** @param e an entry to delete */
    public void delete(TimeEntry e) {
        if (FacesFeedback.run(null, () -> hours.delete(e.getId(), e.getVersion()), "entry.deleted")) {
            load();
        }
    }

    // ------------------------------------------------------------------ for the page

    public String minutesText(int minutes) {
        return hoursText(minutes);
    }

    public String minutes(Category c) {
        return hoursText(detail.monthMinutes().getOrDefault(c, 0));
    }

    public String yearToDate(Category c) {
        return hoursText(detail.yearToDateMinutes().getOrDefault(c, 0));
    }

    /** @return the month's hours, all categories */
    public String getMonthTotal() {
        return hoursText(detail.monthMinutes().values().stream().mapToInt(Integer::intValue).sum());
    }

    /** @return the list this page was reached from: the volunteer's home, the tutor's volunteers, the service years */
    public String getBackOutcome() {
        return isVolunteer() ? "/volunteer/home" : isTutor() ? "/tutor/home" : "/coordinator/serviceYears";
    }

    /** @return the bundle key naming {@link #getBackOutcome()} */
    public String getBackLabel() {
        return isVolunteer() ? "nav.volunteer.home" : isTutor() ? "nav.tutor.home" : "nav.coordinator.serviceYears";
    }

    public List<String> getWarnings() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return detail.warnings().stream().map(v -> v.message(locale)).toList();
    }

    public List<TimesheetTransition> getTransitions() {
        return detail.transitions();
    }

    public Category[] getCategories() { return Category.values(); }
    public ActivityType[] getActivityTypes() { return ActivityType.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    /** @return the page parameter {@code id} as given */
    public String getIdParam() { return idParam; }
    /** @param idParam the page parameter {@code id}: anything that is not a record id gives the not-found page */
    public void setIdParam(String idParam) {
        this.idParam = idParam;
        this.id = NotFoundPage.id(idParam);
        this.badParam = idParam != null && !idParam.isBlank() && this.id == null;
    }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public MonthDetail getDetail() { return detail; }
    public List<List<Day>> getWeeks() { return weeks; }
    public boolean isNotFound() { return notFound || detail == null; }

    @Inject
    private it.milano.levacivica.portal.application.ServiceYearService serviceYears;
    private boolean textsVisible;

    /** @return whether the caller may read check-in summaries (the year's volunteer and tutor; not coordinators) */
    public boolean isTextsVisible() { return textsVisible; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getPrevious() { return detail.month().minusMonths(1).toString(); }
    public String getNext() { return detail.month().plusMonths(1).toString(); }
    public Long getEditingId() { return editingId; }
    public LocalDate getEditDate() { return editDate; }
    public void setEditDate(LocalDate editDate) { this.editDate = editDate; }
    public Category getEditCategory() { return editCategory; }
    public void setEditCategory(Category editCategory) { this.editCategory = editCategory; }
    public BigDecimal getEditHours() { return editHours; }
    public void setEditHours(BigDecimal editHours) { this.editHours = editHours; }
    public ActivityType getEditActivity() { return editActivity; }
    public void setEditActivity(ActivityType editActivity) { this.editActivity = editActivity; }
    public String getEditNote() { return editNote; }
    public Long getEditTaskId() { return editTaskId; }
    public void setEditTaskId(Long editTaskId) { this.editTaskId = editTaskId; }
    public List<it.milano.levacivica.portal.domain.checkin.Task> getYearTasks() { return yearTasks; }
    public void setEditNote(String editNote) { this.editNote = editNote; }
}
