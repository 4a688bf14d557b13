package it.milano.levacivica.core.forecast;

import it.milano.levacivica.core.rules.Absence;
import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.ServiceYear;
import it.milano.levacivica.core.rules.ValidationResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Checks a planned weekly pattern with planned leave: does it respect the rules, and does it reach
 * the targets by the last day of service, by how many hours short or over.
 *
 * <p>The pattern is of total hours; training and certificate hours are planned inside it, so the
 * targets are reached when the projected total reaches the total target. The rules are those of
 * {@link ServiceRecord#validatePlannedWeek(java.util.Map)}: the same code that checks a recorded day and
 * week, with the planned days named by their {@link java.time.DayOfWeek}. Immutable and thread-safe.
 */
public final class ScheduleCheck {

    private final ValidationResult rules;
    private final Duration projected;
    private final Duration target;

    private ScheduleCheck(ValidationResult rules, Duration projected, Duration target) {
        this.rules = rules;
        this.projected = projected;
        this.target = target;
    }

    /**
     * Checks a plan for a whole year that has not started.
     *
     * @param year the service year, not null
     * @param pattern the planned week, not null
     * @param plannedLeave days of leave, not null, no null element; days outside the year are ignored
     * @return the result
     * @throws NullPointerException if any argument or any day of leave is null
     */
    public static ScheduleCheck of(ServiceYear year, WeeklyPattern pattern, Collection<LocalDate> plannedLeave) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(plannedLeave, "plannedLeave");
        List<Absence> leave = plannedLeave.stream().map(d -> new Absence(d, AbsenceType.LEAVE)).toList();
        return of(ServiceRecord.of(year, List.of(), leave, List.of()), year.start(), pattern);
    }

    /**
     * Checks a plan from a day on, counting the hours already recorded before it and the absences
     * the record holds (planned leave included).
     *
     * @param record the year so far, not null
     * @param from the first planned day, not null; a day before the start plans from the start
     * @param pattern the planned week from that day, not null
     * @return the result
     * @throws NullPointerException if any argument is null
     */
    public static ScheduleCheck of(ServiceRecord record, LocalDate from, WeeklyPattern pattern) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(pattern, "pattern");
        // the rules of the planned week are core-lib's own, the same code that checks recorded weeks
        ValidationResult rules = record.validatePlannedWeek(pattern.asMap());
        Progress before = Progress.of(record, from.minusDays(1));
        long minutes = before.counted().toMinutes();
        ServiceYear year = record.serviceYear();
        LocalDate day = from.isBefore(year.start()) ? year.start() : from;
        for (; day.isBefore(year.end()); day = day.plusDays(1)) {
            if (record.absenceOn(day).isEmpty()) {
                minutes += pattern.hours(day.getDayOfWeek()).toMinutes();
            }
        }
        return new ScheduleCheck(rules, Duration.ofMinutes(minutes), before.target());
    }

    /** @return the rules the pattern breaks; errors mean the plan is not allowed */
    public ValidationResult violations() { return rules; }

    /** @return whether the pattern breaks no hard rule */
    public boolean respectsRules() { return rules.isAccepted(); }

    /** @return the hours the year would count by its last day if the plan is kept */
    public Duration projected() { return projected; }

    /** @return the total target */
    public Duration target() { return target; }

    /** @return {@code projected - target}: negative when the plan falls short */
    public Duration difference() { return projected.minus(target); }

    /** @return whether the plan reaches the total target by the last day */
    public boolean reachesTargets() { return projected.compareTo(target) >= 0; }

    /**
     * Compares the violations, the projected hours and the target.
     *
     * @param o the object to compare with, may be null
     * @return whether {@code o} is a check with the same violations, projection and target
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ScheduleCheck other && rules.equals(other.rules)
                && projected.equals(other.projected) && target.equals(other.target);
    }

    /**
     * A hash code of the violations, projection and target, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(rules, projected, target);
    }

    /**
     * The projection, the target and the rules the plan breaks, e.g.
     * {@code ScheduleCheck[projected=PT1446H, target=PT1400H, violations=accepted []]}.
     *
     * @return the text of the check
     */
    @Override
    public String toString() {
        return "ScheduleCheck[projected=" + projected + ", target=" + target + ", violations=" + rules + "]";
    }
}
