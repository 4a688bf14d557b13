package it.milano.levacivica.portal.domain.reminder;

import it.milano.levacivica.portal.domain.people.Role;

/**
 * The reminders the portal sends, each to one role. Every kind is on by default; a person may turn any of
 * theirs off ({@code reminder_setting.opted_out}). A reminder names its subject by a code or an id and its
 * period (a month, a week, a day), never by a person's name, and never carries case content.
 */
public enum ReminderKind {
    /** To the volunteer: a finished month not yet submitted, {@code portal.reminders.monthDays} days after its end. */
    MONTH_NOT_SUBMITTED(Role.VOLUNTEER),
    /** To the volunteer: last week had no check-in confirmed by both sides. */
    WEEK_WITHOUT_CHECK_IN(Role.VOLUNTEER),
    /** To the tutor: a month waiting for approval more than {@code portal.reminders.approvalDays} days. */
    TIMESHEET_WAITING(Role.TUTOR),
    /** To the tutor: a volunteer behind the pace (core-lib's PaceForecast), once a week. */
    VOLUNTEER_BEHIND(Role.TUTOR),
    /** To the social worker: a task they gave about a case or placement is past its due date. */
    TASK_PAST_DUE(Role.SOCIAL_WORKER),
    /** To the social worker: a placement of their case has reached 16 months (the stay ends at 18). */
    PLACEMENT_16_MONTHS(Role.SOCIAL_WORKER),
    /** To the social worker: a Social Pact verification step is past its date and not checked. */
    PACT_STEP_OVERDUE(Role.SOCIAL_WORKER),
    /** To the coordinator: the week's counts, on Mondays. */
    WEEKLY_DIGEST(Role.COORDINATOR);

    private final Role role;

    ReminderKind(Role role) {
        this.role = role;
    }

    /** @return the role that receives it */
    public Role role() {
        return role;
    }
}
