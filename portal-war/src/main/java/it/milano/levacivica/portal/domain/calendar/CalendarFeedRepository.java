package it.milano.levacivica.portal.domain.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Feed tokens (by their SHA-256 only) and the dated records a person's feed lists. Every query is bounded by the
 * person: a feed can only ever list what its owner takes part in. Token times are UTC; the records' own times are
 * as stored (Rome). Each list is one query whatever the number of records.
 */
public interface CalendarFeedRepository {

    /** A person's feed that is not revoked: when it was made and last read (UTC). */
    record Feed(long id, long personId, LocalDateTime createdAt, LocalDateTime lastUsedAt) {
    }

    /** @return the person's feed that is not revoked, if any */
    Optional<Feed> active(long personId);

    /** @return the feed whose token has this hash, if it is not revoked */
    Optional<Feed> activeByHash(String tokenHash);

    /** @return whether a feed, revoked or not, ever had a token with this hash */
    boolean known(String tokenHash);

    /** Records a new feed. @return its id */
    long add(long personId, String tokenHash, LocalDateTime now);

    /** Revokes every feed of the person that is not revoked. @return the ids revoked */
    List<Long> revokeAll(long personId, LocalDateTime now);

    /**
     * Records a read of a feed, unless one was recorded after {@code unlessAfter} (calendars poll often).
     *
     * @return whether it was recorded
     */
    boolean markUsed(long feedId, LocalDateTime now, LocalDateTime unlessAfter);

    // ------------------------------------------------------------------ what a feed lists

    /** A check-in: its year, when (Rome), how long, whether both confirmed it. */
    record CheckInRow(long id, long serviceYearId, LocalDateTime heldAt, int minutes, boolean confirmed) {
    }

    /** @return check-ins in {@code [from, to)} of the years whose volunteer is the person */
    List<CheckInRow> checkInsAsVolunteer(long personId, LocalDate from, LocalDate to);

    /** @return check-ins in {@code [from, to)} of the years whose tutor is the person */
    List<CheckInRow> checkInsAsTutor(long personId, LocalDate from, LocalDate to);

    /** A task's due day, status and the pseudonymous code of the case it concerns (or null). */
    record TaskRow(long id, long serviceYearId, LocalDate due, String status, String caseCode) {
    }

    /** @return tasks (not cancelled) due in {@code [from, to)} of the years whose volunteer is the person */
    List<TaskRow> tasksAsVolunteer(long personId, LocalDate from, LocalDate to);

    /**
     * @return tasks (not cancelled) due in {@code [from, to)} about a case, or a placement of a case, whose responsible
     *     or collaborator the person is
     */
    List<TaskRow> caseTasks(long personId, LocalDate from, LocalDate to);

    /** A day of leave of a year. */
    record LeaveRow(long id, long serviceYearId, LocalDate day) {
    }

    /** @return days of leave (type LEAVE only: sickness is health data) in {@code [from, to)} of the person's years */
    List<LeaveRow> leaveDays(long personId, LocalDate from, LocalDate to);

    /** A service year of the person as volunteer. */
    record YearRow(long id, LocalDate start, LocalDate end) {
    }

    /** @return the person's service years as volunteer, but those withdrawn */
    List<YearRow> yearsAsVolunteer(long personId);

    /** A month's timesheet of a year and its status. */
    record MonthRow(long serviceYearId, YearMonth month, String status) {
    }

    /** @return the timesheets of the person's years as volunteer */
    List<MonthRow> monthsAsVolunteer(long personId);

    /** A month submitted to the tutor, waiting: the timesheet, its year, its month, and when it was last submitted. */
    record WaitingRow(long timesheetId, long serviceYearId, YearMonth month, LocalDateTime submittedAt) {
    }

    /** @return SUBMITTED months of the years whose tutor is the person */
    List<WaitingRow> waitingForTutor(long personId);

    /** A placement not ended, with its first start and its case's code. */
    record PlacementRow(long id, LocalDate firstStart, String caseCode) {
    }

    /** @return placements not ended of cases whose responsible or collaborator the person is */
    List<PlacementRow> placements(long personId);

    /** A step of a Social Pact, its due day, whether it was checked, and its case's code. */
    record StepRow(long id, long placementId, LocalDate due, boolean checked, String caseCode) {
    }

    /** @return pact steps due in {@code [from, to)} of placements not ended of the person's cases (as above) */
    List<StepRow> pactSteps(long personId, LocalDate from, LocalDate to);
}
