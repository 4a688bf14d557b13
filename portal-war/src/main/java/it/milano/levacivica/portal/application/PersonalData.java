package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.portal.domain.checkin.MeetingMode;
import it.milano.levacivica.portal.domain.checkin.TaskStatus;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import it.milano.levacivica.portal.domain.rst.BeneficiaryCategory;
import it.milano.levacivica.portal.domain.rst.HousingType;
import it.milano.levacivica.portal.domain.rst.Pact;
import it.milano.levacivica.portal.domain.sspt.AccessChannel;
import it.milano.levacivica.portal.domain.sspt.CaseLevel;
import it.milano.levacivica.portal.domain.sspt.CaseOutcome;
import it.milano.levacivica.portal.domain.sspt.CasePhase;
import it.milano.levacivica.portal.domain.sspt.TargetGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A person's copy of their data (GDPR art. 15, and art. 20 in a machine-readable form): plain records of plain values,
 * answered as JSON and laid out as a PDF. A value that is not there is null; a list that is empty is empty.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /**
     * Everything the portal holds about a person with an account (a volunteer): the account, their service years with
     * hours, absences, check-ins, tasks, and the audit records about them.
     *
     * @param producedAt when the copy was made
     * @param producedBy who made it (the person themselves)
     */
    public record AccountHolderCopy(Instant producedAt, String producedBy, AccountCopy account, List<YearCopy> serviceYears,
            List<AuditCopy> audit) {
    }

    /** The account; never its password's hash or its security stamp. */
    public record AccountCopy(long id, String username, String fullName, String email, List<String> roles, Integer municipio,
            Instant createdAt, boolean enabled) {
    }

    /** A service year; {@code textsErasedOn}: the day the retention job erased its texts, or null. */
    public record YearCopy(long id, String project, String seat, String tutor, LocalDate startDate, LocalDate endDate,
            ServiceYearStatus status, LocalDate textsErasedOn, List<EntryCopy> entries, List<AbsenceCopy> absences,
            List<CheckInCopy> checkIns, List<TaskCopy> tasks) {
    }

    /** Hours logged. */
    public record EntryCopy(LocalDate date, Category category, int minutes, ActivityType activityType, String note) {
    }

    /** A day of leave or sickness. */
    public record AbsenceCopy(LocalDate date, AbsenceType type) {
    }

    /** A meeting with the tutor, at a local time (Rome). */
    public record CheckInCopy(LocalDateTime heldAt, MeetingMode mode, int minutes, String summary, String recordedBy, boolean confirmed,
            String volunteerRemark) {
    }

    /** A task given; {@code caseCode}: the pseudonymous code of the case it concerns, or null. */
    public record TaskCopy(String title, String description, ActivityType activityType, LocalDate dueDate, TaskStatus status, String outcome,
            String caseCode) {
    }

    /** An audit record: who read, changed or exported what, when (UTC). */
    public record AuditCopy(long seq, Instant at, String actor, String action, String recordType, Long recordId, String detail) {
    }

    /**
     * Everything the portal holds about a member of a case: their own data and its corrections, the case (with the
     * household's size, never the other members), the placements of this member, and the audit records about
     * the case, its placements and this member.
     *
     * @param producedBy the social worker who made it
     */
    public record CaseMemberCopy(Instant producedAt, String producedBy, MemberCopy member, CaseCopy ssptCase, List<PlacementCopy> placements,
            List<AuditCopy> audit) {
    }

    /** The member's data and every correction of it. */
    public record MemberCopy(long id, String fullName, LocalDate birthDate, String relation, List<CorrectionCopy> corrections) {
    }

    /** The values before a correction, who corrected them, when (UTC) and why. */
    public record CorrectionCopy(Instant changedAt, String changedBy, String oldFullName, LocalDate oldBirthDate, String oldRelation,
            String reason) {
    }

    /** The case the member belongs to. */
    public record CaseCopy(String code, int municipio, CaseLevel level, String courtAuthority, String courtOrderRef, LocalDate courtOrderDate,
            AccessChannel accessChannel, TargetGroup targetGroup, CasePhase phase, CaseOutcome outcome, LocalDate openedOn, LocalDate closedOn,
            String summary, String responsible, int householdSize, boolean restricted, List<PhaseCopy> phases, List<GoalCopy> plan,
            List<InterventionCopy> interventions, List<MonitoringCopy> monitoring) {
    }

    /** A move of the case to a phase, at a local time (Rome). */
    public record PhaseCopy(CasePhase phase, LocalDateTime at, String by, String note) {
    }

    /** A goal of the plan. */
    public record GoalCopy(String goal, String actions, String responsible, LocalDate deadline, LocalDate agreedOn) {
    }

    /** An intervention with a network partner. */
    public record InterventionCopy(String type, String partner, LocalDate startDate, LocalDate endDate, LocalDate nextCheck) {
    }

    /** A monitoring note. */
    public record MonitoringCopy(LocalDate checkedOn, String note, String author) {
    }

    /** A placement of the member in RST housing, with its Social Pact and accompaniment. */
    public record PlacementCopy(String unit, HousingType housingType, String managingOrg, BeneficiaryCategory category, LocalDate firstStart,
            LocalDate startDate, LocalDate plannedEnd, LocalDate endedOn, List<PactGoalCopy> pactGoals, List<PactStepCopy> pactSteps,
            List<AccompanimentCopy> accompaniment) {
    }

    /** A goal of the Social Pact. */
    public record PactGoalCopy(Pact.Area area, String goal) {
    }

    /** A verification step of the Social Pact. */
    public record PactStepCopy(LocalDate dueDate, String description, LocalDate checkedOn, String outcome) {
    }

    /** Accompaniment given. */
    public record AccompanimentCopy(Pact.AccompanimentKind kind, LocalDate doneOn, String note) {
    }
}
