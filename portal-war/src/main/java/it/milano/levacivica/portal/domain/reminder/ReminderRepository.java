package it.milano.levacivica.portal.domain.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reminders, their delivery and the settings of each person. The candidate queries find what is due on a
 * day; {@link #make} records a reminder once (the database's unique key decides); deliveries are then read
 * and marked one by one. Times are UTC.
 */
public interface ReminderRepository {

    /** A reminder to make: who, what, about which subject (id or code) and which period, and where to look. */
    record Due(long personId, ReminderKind kind, String subjectRef, String period, String subjectCode, String detail, String link) {
    }

    /** A reminder to deliver or show. */
    record Delivery(long id, long personId, String username, String email, ReminderKind kind, String subjectRef, String period,
            String subjectCode, String detail, String link, String status, int attempts, String lastError, LocalDateTime createdAt,
            LocalDateTime sentAt) {
    }

    /** A person's choices: the language of the mails and the kinds they turned off. */
    record Setting(String language, Set<ReminderKind> optedOut) {
        public static final Setting DEFAULT = new Setting("it", Set.of());
    }

    /** A service year in service on a day, with its tutor and the rule set's id. */
    record ActiveYear(long id, long volunteerId, long tutorId, LocalDate start, LocalDate end) {
    }

    /** @return the setting of a person (the default if they never chose) */
    Setting setting(long personId);

    /** Saves a person's setting. */
    void saveSetting(long personId, Setting setting);

    /**
     * Records a reminder unless the same (person, kind, subject, period) exists.
     *
     * @return whether it was new
     */
    boolean make(Due due, LocalDateTime now);

    /** @return reminders PENDING or FAILED whose next attempt is due, with fewer than {@code maxAttempts} attempts */
    List<Delivery> toDeliver(LocalDateTime now, int maxAttempts, int max);

    /** Marks a delivery sent. */
    void sent(long id, LocalDateTime now);

    /** Marks a delivery failed: the attempt counted, retried from {@code retryAt}. */
    void failed(long id, String error, LocalDateTime retryAt);

    /** Marks a delivery skipped (the person opted out, or has no address). */
    void skipped(long id, String why);

    /** @return the latest reminders, newest first, for the administrator */
    List<Delivery> latest(int max);

    /** @return counts by status */
    java.util.Map<String, Long> countsByStatus();

    // ------------------------------------------------------------------ candidates

    /** @return the ACTIVE years started on or before {@code day} that end on or after {@code endsFrom} */
    List<ActiveYear> activeYears(LocalDate day, LocalDate endsFrom);

    /** @return the years among {@code ids} whose month has no SUBMITTED or APPROVED timesheet */
    List<Long> withoutSubmittedMonth(List<Long> yearIds, YearMonth month);

    /** @return the years among {@code ids} with a check-in confirmed by both in {@code [from, to)} */
    Set<Long> withConfirmedCheckIn(List<Long> yearIds, LocalDate from, LocalDate toExclusive);

    /** A month waiting for approval: the timesheet, its year's tutor, its month and since when. */
    record Waiting(long timesheetId, long serviceYearId, long tutorId, String month, LocalDateTime submittedAt) {
    }

    /** @return SUBMITTED months whose latest submission is before {@code before} */
    List<Waiting> waitingSince(LocalDateTime before);

    /** An open task past its due day, about a case or a placement, and who gave it. */
    record LateTask(long taskId, long creatorId, String caseCode, LocalDate due) {
    }

    /** @return open tasks with a case or a placement, due before {@code day} */
    List<LateTask> lateCaseTasks(LocalDate day);

    /** A placement or a pact step that needs the case's social worker. */
    record PlacementAlert(long id, long responsibleId, String caseCode, LocalDate date) {
    }

    /** @return placements not ended whose first start is on or before {@code firstStartBy} (16 months before the day) */
    List<PlacementAlert> placementsStartedBy(LocalDate firstStartBy, LocalDate day);

    /** @return pact steps not checked, due before {@code day}, of placements not ended */
    List<PlacementAlert> overduePactSteps(LocalDate day);

    /** @return enabled people holding {@code role} */
    List<Long> peopleWithRole(String role);

    /** The weekly digest's counts. */
    record Digest(long activeYears, long monthsWaiting, long lateTasks, long overdueSteps) {
    }

    /** @return the counts of the digest on a day */
    Digest digest(LocalDate day);

    // ------------------------------------------------------------------ the job's lease

    /**
     * Locks the job's row ({@code SELECT ... FOR UPDATE}) and takes its lease if it is free or expired.
     *
     * @return whether this instance holds the lease until {@code until}
     */
    boolean lease(String job, String owner, LocalDateTime now, LocalDateTime until);

    /** Frees the lease and records how the run ended. */
    void release(String job, String owner, LocalDateTime now, String outcome);

    /** The job's row. */
    record JobState(String leasedBy, LocalDateTime leasedUntil, LocalDateTime lastStarted, LocalDateTime lastFinished, String lastOutcome) {
    }

    /** @return the job's row */
    Optional<JobState> job(String job);
}
