package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.interfaces.JsonBuilders;
import it.milano.levacivica.core.forecast.CategoryProgress;
import it.milano.levacivica.core.forecast.PaceForecast;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.portal.application.HoursService;
import it.milano.levacivica.portal.application.HoursService.YearStatus;
import it.milano.levacivica.portal.application.TimesheetService;
import it.milano.levacivica.portal.application.TimesheetService.MonthSummary;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The volunteer's dashboard: my service year, progress per category and in total, the pace forecast,
 * cumulative hours against the steady line, leave and sickness used, and the months with their status.
 * Everything comes from core-lib through {@link HoursService}: a fixed handful of queries.
 */
@Named
@ViewScoped
public class MyServiceYear implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A category's progress for the page, in minutes (the page writes them as hours). */
    public record Bar(Category category, long doneMinutes, long targetMinutes, int percent, boolean complete) implements Serializable {
    }

    /** What the page shows of the year. */
    public record Summary(long id, String projectName, String seatAddress, String tutorName, LocalDate startDate,
            LocalDate lastDay, String status) implements Serializable {
    }

    /** The forecast for the page. */
    public record Forecast(String pace, double expectedHours, double actualHours, double requiredWeeklyHours, boolean feasible,
            boolean withinGuidance, double steadyWeeklyHours, LocalDate projectedCompletion, int serviceDaysElapsed,
            int serviceDaysTotal) implements Serializable {
    }

    @Inject
    private HoursService hours;
    @Inject
    private TimesheetService timesheets;
    @Inject
    private Clock clock;

    private Summary year;
    private List<Bar> bars = List.of();
    private Bar total;
    private Forecast forecast;
    private int leaveUsed;
    private int leaveAllowance;
    private int sicknessUsed;
    private int sicknessAllowance;
    private List<MonthSummary> months = List.of();
    private String chart;

    @PostConstruct
    void load() {
        YearStatus s = hours.myStatus().orElse(null);
        if (s == null) {
            return;
        }
        ServiceYear y = s.year();
        year = new Summary(y.getId(), y.getProject().getName(), y.getProject().getSeatAddress(), y.getTutor().getFullName(),
                y.getStartDate(), y.getLastDay(), y.getStatus().name());
        bars = s.progress().categories().stream().map(MyServiceYear::bar).toList();
        total = new Bar(null, s.progress().counted().toMinutes(), s.progress().target().toMinutes(), (int) Math.floor(s.progress().percent()),
                s.progress().isComplete());
        PaceForecast f = s.forecast();
        forecast = new Forecast(f.pace().name(), hours(f.expected().toMinutes()), hours(f.actual().toMinutes()),
                hours(f.requiredWeekly().toMinutes()), f.isFeasible(), f.isWithinGuidance(), hours(f.steadyWeekly().toMinutes()),
                f.projectedCompletion().orElse(null), f.serviceDaysElapsed(), f.serviceDaysTotal());
        leaveUsed = s.leaveUsed();
        leaveAllowance = s.leaveAllowance();
        sicknessUsed = s.sicknessUsed();
        sicknessAllowance = s.sicknessAllowance();
        months = timesheets.months(s.year(), s.record());
        chart = chart(s.record(), y);
    }

    /** Reads the year's figures again (after hours were saved on the same page). */
    public void reload() {
        load();
    }

    private static Bar bar(CategoryProgress p) {
        return new Bar(p.category(), p.done().toMinutes(), p.target().toMinutes(), (int) Math.floor(p.percent()), p.isComplete());
    }

    private static double hours(long minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }

    /** Chart.js configuration: cumulative hours each Sunday against the steady line, up to today. */
    private String chart(ServiceRecord record, ServiceYear y) {
        LocalDate today = LocalDate.now(clock);
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        java.time.format.DateTimeFormatter label = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        JsonArrayBuilder labels = JsonBuilders.array();
        JsonArrayBuilder actual = JsonBuilders.array();
        JsonArrayBuilder expected = JsonBuilders.array();
        LocalDate sunday = y.getStartDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (LocalDate d = sunday; !d.isAfter(y.getLastDay().plusDays(6)); d = d.plusWeeks(1)) {
            LocalDate point = d.isAfter(y.getLastDay()) ? y.getLastDay() : d;
            labels.add(point.format(label));
            expected.add(hours(PaceForecast.of(record, point).expected().toMinutes()));
            if (!point.isAfter(today)) {
                long m = 0;
                for (Category c : Category.values()) {
                    m += Math.min(record.hours(c, point).toMinutes(), record.ruleSet().target(c).toMinutes());
                }
                actual.add(hours(m));
            }
            if (point.equals(y.getLastDay())) {
                break;
            }
        }
        return JsonBuilders.object()
                .add("type", "line")
                .add("data", JsonBuilders.object()
                        .add("labels", labels)
                        .add("datasets", JsonBuilders.array()
                                .add(JsonBuilders.object().add("label", FacesFeedback.text("dashboard.chart.actual"))
                                        .add("data", actual).add("borderColor", "#0b5394").add("backgroundColor", "#0b5394")
                                        .add("pointRadius", 0).add("fill", false))
                                .add(JsonBuilders.object().add("label", FacesFeedback.text("dashboard.chart.expected"))
                                        .add("data", expected).add("borderColor", "#9aa5b1").add("borderDash", JsonBuilders.array().add(6).add(4))
                                        .add("pointRadius", 0).add("fill", false))))
                .add("options", JsonBuilders.object()
                        .add("animation", false)
                        .add("locale", "en".equals(locale.getLanguage()) ? "en-GB" : "it-IT")
                        .add("maintainAspectRatio", false)
                        .add("scales", JsonBuilders.object()
                                .add("x", JsonBuilders.object().add("ticks", JsonBuilders.object().add("maxTicksLimit", 6).add("maxRotation", 0)))
                                .add("y", JsonBuilders.object().add("beginAtZero", true)
                                        .add("title", JsonBuilders.object().add("display", true).add("text", FacesFeedback.text("dashboard.chart.axis"))))))
                .build().toString();
    }

    public Summary getYear() { return year; }
    public List<Bar> getBars() { return bars; }
    public Bar getTotal() { return total; }
    public Forecast getForecast() { return forecast; }
    public int getLeaveUsed() { return leaveUsed; }
    public int getLeaveAllowance() { return leaveAllowance; }
    public int getSicknessUsed() { return sicknessUsed; }
    public int getSicknessAllowance() { return sicknessAllowance; }
    public List<MonthSummary> getMonths() { return months; }
    public String getChart() { return chart; }
}
