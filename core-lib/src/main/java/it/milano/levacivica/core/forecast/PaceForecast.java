package it.milano.levacivica.core.forecast;

import it.milano.levacivica.core.rules.RuleSet;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.ServiceYear;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a volunteer is on pace to meet the targets by the last day of service, and what it takes.
 *
 * <p>The steady pace spreads the total target evenly over the <em>service days</em> of the year: the
 * days of the rule set's working week ({@link RuleSet#serviceDays()}, Monday to Saturday in the shipped
 * rule sets), minus every day of leave or sickness recorded (planned leave included). A week of pace is
 * a working week: {@link RuleSet#serviceDaysPerWeek()} service days. The seed's "30 h a week" and
 * "135 h a month" describe a week or month <em>in service</em>; over a whole Leva Civica year with 20
 * days of leave the steady pace of 1400 h is about 28.7 h a week ({@link #steadyWeekly()}).
 * {@code docs/rules.md} shows the arithmetic. Immutable and thread-safe.
 */
public final class PaceForecast {

    private final LocalDate asOf;
    private final Duration expected;
    private final Duration actual;
    private final Pace pace;
    private final int serviceDaysTotal;
    private final int serviceDaysElapsed;
    private final Duration requiredWeekly;
    private final boolean feasible;
    private final boolean withinGuidance;
    private final Duration steadyWeekly;
    private final LocalDate projectedCompletion;

    private PaceForecast(LocalDate asOf, Duration expected, Duration actual, Pace pace, int total, int elapsed,
            Duration requiredWeekly, boolean feasible, boolean withinGuidance, Duration steadyWeekly,
            LocalDate projectedCompletion) {
        this.asOf = asOf;
        this.expected = expected;
        this.actual = actual;
        this.pace = pace;
        this.serviceDaysTotal = total;
        this.serviceDaysElapsed = elapsed;
        this.requiredWeekly = requiredWeekly;
        this.feasible = feasible;
        this.withinGuidance = withinGuidance;
        this.steadyWeekly = steadyWeekly;
        this.projectedCompletion = projectedCompletion;
    }

    /**
     * The forecast of a year on a day.
     *
     * @param record the year's record, not null
     * @param asOf the last day counted (inclusive), not null
     * @return the forecast on that day
     * @throws NullPointerException if {@code record} or {@code asOf} is null
     */
    public static PaceForecast of(ServiceRecord record, LocalDate asOf) {
        return of(record, Progress.of(record, asOf));
    }

    /**
     * The forecast on the day of a progress already computed, which saves counting the hours again.
     *
     * @param record the year's record, not null
     * @param progress the progress already computed for the same record, not null (the progress of
     *     another record gives a forecast of mixed figures)
     * @return the forecast on the progress's day
     * @throws NullPointerException if {@code record} or {@code progress} is null
     */
    public static PaceForecast of(ServiceRecord record, Progress progress) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(progress, "progress");
        LocalDate asOf = progress.asOf();
        ServiceYear year = record.serviceYear();
        RuleSet rules = year.ruleSet();
        int total = record.serviceDays(year.start(), year.end());
        int elapsed = record.serviceDays(year.start(), asOf.plusDays(1));
        int left = total - elapsed;
        int perWeek = rules.serviceDaysPerWeek();
        long targetMin = progress.target().toMinutes();
        long actualMin = progress.counted().toMinutes();
        long expectedMin = total == 0 ? targetMin : targetMin * elapsed / total;
        long tolerance = rules.paceTolerance().toMinutes();
        Pace pace = actualMin > expectedMin + tolerance ? Pace.AHEAD
                : actualMin < expectedMin - tolerance ? Pace.BEHIND : Pace.ON_TRACK;
        long remaining = targetMin - actualMin;
        Duration required;
        boolean feasible;
        if (remaining <= 0) {
            required = Duration.ZERO;
            feasible = true;
        } else if (left == 0) {
            required = Duration.ofMinutes(remaining);
            feasible = false;
        } else {
            required = Duration.ofMinutes(ceilDiv(remaining * perWeek, left));
            feasible = remaining <= (long) left * rules.dailyMax().toMinutes()
                    && required.toMinutes() <= rules.daysPerWeekMax() * rules.dailyMax().toMinutes();
        }
        boolean withinGuidance = required.compareTo(rules.weeklyMax()) <= 0;
        Duration steady = Duration.ofMinutes(total == 0 ? 0 : targetMin * perWeek / total);
        LocalDate completion = null;
        if (remaining <= 0) {
            completion = asOf;
        } else if (actualMin > 0 && elapsed > 0) {
            long daysNeeded = ceilDiv(remaining * elapsed, actualMin);
            completion = record.nthServiceDayAfter(asOf, (int) Math.min(Integer.MAX_VALUE, daysNeeded));
        }
        return new PaceForecast(asOf, Duration.ofMinutes(expectedMin), Duration.ofMinutes(actualMin), pace, total,
                elapsed, required, feasible, withinGuidance, steady, completion);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** @return the day of the forecast */
    public LocalDate asOf() { return asOf; }

    /** @return hours expected by the end of {@link #asOf()} at the steady pace */
    public Duration expected() { return expected; }

    /** @return hours that count towards the targets by the end of {@link #asOf()} */
    public Duration actual() { return actual; }

    /** @return {@code actual - expected}: positive when ahead */
    public Duration difference() { return actual.minus(expected); }

    /** @return ahead, on track or behind, within the rule set's tolerance */
    public Pace pace() { return pace; }

    /** @return service days of the year (days of the rule set's working week) that are not absences */
    public int serviceDaysTotal() { return serviceDaysTotal; }

    /** @return such days up to and including {@link #asOf()} */
    public int serviceDaysElapsed() { return serviceDaysElapsed; }

    /** @return such days after {@link #asOf()} */
    public int serviceDaysLeft() { return serviceDaysTotal - serviceDaysElapsed; }

    /** @return hours per working week (the rule set's service days) needed from tomorrow to meet every target on the last day */
    public Duration requiredWeekly() { return requiredWeekly; }

    /** @return whether {@link #requiredWeekly()} fits the hard daily and weekly limits */
    public boolean isFeasible() { return feasible; }

    /** @return whether {@link #requiredWeekly()} is within the weekly guidance band */
    public boolean isWithinGuidance() { return withinGuidance; }

    /** @return the weekly hours of a steady pace over the whole year, leave removed */
    public Duration steadyWeekly() { return steadyWeekly; }

    /**
     * @return the day the targets will be met at the pace kept so far (may be after the year's end),
     *     or empty when nothing has been done yet
     */
    public Optional<LocalDate> projectedCompletion() { return Optional.ofNullable(projectedCompletion); }

    /**
     * Compares every figure of the forecast: day, expected and actual hours, pace, service days,
     * required and steady weekly hours, feasibility, guidance and projected completion.
     *
     * @param o the object to compare with, may be null
     * @return whether {@code o} is a forecast with the same figures
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof PaceForecast other
                && asOf.equals(other.asOf)
                && expected.equals(other.expected)
                && actual.equals(other.actual)
                && pace == other.pace
                && serviceDaysTotal == other.serviceDaysTotal
                && serviceDaysElapsed == other.serviceDaysElapsed
                && requiredWeekly.equals(other.requiredWeekly)
                && feasible == other.feasible
                && withinGuidance == other.withinGuidance
                && steadyWeekly.equals(other.steadyWeekly)
                && Objects.equals(projectedCompletion, other.projectedCompletion);
    }

    /**
     * A hash code of every figure, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(asOf, expected, actual, pace, serviceDaysTotal, serviceDaysElapsed, requiredWeekly,
                feasible, withinGuidance, steadyWeekly, projectedCompletion);
    }

    /**
     * Every figure of the forecast, e.g. {@code PaceForecast[asOf=2026-05-31, pace=ON_TRACK, expected=PT..,
     * actual=PT.., serviceDaysElapsed=.., serviceDaysTotal=.., requiredWeekly=PT28H, feasible=true,
     * withinGuidance=true, steadyWeekly=PT28H42M, projectedCompletion=2027-02-20]}; the completion is
     * {@code null} when nothing has been done yet.
     *
     * @return the text of the forecast
     */
    @Override
    public String toString() {
        return "PaceForecast[asOf=" + asOf + ", pace=" + pace + ", expected=" + expected + ", actual=" + actual
                + ", serviceDaysElapsed=" + serviceDaysElapsed + ", serviceDaysTotal=" + serviceDaysTotal
                + ", requiredWeekly=" + requiredWeekly + ", feasible=" + feasible + ", withinGuidance=" + withinGuidance
                + ", steadyWeekly=" + steadyWeekly + ", projectedCompletion=" + projectedCompletion + "]";
    }
}
