package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.Violation;
import it.milano.levacivica.portal.application.HoursService;
import it.milano.levacivica.portal.application.HoursService.AbsenceCommand;
import it.milano.levacivica.portal.application.HoursService.WeekCell;
import it.milano.levacivica.portal.application.PortalException;
import it.milano.levacivica.portal.application.RuleViolationException;
import it.milano.levacivica.portal.application.ServiceYearService;
import it.milano.levacivica.portal.application.TimesheetService;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.timesheet.AbsenceDay;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.domain.timesheet.TimesheetStatus;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import jakarta.annotation.PostConstruct;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The volunteer's week grid: one row per day, Monday to Sunday, with the three categories' hours and the
 * service activity; save the week at once. Locked days (month submitted, future, outside the year) show
 * their hours as text, out of the tab order. Every violation of core-lib shows under the cell it
 * concerns; warnings do not block. "Copy last week" fills the grid with last week's hours (not saved
 * until Save).
 */
@Named
@ViewScoped
public class WeekGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the grid: a category and its seven cells (hours as decimals, e.g. 2.5). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Category category;
        private final BigDecimal[] hours = new BigDecimal[7];

        Row(Category category) {
            this.category = category;
        }

        public Category getCategory() { return category; }
        public BigDecimal[] getHours() { return hours; }
    }

    @Inject
    private ServiceYearService years;
    @Inject
    private HoursService hoursService;
    @Inject
    private TimesheetService timesheets;
    @Inject
    private Clock clock;

    private Long serviceYearId;
    private LocalDate yearStart;
    private LocalDate yearLast;
    private LocalDate monday;
    private String week;
    private final List<Row> rows = new ArrayList<>();
    private ActivityType[] activities = new ActivityType[7];
    private String[] absences = new String[7];
    private boolean[] locked = new boolean[7];
    private LocalDate absenceDate;
    private AbsenceType absenceType = AbsenceType.LEAVE;
    private List<AbsenceDay> yearAbsences = List.of();

    @PostConstruct
    void init() {
        List<ServiceYear> mine = years.mine();
        if (mine.isEmpty()) {
            return;
        }
        ServiceYear y = mine.get(0);
        serviceYearId = y.getId();
        yearStart = y.getStartDate();
        yearLast = y.getLastDay();
        LocalDate today = LocalDate.now(clock);
        monday = (today.isAfter(yearLast) ? yearLast : today).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (Category c : Category.values()) {
            rows.add(new Row(c));
        }
        load();
    }

    /** Reads the week's hours, activities, absences and locked days. */
    void load() {
        for (Row r : rows) {
            java.util.Arrays.fill(r.hours, null);
        }
        activities = new ActivityType[7];
        absences = new String[7];
        locked = new boolean[7];
        fill(monday, true);
        yearAbsences = hoursService.absences(serviceYearId);
        for (AbsenceDay a : yearAbsences) {
            int i = index(a.getDate());
            if (i >= 0) {
                absences[i] = a.getType().name();
            }
        }
        Map<YearMonth, TimesheetStatus> statuses = new HashMap<>();
        timesheets.months(serviceYearId).forEach(m -> statuses.put(m.month(), m.status()));
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            locked[i] = d.isBefore(yearStart) || d.isAfter(yearLast) || d.isAfter(LocalDate.now(clock))
                    || !statuses.getOrDefault(YearMonth.from(d), TimesheetStatus.OPEN).isOpen();
        }
        week = monday.toString();
    }

    /** Puts the hours of the week starting on {@code from} into the grid (for this week or as a copy). */
    private void fill(LocalDate from, boolean activitiesToo) {
        List<TimeEntry> entries = hoursService.entries(serviceYearId, from, from.plusDays(7));
        Map<Category, Row> byCategory = new HashMap<>();
        rows.forEach(r -> byCategory.put(r.category, r));
        for (TimeEntry e : entries) {
            int i = (int) (e.getDate().toEpochDay() - from.toEpochDay());
            Row r = byCategory.get(e.getCategory());
            BigDecimal h = BigDecimal.valueOf(e.getMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            r.hours[i] = r.hours[i] == null ? h : r.hours[i].add(h);
            if (e.getCategory() == Category.SERVICE && (activitiesToo || activities[i] == null)) {
                activities[i] = e.getActivityType();
            }
        }
    }

    private int index(LocalDate d) {
        long i = d.toEpochDay() - monday.toEpochDay();
        return i < 0 || i > 6 ? -1 : (int) i;
    }

    public void previousWeek() {
        monday = monday.minusWeeks(1);
        load();
    }

    public void nextWeek() {
        monday = monday.plusWeeks(1);
        load();
    }

    /** Fills the open days of this week with last week's hours and activities; nothing is saved yet. */
    public void copyLastWeek() {
        for (Row r : rows) {
            for (int i = 0; i < 7; i++) {
                if (!locked[i]) {
                    r.hours[i] = null;
                }
            }
        }
        BigDecimal[][] keep = new BigDecimal[rows.size()][7];
        for (int k = 0; k < rows.size(); k++) {
            keep[k] = rows.get(k).hours.clone();
            java.util.Arrays.fill(rows.get(k).hours, null);
        }
        ActivityType[] keepActivities = activities.clone();
        activities = new ActivityType[7];
        fill(monday.minusWeeks(1), true);
        for (int k = 0; k < rows.size(); k++) {
            for (int i = 0; i < 7; i++) {
                if (locked[i] || absences[i] != null) {
                    rows.get(k).hours[i] = keep[k][i];
                }
            }
        }
        for (int i = 0; i < 7; i++) {
            if (locked[i] || absences[i] != null) {
                activities[i] = keepActivities[i];
            }
        }
        info("week.copied");
    }

    /** Saves the whole week at once; all or nothing. */
    public void save() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Locale locale = fc.getViewRoot().getLocale();
        List<WeekCell> cells = new ArrayList<>();
        boolean bad = false;
        for (Row r : rows) {
            for (int i = 0; i < 7; i++) {
                if (locked[i]) {
                    continue;
                }
                BigDecimal h = r.hours[i];
                int minutes = h == null ? 0 : h.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
                if (h != null && h.multiply(BigDecimal.valueOf(60)).stripTrailingZeros().scale() > 0) {
                    error(cellId(r.category, i), PortalMessages.get(locale, "validation.hours"));
                    bad = true;
                }
                cells.add(new WeekCell(monday.plusDays(i), r.category, minutes, activities[i]));
            }
        }
        if (bad) {
            fc.validationFailed();
            return;
        }
        try {
            List<Violation> warnings = hoursService.saveWeek(serviceYearId, cells);
            info("week.saved");
            for (Violation w : warnings) {
                fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, w.message(locale), null));
            }
            load();
        } catch (RuleViolationException e) {
            fc.validationFailed();
            for (int k = 0; k < e.violations().size(); k++) {
                Violation v = e.violations().get(k);
                RuleViolationException.Cell cell = e.cells().isEmpty() ? null : e.cells().get(k);
                String id = null;
                if (cell != null) {
                    int i = index(cell.date());
                    id = v.field() == it.milano.levacivica.core.rules.Field.ACTIVITY_TYPE ? "weekForm:activity_" + i : cellId(cell.category(), i);
                }
                FacesMessage.Severity sev = v.isError() ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_WARN;
                fc.addMessage(id, new FacesMessage(sev, v.message(locale), v.message(locale)));
                if (v.isError()) {
                    markInvalid(id);
                }
            }
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PortalMessages.message(e, locale), null));
        } catch (PortalException e) {
            fc.validationFailed();
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PortalMessages.message(e, locale), null));
        }
    }

    /** Records the absence typed below the grid. */
    public void addAbsence() {
        if (FacesFeedback.run("absenceForm", () -> hoursService.addAbsence(serviceYearId,
                new AbsenceCommand(absenceDate, absenceType)), "absence.saved")) {
            absenceDate = null;
            load();
        }
    }

    /** @param id an absence to remove */
    public void deleteAbsence(long id) {
        if (FacesFeedback.run(null, () -> hoursService.deleteAbsence(id), "absence.deleted")) {
            load();
        }
    }

    private static String cellId(Category c, int day) {
        return "weekForm:cell_" + c.name() + "_" + day;
    }

    private void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        markInvalid(clientId);
    }

    /** Marks the field in error, so it is rendered with {@code aria-invalid="true"} next to its message. */
    private static void markInvalid(String clientId) {
        if (clientId == null) {
            return;
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc.getViewRoot().findComponent(clientId) instanceof jakarta.faces.component.UIInput input) {
            input.setValid(false);
        }
    }

    private void info(String key) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, PortalMessages.get(fc.getViewRoot().getLocale(), key), null));
    }

    /** @return the seven days of the week */
    public List<LocalDate> getDays() {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(monday.plusDays(i));
        }
        return days;
    }

    /** @param i a day of the week, 0 for Monday @return whether it has no hours, activity or absence */
    public boolean emptyDay(int i) {
        return activities[i] == null && absences[i] == null && rows.stream().allMatch(r -> r.hours[i] == null);
    }

    /** @return the week's total in hours */
    public BigDecimal getTotal() {
        BigDecimal t = BigDecimal.ZERO;
        for (Row r : rows) {
            for (BigDecimal h : r.hours) {
                if (h != null) {
                    t = t.add(h);
                }
            }
        }
        return t;
    }

    public ActivityType[] getActivityTypes() { return ActivityType.values(); }
    public boolean isHasYear() { return serviceYearId != null; }
    public Long getServiceYearId() { return serviceYearId; }
    public LocalDate getMonday() { return monday; }
    public String getWeek() { return week; }
    public List<Row> getRows() { return rows; }
    public ActivityType[] getActivities() { return activities; }
    public String[] getAbsences() { return absences; }
    public boolean[] getLocked() { return locked; }
    public List<AbsenceDay> getYearAbsences() { return yearAbsences; }
    public LocalDate getAbsenceDate() { return absenceDate; }
    public void setAbsenceDate(LocalDate absenceDate) { this.absenceDate = absenceDate; }
    public AbsenceType getAbsenceType() { return absenceType; }
    public void setAbsenceType(AbsenceType absenceType) { this.absenceType = absenceType; }
}
