package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.core.forecast.CategoryProgress;
import it.milano.levacivica.core.forecast.Pace;
import it.milano.levacivica.core.forecast.PaceForecast;
import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.Violation;
import it.milano.levacivica.portal.application.HoursService.YearStatus;
import it.milano.levacivica.portal.application.TimesheetService.MonthDetail;
import it.milano.levacivica.portal.application.TimesheetService.MonthSummary;
import it.milano.levacivica.portal.domain.timesheet.AbsenceDay;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.domain.timesheet.Timesheet;
import it.milano.levacivica.portal.domain.timesheet.TimesheetStatus;
import it.milano.levacivica.portal.domain.timesheet.TimesheetTransition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the hours and timesheet API returns. Durations are whole minutes. */
public final class HourViews {

    private HourViews() {
    }

    /** An entry of hours. */
    public record EntryView(long id, long serviceYearId, LocalDate date, Category category, int minutes, ActivityType activityType,
            String note, Long taskId, Long checkInId, long version) {
        static EntryView of(TimeEntry e) {
            return new EntryView(e.getId(), e.getServiceYear().getId(), e.getDate(), e.getCategory(), e.getMinutes(),
                    e.getActivityType(), e.getNote(),
                    e.getTask() == null ? null : e.getTask().getId(), e.getCheckIn() == null ? null : e.getCheckIn().getId(), e.getVersion());
        }
    }

    /** A warning of core-lib that did not refuse the change; its values typed as in {@link Problem#values(Violation)}. */
    public record WarningView(String rule, String field, String message, Map<String, Object> values) {
        static List<WarningView> of(List<Violation> warnings, Locale locale) {
            return warnings.stream().map(v -> new WarningView(v.rule().name(), v.field().name(), v.message(locale), Problem.values(v)))
                    .toList();
        }
    }

    /** A saved entry and its warnings. */
    public record SavedEntryView(EntryView entry, List<WarningView> warnings) {
    }

    /** A day of absence. */
    public record AbsenceView(long id, LocalDate date, AbsenceType type, long version) {
        static AbsenceView of(AbsenceDay a) {
            return new AbsenceView(a.getId(), a.getDate(), a.getType(), a.getVersion());
        }
    }

    /** A saved absence and its warnings. */
    public record SavedAbsenceView(AbsenceView absence, List<WarningView> warnings) {
    }

    /** One category's progress. */
    public record CategoryView(Category category, long doneMinutes, long targetMinutes, long countedMinutes, long remainingMinutes,
            double percent, boolean complete) {
        static CategoryView of(CategoryProgress p) {
            return new CategoryView(p.category(), p.done().toMinutes(), p.target().toMinutes(), p.counted().toMinutes(),
                    p.remaining().toMinutes(), round(p.percent()), p.isComplete());
        }
    }

    /** The pace forecast. */
    public record ForecastView(LocalDate asOf, long expectedMinutes, long actualMinutes, Pace pace, long requiredWeeklyMinutes,
            boolean feasible, boolean withinGuidance, long steadyWeeklyMinutes, int serviceDaysElapsed, int serviceDaysLeft,
            LocalDate projectedCompletion) {
        static ForecastView of(PaceForecast f) {
            return new ForecastView(f.asOf(), f.expected().toMinutes(), f.actual().toMinutes(), f.pace(),
                    f.requiredWeekly().toMinutes(), f.isFeasible(), f.isWithinGuidance(), f.steadyWeekly().toMinutes(),
                    f.serviceDaysElapsed(), f.serviceDaysLeft(), f.projectedCompletion().orElse(null));
        }
    }

    /** Days used against an allowance. */
    public record AllowanceView(int used, int allowance) {
    }

    /** Progress, forecast and absences of a year. */
    public record StatusView(long serviceYearId, LocalDate asOf, List<CategoryView> categories, long countedMinutes,
            long targetMinutes, double percent, boolean complete, ForecastView forecast, AllowanceView leave, AllowanceView sickness) {
        static StatusView of(YearStatus s) {
            return new StatusView(s.year().getId(), s.progress().asOf(), s.progress().categories().stream().map(CategoryView::of).toList(),
                    s.progress().counted().toMinutes(), s.progress().target().toMinutes(), round(s.progress().percent()),
                    s.progress().isComplete(), ForecastView.of(s.forecast()), new AllowanceView(s.leaveUsed(), s.leaveAllowance()),
                    new AllowanceView(s.sicknessUsed(), s.sicknessAllowance()));
        }
    }

    /** A month in the list of a year. */
    public record MonthView(String month, TimesheetStatus status, long version, Map<Category, Integer> minutes, int totalMinutes) {
        static MonthView of(MonthSummary m) {
            return new MonthView(m.month().toString(), m.status(), m.version(), complete(m.minutes()), m.totalMinutes());
        }
    }

    /** A change of a timesheet's status. */
    public record TransitionView(TimesheetStatus from, TimesheetStatus to, String actor, LocalDateTime at, String reason) {
        static TransitionView of(TimesheetTransition t) {
            return new TransitionView(t.getFromStatus(), t.getToStatus(), t.getActor().getFullName(),
                    t.getOccurredAt(), t.getReason());
        }
    }

    /** One month in full. */
    public record MonthDetailView(long serviceYearId, String month, TimesheetStatus status, long version, List<EntryView> entries,
            List<AbsenceView> absences, Map<Category, Integer> monthMinutes, Map<Category, Integer> yearToDateMinutes,
            List<TransitionView> transitions, List<WarningView> warnings) {
        static MonthDetailView of(MonthDetail d, Locale locale) {
            return new MonthDetailView(d.year().getId(), d.month().toString(), d.status(), d.version(),
                    d.entries().stream().map(EntryView::of).toList(), d.absences().stream().map(AbsenceView::of).toList(),
                    complete(d.monthMinutes()), complete(d.yearToDateMinutes()),
                    d.transitions().stream().map(TransitionView::of).toList(), WarningView.of(d.warnings(), locale));
        }
    }

    /** A timesheet after a transition. */
    public record TimesheetView(long serviceYearId, String month, TimesheetStatus status, long version) {
        static TimesheetView of(Timesheet t) {
            return new TimesheetView(t.getServiceYear().getId(), t.getMonth().toString(), t.getStatus(), t.getVersion());
        }
    }

    private static Map<Category, Integer> complete(Map<Category, Integer> m) {
        Map<Category, Integer> out = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            out.put(c, m.getOrDefault(c, 0));
        }
        return out;
    }

    private static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }
}
