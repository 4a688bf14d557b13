package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.Category;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The year's report for the Comune (issue 18 part 4): what the volunteers did in one calendar year, per project and
 * overall. The year is the calendar year of the activity: hours by their date, check-ins by their week, tasks by the
 * day they were given, volunteers by the day they started, finished or last logged hours. Built by
 * {@link YearReportService} from sums made in the database; the page, the API, the PDF and the XLSX show this one
 * object, so their figures agree. Immutable.
 *
 * @param year the calendar year
 * @param from its first day
 * @param to the next year's first day (exclusive)
 * @param asOf the day the report was made: figures of the current year stop there
 * @param minCell the threshold of small cells: counts of cases and placements from 1 to {@code minCell - 1} are suppressed
 * @param projects the projects with anything in the year, by name
 * @param overall the same figures for all projects together (the sums of the projects')
 * @param contributions cases and placements that volunteers' tasks concerned, small cells suppressed
 * @param madeAt when it was made: reports are made ahead of the request and kept ({@link YearReportMaker})
 */
public record YearReport(int year, LocalDate from, LocalDate to, LocalDate asOf, int minCell, List<Figures> projects, Figures overall,
        Contributions contributions, java.time.Instant madeAt) implements java.io.Serializable {

    /** The name of the activity of hours and tasks that name none. */
    public static final String NO_ACTIVITY = "NONE";

    public YearReport {
        projects = List.copyOf(projects);
    }

    /**
     * The figures of one project, or of all ({@code projectId} and {@code projectName} null).
     *
     * @param inService service years in service (active or completed) during part of the year
     * @param started service years that started in the year
     * @param completed service years whose last day is in the year and that are complete by the certificate's rule
     *        (ended, every target met, every month with hours approved, not withdrawn nor suspended)
     * @param withdrawn withdrawn service years whose last hours (or start, without hours) fall in the year
     * @param hours minutes by category logged in the year, with the targets pro rata (see {@link CategoryHours})
     * @param totalMinutes every minute logged in the year
     * @param totalTargetMinutes the three targets pro rata together
     * @param serviceByActivity minutes of service by activity ({@link #NO_ACTIVITY} for none), largest first
     * @param checkIns confirmed check-ins per volunteer per week
     * @param tasksByActivity tasks given in the year by activity, largest first
     * @param tasks tasks given in the year
     * @param tasksDone of those, how many are done
     */
    public record Figures(Long projectId, String projectName, long inService, long started, long completed, long withdrawn,
            List<CategoryHours> hours, long totalMinutes, long totalTargetMinutes, Map<String, Long> serviceByActivity, CheckIns checkIns,
            Map<String, Long> tasksByActivity, long tasks, long tasksDone) implements java.io.Serializable {

        public Figures {
            hours = List.copyOf(hours);
            serviceByActivity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(serviceByActivity));
            tasksByActivity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tasksByActivity));
        }

        /** The figures, with their totals: every minute, the targets pro rata together, every task. */
        public static Figures of(Long projectId, String projectName, long inService, long started, long completed, long withdrawn,
                List<CategoryHours> hours, Map<String, Long> serviceByActivity, CheckIns checkIns, Map<String, Long> tasksByActivity,
                long tasksDone) {
            return new Figures(projectId, projectName, inService, started, completed, withdrawn, hours,
                    hours.stream().mapToLong(CategoryHours::minutes).sum(), hours.stream().mapToLong(CategoryHours::targetMinutes).sum(),
                    serviceByActivity, checkIns, tasksByActivity, tasksByActivity.values().stream().mapToLong(Long::longValue).sum(), tasksDone);
        }
    }

    /**
     * Minutes of one category in the year against its target pro rata: each service year in service contributes
     * core-lib's target of the category times the part of its period that lies in the year up to {@code asOf}.
     *
     * @param category the category
     * @param minutes logged in the year
     * @param targetMinutes the target pro rata, rounded to the minute
     */
    public record CategoryHours(Category category, long minutes, long targetMinutes) implements java.io.Serializable {
        /** @return minutes as a share of the target (1 = met), or null without a target */
        public Double share() {
            return targetMinutes == 0 ? null : (double) minutes / targetMinutes;
        }
    }

    /**
     * Confirmed check-ins (by the volunteer and the tutor) per volunteer per week. A volunteer-week is a whole week,
     * Monday to Sunday, of a service year in service, whose Monday is in the year, inside the service period and
     * already over.
     *
     * @param checkIns confirmed check-ins held in those weeks
     * @param volunteerWeeks the volunteer-weeks
     * @param weeksWithNone volunteer-weeks without a confirmed check-in
     * @param weeksWithOneToFour with 1 to 4
     * @param weeksWithFiveOrMore with 5 or more
     * @param averagePerWeek check-ins per volunteer-week, two decimals; null without a volunteer-week
     */
    public record CheckIns(long checkIns, long volunteerWeeks, long weeksWithNone, long weeksWithOneToFour, long weeksWithFiveOrMore,
            Double averagePerWeek) implements java.io.Serializable {

        /** @return the figures, with the average: check-ins per volunteer per week, null without a volunteer-week */
        public static CheckIns of(long checkIns, long volunteerWeeks, long weeksWithNone, long weeksWithOneToFour, long weeksWithFiveOrMore) {
            return new CheckIns(checkIns, volunteerWeeks, weeksWithNone, weeksWithOneToFour, weeksWithFiveOrMore,
                    volunteerWeeks == 0 ? null : Math.round(checkIns * 100.0 / volunteerWeeks) / 100.0);
        }

        /** @param n how many volunteer-weeks @return their share of all, or null without a volunteer-week */
        public Double share(long n) {
            return volunteerWeeks == 0 ? null : (double) n / volunteerWeeks;
        }
    }

    /**
     * Cases and RST placements that volunteers contributed to: those that a task given to a volunteer in the year
     * concerned (a case directly or through one of its placements). Counts only, each table through {@link SmallCells}.
     *
     * @param cases the distinct cases (suppressed when small)
     * @param casesByMunicipio by the case's Municipio (1 to 9)
     * @param casesByPhase by the case's phase today
     * @param casesByProject by the volunteer's project (id)
     * @param placements the distinct placements (suppressed when small)
     * @param placementsByHousingType by the unit's housing type
     * @param placementsByMunicipio by the unit's Municipio
     * @param placementsByProject by the volunteer's project (id)
     */
    public record Contributions(SmallCells.Count cases, CaseStatistics.CountTable casesByMunicipio, CaseStatistics.CountTable casesByPhase,
            CaseStatistics.CountTable casesByProject, SmallCells.Count placements, CaseStatistics.CountTable placementsByHousingType,
            CaseStatistics.CountTable placementsByMunicipio, CaseStatistics.CountTable placementsByProject) implements java.io.Serializable {
    }
}
