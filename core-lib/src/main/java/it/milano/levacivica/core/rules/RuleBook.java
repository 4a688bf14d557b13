package it.milano.levacivica.core.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The one definition of every rule: each {@link RuleId} is decided here, by one method, from the
 * figures of its window (an entry, a day, a week, a month, the year) and the rule set. Nothing else
 * in core-lib compares an amount with a limit.
 *
 * <p>The callers only gather figures: {@link ServiceRecord} for the day, week and month of a new entry
 * ({@code validate}, {@code validateReplacement}), for every window of a year ({@code review}), for an
 * absence ({@code validateAbsence}), for a check-in ({@code validateCheckIn}) and for a planned week
 * ({@code validatePlannedWeek}, which {@code ScheduleCheck} uses). A window is named by the value that
 * leads a violation's values: {@code date} (a {@link LocalDate}) or {@code day} (a {@link DayOfWeek} of
 * a planned week) for a day, {@code week} (a {@link Week}; none for a planned week) for a week,
 * {@code month} for a month.
 */
final class RuleBook {

    private final RuleSet rules;

    RuleBook(RuleSet rules) {
        this.rules = rules;
    }

    // ------------------------------------------------------------------ an entry, an absence, a check-in

    /** {@link RuleId#DATE_OUTSIDE_SERVICE_YEAR}: the day must be in {@code [start, end)}. @return whether it is */
    boolean withinYear(ServiceYear year, LocalDate date, List<Violation> out) {
        if (year.contains(date)) {
            return true;
        }
        out.add(Violation.of(RuleId.DATE_OUTSIDE_SERVICE_YEAR, Severity.ERROR, Field.DATE,
                "date", date, "start", year.start(), "last", year.lastDay()));
        return false;
    }

    /**
     * {@link RuleId#DATE_IN_FUTURE}: what is recorded must have begun by now. A whole day begins at its
     * midnight, so today's hours are fine and tomorrow's are not; a check-in begins at its time.
     *
     * @param date the day
     * @param time the time of a check-in, or null for a whole day
     * @param now the clock's present time
     */
    void notInFuture(LocalDate date, LocalTime time, LocalDateTime now, List<Violation> out) {
        if (time == null) {
            if (date.isAfter(now.toLocalDate())) {
                out.add(Violation.of(RuleId.DATE_IN_FUTURE, Severity.ERROR, Field.DATE, "date", date, "today", now.toLocalDate()));
            }
        } else if (date.atTime(time).isAfter(now)) {
            out.add(Violation.of(RuleId.DATE_IN_FUTURE, Severity.ERROR, Field.DATE, "time", date.atTime(time), "now", now));
        }
    }

    /**
     * {@link RuleId#DURATION_NOT_POSITIVE} and {@link RuleId#DURATION_GRANULARITY}: more than zero, in
     * whole steps of the rule set.
     *
     * @param day the day of a planned week, or null for an entry or a check-in
     */
    void duration(DayOfWeek day, Duration d, List<Violation> out) {
        if (d.isNegative() || d.isZero()) {
            out.add(day == null
                    ? Violation.of(RuleId.DURATION_NOT_POSITIVE, Severity.ERROR, Field.DURATION, "duration", d)
                    : Violation.of(RuleId.DURATION_NOT_POSITIVE, Severity.ERROR, Field.DURATION, "day", day, "duration", d));
        } else if (!onStep(d)) {
            out.add(day == null
                    ? Violation.of(RuleId.DURATION_GRANULARITY, Severity.ERROR, Field.DURATION, "duration", d,
                            "step", rules.granularity())
                    : Violation.of(RuleId.DURATION_GRANULARITY, Severity.ERROR, Field.DURATION, "day", day, "duration", d,
                            "step", rules.granularity()));
        }
    }

    /**
     * An entry longer than this (about 69 days) can only be a typing error: it is refused as off the
     * step, like a duration with seconds, and kept out of the record's totals.
     */
    static final long LONGEST_ENTRY_MINUTES = 100_000;

    /** Whether a positive duration is whole minutes in steps of the rule set (and not absurdly long). */
    boolean onStep(Duration d) {
        return d.toSecondsPart() == 0 && d.toNanosPart() == 0 && d.toMinutes() <= LONGEST_ENTRY_MINUTES
                && d.toMinutes() % rules.granularityMinutes() == 0;
    }

