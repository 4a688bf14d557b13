package it.milano.levacivica.portal.domain.privacy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the retention job reads, erases and pseudonymises, and the row that makes it run once per cluster. Every
 * method works in the caller's transaction.
 */
public interface RetentionRepository {

    /**
     * Takes the job's row lock for the caller's transaction, unless another instance holds it.
     *
     * @param job the job's name
     * @return the day the job last ran (empty inside when never), or empty when another instance holds the lock
     */
    Optional<Optional<LocalDate>> lock(String job);

    /** Records a finished run on the job's row (locked by {@link #lock}). */
    void finished(String job, LocalDate on, LocalDateTime startedAtUtc, LocalDateTime finishedAtUtc, String instance, String summary);

    /** @return how many sign-in failures before {@code utc} were deleted */
    int deleteLoginFailuresBefore(LocalDateTime utc);

    /**
     * @param closedBefore closed on a day before this
     * @return closed cases not pseudonymised yet, with what holds them
     */
    List<CaseDue> closedCasesDue(LocalDate closedBefore);

    /**
     * Irreversibly pseudonymises a case's personal data, keeping what statistics count (Municipio, level, target
     * group, phases and their dates, outcome, the number of household members, placements' units and dates):
     * members' names become "Persona n", birth dates and relations go, with their history of corrections; the
     * summary, the notes of phases, monitoring, the plan's and the pact's texts, accompaniment notes and the texts
     * of tasks about the case or its placements are erased.
     */
    void pseudonymiseCase(long caseId, LocalDate today);

    /**
     * @param endedBefore the year's end (exclusive) is on or before this day
     * @return finished service years whose texts are still there
     */
    List<Long> finishedYearsDue(LocalDate endedBefore);

    /**
     * Erases a service year's texts: notes of hours, check-ins' summaries and remarks, tasks' titles, descriptions
     * and outcomes (except tasks about a case under a legal hold), reasons of timesheet transitions. Minutes,
     * categories, dates and statuses stay (the register and the certificate need them).
     */
    void eraseYearTexts(long serviceYearId, LocalDate today);

    /**
     * A closed case past its period.
     *
     * @param courtOrder a second-level case, under an order of the judicial authority: a legal hold
     * @param restricted restricted by its social worker (art. 18): kept too
     */
    record CaseDue(long id, String code, LocalDate closedOn, boolean courtOrder, boolean restricted) {
        /** @return whether a hold keeps it */
        public boolean held() {
            return courtOrder || restricted;
        }
    }
}
