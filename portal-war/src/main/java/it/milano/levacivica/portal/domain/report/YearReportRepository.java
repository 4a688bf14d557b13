package it.milano.levacivica.portal.domain.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of a calendar year {@code [from, to)}, each aggregated in the database: a few rows per project,
 * never one per entry. Statuses and names of lists are returned as stored (their enum names); the application
 * decides what they mean (which statuses are "in service" is the certificate's rule).
 */
public interface YearReportRepository {

    /**
     * Service years of one project and status that overlap the year.
     *
     * @param projectId the project
     * @param status the years' status (ServiceYearStatus name)
     * @param overlapping how many overlap the year
     * @param started how many started in it
     * @param shareOfYears the sum over these years of the part of their period inside {@code [from, until)}, as a
     *        fraction of the whole period (0 to 1 each): a year's targets times this are its targets pro rata
     * @param volunteerWeeks the number of whole weeks (Monday to Sunday) of these years whose Monday is in the year,
     *        inside the year's period and already over by {@code today}
     */
    record Years(long projectId, String status, long overlapping, long started, double shareOfYears, long volunteerWeeks) {
    }

    /** Minutes of one project's entries dated in the year, per category and activity ({@code activityType} null when none). */
    record Minutes(long projectId, String category, String activityType, long minutes) {
    }

    /**
     * Confirmed check-ins (both sides) in the whole weeks counted by {@link Years#volunteerWeeks}, of one project and status.
     *
     * @param checkIns how many
     * @param weeksOneToFour volunteer-weeks with 1 to 4
     * @param weeksFiveOrMore volunteer-weeks with 5 or more
     */
    record CheckInWeeks(long projectId, String status, long checkIns, long weeksOneToFour, long weeksFiveOrMore) {
    }

    /** Tasks given in the year (by their creation) to one project's volunteers, per activity and status. */
    record Tasks(long projectId, String activityType, String status, long count) {
    }

    /** How cases and placements that volunteers' tasks of the year concerned are grouped. */
    enum Grouping {
        /** the case's Municipio, or the housing unit's */
        MUNICIPIO,
        /** the case's current phase */
        PHASE,
        /** the housing unit's type */
        HOUSING_TYPE,
        /** the project of the volunteer's service year */
        PROJECT
    }

    /**
     * @param from the year's first day
     * @param to the next year's first day
     * @param until the end of what is counted towards targets: {@code to}, or the day after today for the current year
     * @param today weeks count once over (their Sunday before today)
     * @return per project and status
     */
    List<Years> years(LocalDate from, LocalDate to, LocalDate until, LocalDate today);

    /** @return per project, category and activity */
    List<Minutes> minutes(LocalDate from, LocalDate to);

    /** @return per project and status, counted in the weeks of {@link #years} */
    List<CheckInWeeks> checkInWeeks(LocalDate from, LocalDate to, LocalDate today);

    /** @return per project, activity and status */
    List<Tasks> tasks(LocalDate from, LocalDate to);

    /**
     * Withdrawn service years by the calendar year of their last entry (of their start when they have none): the
     * portal keeps no day of withdrawal, the status changes without one.
     *
     * @return per project id
     */
    Map<Long, Long> withdrawn(LocalDate from, LocalDate to);

    /**
     * Distinct cases that volunteers' tasks given in the year concerned (directly, or through one of its placements).
     *
     * @param by MUNICIPIO, PHASE or PROJECT; null for the total under the key {@code ""}
     * @return counts by the grouping's value (a Municipio's number, a phase's name, a project's id)
     */
    Map<String, Long> cases(LocalDate from, LocalDate to, Grouping by);

    /**
     * Distinct placements that volunteers' tasks given in the year concerned.
     *
     * @param by MUNICIPIO (the unit's), HOUSING_TYPE or PROJECT; null for the total under the key {@code ""}
     * @return counts by the grouping's value
     */
    Map<String, Long> placements(LocalDate from, LocalDate to, Grouping by);

    /** @return the year of the first service year's start, or empty when there is none */
    java.util.OptionalInt firstYear();

    /**
     * A year's report as it was made and kept (V48).
     *
     * @param year the calendar year
     * @param madeAt when the make read the data
     * @param asOf the day its figures run to
     * @param millis how long the make took
     * @param report the report, serialized
     */
    record Kept(int year, java.time.Instant madeAt, LocalDate asOf, long millis, byte[] report) {
    }

    /** @return the year's report as last made, or empty when it never was (or the year is out of range) */
    java.util.Optional<Kept> kept(int year);

    /**
     * Locks the year's kept report for this transaction, to make it again, unless another transaction holds it.
     *
     * @return false when another transaction (of this instance or another) is making it
     */
    boolean lockForMaking(int year);

    /** Replaces the year's kept report (after {@link #lockForMaking}). */
    void keep(Kept report);
}
