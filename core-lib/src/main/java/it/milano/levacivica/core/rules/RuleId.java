package it.milano.levacivica.core.rules;

/**
 * The stable identifier of every rule. The names never change once released: applications may
 * store them, match on them and map them to their own texts. {@code docs/rules.md} lists each rule
 * with its parameter, severity, source and the typed values of its {@link Violation}s.
 *
 * <p>Each rule is decided by one piece of code over one window (an entry, a day, a calendar week from
 * Monday to Sunday, a calendar month, the year), whichever check asks: a new entry, a changed entry,
 * the review of a year, a check-in or a planned week.
 */
public enum RuleId {
    /** The date is before the start or on/after the end of the service year. */
    DATE_OUTSIDE_SERVICE_YEAR,
    /** Hours or sickness on a date after today, or a check-in held after now. */
    DATE_IN_FUTURE,
    /** A duration of zero or less. */
    DURATION_NOT_POSITIVE,
    /** A duration that is not a whole multiple of the rule set's entry granularity. */
    DURATION_GRANULARITY,
    /** More hours in one day than the rule set's daily maximum. */
    HOURS_PER_DAY_MAX,
    /** More days worked in one calendar week (Monday to Sunday) than the rule set's maximum (a 7th day with six allowed). */
    DAYS_PER_WEEK_MAX,
    /** A finished week in service with fewer days worked than the guidance. */
    DAYS_PER_WEEK_MIN,
    /** Hours on a day recorded as leave or sickness, or an absence on a day that already has hours. */
    HOURS_ON_ABSENCE_DAY,
    /** A second absence on the same day. */
    ABSENCE_DUPLICATE,
    /** More days of leave than the rule set allows. */
    LEAVE_ALLOWANCE_EXCEEDED,
    /** More days of sickness than the rule set allows. */
    SICKNESS_ALLOWANCE_EXCEEDED,
    /** Hours in a category beyond its target; never counted towards another category. */
    CATEGORY_TARGET_EXCEEDED,
    /** A service entry without one of the five activity types. */
    ACTIVITY_TYPE_REQUIRED,
    /** A week above the weekly guidance band. */
    WEEKLY_HOURS_ABOVE_GUIDANCE,
    /** A finished week in service below the weekly guidance band. */
    WEEKLY_HOURS_BELOW_GUIDANCE,
    /** A month above the monthly guidance band. */
    MONTHLY_HOURS_ABOVE_GUIDANCE,
    /** A finished month in service below the monthly guidance band. */
    MONTHLY_HOURS_BELOW_GUIDANCE,
    /** A finished week in service without a confirmed tutor check-in. */
    WEEK_WITHOUT_CHECK_IN
}