    /** {@link RuleId#ACTIVITY_TYPE_REQUIRED}: service hours name one of the five activities. */
    void activity(Category category, ActivityType activity, List<Violation> out) {
        if (category == Category.SERVICE && activity == null) {
            out.add(Violation.of(RuleId.ACTIVITY_TYPE_REQUIRED, Severity.ERROR, Field.ACTIVITY_TYPE));
        }
    }

    // ------------------------------------------------------------------ a day

    /** {@link RuleId#HOURS_ON_ABSENCE_DAY}: a day with hours has no absence. Called when a day has both. */
    void hoursOnAbsenceDay(LocalDate date, AbsenceType absence, List<Violation> out) {
        out.add(Violation.of(RuleId.HOURS_ON_ABSENCE_DAY, Severity.ERROR, Field.DATE, "date", date, "absence", absence));
    }

    /** {@link RuleId#ABSENCE_DUPLICATE}: one absence a day. Called when a day would have two. */
    void absenceDuplicate(LocalDate date, AbsenceType existing, List<Violation> out) {
        out.add(Violation.of(RuleId.ABSENCE_DUPLICATE, Severity.ERROR, Field.DATE, "date", date, "absence", existing));
    }

    /**
     * {@link RuleId#HOURS_PER_DAY_MAX}: the hours of all categories of one day.
     *
     * @param day the {@link LocalDate} of a record's day, or the {@link DayOfWeek} of a planned week
     * @param minutes the day's total
     */
    void hoursPerDay(Object day, long minutes, List<Violation> out) {
        if (minutes > rules.dailyMaxMinutes()) {
            out.add(Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION,
                    day instanceof DayOfWeek ? "day" : "date", day, "total", Duration.ofMinutes(minutes), "limit", rules.dailyMax()));
        }
    }

    // ------------------------------------------------------------------ a week (null: the planned week)

    /** {@link RuleId#DAYS_PER_WEEK_MAX}: days with hours in one week, Monday to Sunday. */
    void daysPerWeekMax(Week week, int days, List<Violation> out) {
        if (days > rules.daysPerWeekMax()) {
            out.add(week == null
                    ? Violation.of(RuleId.DAYS_PER_WEEK_MAX, Severity.ERROR, Field.PERIOD, "days", days, "limit", rules.daysPerWeekMax())
                    : Violation.of(RuleId.DAYS_PER_WEEK_MAX, Severity.ERROR, Field.DATE, "week", week, "days", days,
                            "limit", rules.daysPerWeekMax()));
        }
    }

    /** {@link RuleId#WEEKLY_HOURS_ABOVE_GUIDANCE}: a week's hours above the band. */
    void weeklyAbove(Week week, long minutes, List<Violation> out) {
        if (minutes > rules.weeklyMaxMinutes()) {
            out.add(period(RuleId.WEEKLY_HOURS_ABOVE_GUIDANCE, "week", week, minutes, rules.weeklyMaxMinutes()));
        }
    }

    /**
     * {@link RuleId#WEEKLY_HOURS_BELOW_GUIDANCE}, for a finished week in service: the band's lower edge
     * scaled by the service days not absent, out of the service days of a week.
     *
     * @param available the week's service days (within the year) without an absence
     */
    void weeklyBelow(Week week, long minutes, int available, List<Violation> out) {
        long min = (long) rules.weeklyMinMinutes() * available / rules.serviceDaysPerWeek();
        if (minutes < min) {
            out.add(period(RuleId.WEEKLY_HOURS_BELOW_GUIDANCE, "week", week, minutes, min));
        }
    }

    /**
     * {@link RuleId#DAYS_PER_WEEK_MIN}, for a finished week in service: the guidance less the days of
     * absence, and never more than the service days left.
     *
     * @param absent the week's service days with an absence
     * @param available the week's service days (within the year) without an absence
     */
    void daysPerWeekMin(Week week, int days, int absent, int available, List<Violation> out) {
        int min = Math.max(0, Math.min(rules.daysPerWeekMin() - absent, available));
        if (days < min) {
            out.add(week == null
                    ? Violation.of(RuleId.DAYS_PER_WEEK_MIN, Severity.WARNING, Field.PERIOD, "days", days, "limit", min)
                    : Violation.of(RuleId.DAYS_PER_WEEK_MIN, Severity.WARNING, Field.PERIOD, "week", week, "days", days, "limit", min));
        }
    }

    /**
     * {@link RuleId#WEEK_WITHOUT_CHECK_IN}, for a finished week in service: a confirmed check-in, unless
     * every service day of the week was an absence.
     */
    void weekCheckIn(Week week, int available, boolean checkedIn, List<Violation> out) {
        if (rules.weeklyCheckInRequired() && available > 0 && !checkedIn) {
            out.add(Violation.of(RuleId.WEEK_WITHOUT_CHECK_IN, Severity.WARNING, Field.PERIOD, "week", week));
        }
    }

    // ------------------------------------------------------------------ a month

    /** {@link RuleId#MONTHLY_HOURS_ABOVE_GUIDANCE}: a month's hours above the band. */
    void monthlyAbove(YearMonth month, long minutes, List<Violation> out) {
        if (minutes > rules.monthlyMaxMinutes()) {
            out.add(period(RuleId.MONTHLY_HOURS_ABOVE_GUIDANCE, "month", month, minutes, rules.monthlyMaxMinutes()));
        }
    }

    /**
     * {@link RuleId#MONTHLY_HOURS_BELOW_GUIDANCE}, for a finished month in service: the band's lower edge
     * scaled by the service days not absent, out of the service days of the whole calendar month.
     *
     * @param available the month's service days (within the year) without an absence
     * @param serviceDaysOfMonth the service days of the whole calendar month
     */
    void monthlyBelow(YearMonth month, long minutes, int available, int serviceDaysOfMonth, List<Violation> out) {
        long min = (long) rules.monthlyMinMinutes() * available / serviceDaysOfMonth;
        if (minutes < min) {
            out.add(period(RuleId.MONTHLY_HOURS_BELOW_GUIDANCE, "month", month, minutes, min));
        }
    }

    // ------------------------------------------------------------------ the year

    /** {@link RuleId#CATEGORY_TARGET_EXCEEDED}: a category's hours over its target, with the rule set's severity. */
    void categoryTarget(Category category, long minutes, List<Violation> out) {
        int target = rules.targetMinutes(category);
        if (minutes > target) {
            out.add(Violation.of(RuleId.CATEGORY_TARGET_EXCEEDED, rules.categoryOverTarget(), Field.CATEGORY,
                    "category", category, "total", Duration.ofMinutes(minutes), "target", rules.target(category)));
        }
    }

    /**
     * {@link RuleId#LEAVE_ALLOWANCE_EXCEEDED} (refused) and {@link RuleId#SICKNESS_ALLOWANCE_EXCEEDED}
     * (a warning: illness cannot be refused).
     *
     * @param used the days counted against the allowance
     */
    void allowance(AbsenceType type, int used, List<Violation> out) {
        if (type == AbsenceType.LEAVE && used > rules.leaveAllowanceDays()) {
            out.add(Violation.of(RuleId.LEAVE_ALLOWANCE_EXCEEDED, Severity.ERROR, Field.DATE,
                    "used", used, "allowance", rules.leaveAllowanceDays()));
        } else if (type == AbsenceType.SICKNESS && used > rules.sicknessAllowanceDays()) {
            out.add(Violation.of(RuleId.SICKNESS_ALLOWANCE_EXCEEDED, Severity.WARNING, Field.DATE,
                    "used", used, "allowance", rules.sicknessAllowanceDays()));
        }
    }

    /** Whether a day of absence counts against its allowance: sickness every day, leave on service days. */
    boolean countsAgainstAllowance(AbsenceType type, int isoDayOfWeek) {
        return type == AbsenceType.SICKNESS || rules.isServiceDay(isoDayOfWeek);
    }

    /** A guidance band's warning about a week or month, or (subject null) about the planned week. */
    private static Violation period(RuleId rule, String name, Object subject, long minutes, long limit) {
        return subject == null
                ? Violation.of(rule, Severity.WARNING, Field.PERIOD, "total", Duration.ofMinutes(minutes), "limit", Duration.ofMinutes(limit))
                : Violation.of(rule, Severity.WARNING, Field.PERIOD, name, subject, "total", Duration.ofMinutes(minutes),
                        "limit", Duration.ofMinutes(limit));
    }
}
