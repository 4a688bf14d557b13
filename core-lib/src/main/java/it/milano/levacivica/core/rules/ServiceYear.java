package it.milano.levacivica.core.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One volunteer's service year: a start date and the rule set that governs it.
 *
 * <p>The service year is the half-open range {@code [start, end)} where {@code end} is
 * {@code start} plus the rule set's duration in months: a year started on 1 March 2026 ends on
 * (excludes) 1 March 2027. Immutable and thread-safe.
 */
public final class ServiceYear {

    private final LocalDate start;
    private final LocalDate end;
    private final RuleSet ruleSet;

    private ServiceYear(LocalDate start, RuleSet ruleSet) {
        this.start = start;
        this.ruleSet = ruleSet;
        this.end = start.plusMonths(ruleSet.durationMonths());
    }

    /**
     * The service year that starts on a day under a rule set.
     *
     * @param start the first day of service, not null
     * @param ruleSet the programme's rules, not null; its duration in months sets the end
     * @return the service year
     * @throws NullPointerException if {@code start} or {@code ruleSet} is null
     * @throws java.time.DateTimeException if the end would be after {@link LocalDate#MAX}
     */
    public static ServiceYear of(LocalDate start, RuleSet ruleSet) {
        return new ServiceYear(Objects.requireNonNull(start, "start"), Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /** @return the first day of service (inclusive) */
    public LocalDate start() { return start; }

    /** @return the day after the last day of service (exclusive) */
    public LocalDate end() { return end; }

    /** @return the last day of service (inclusive), one day before {@link #end()} */
    public LocalDate lastDay() { return end.minusDays(1); }

    /** @return the rules of this year */
    public RuleSet ruleSet() { return ruleSet; }

    /** @return the number of calendar days in the year */
    public int lengthInDays() { return (int) ChronoUnit.DAYS.between(start, end); }

    /**
     * Whether a day belongs to the year.
     *
     * @param date a day, not null
     * @return whether the day is within {@code [start, end)}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && date.isBefore(end);
    }

    /**
     * Compares the start and the rule set (every parameter of it, see {@link RuleSet#equals(Object)}).
     *
     * @param o the object to compare with, may be null
     * @return whether {@code o} is a service year with the same start and an equal rule set
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceYear other && start.equals(other.start) && ruleSet.equals(other.ruleSet);
    }

    /**
     * A hash code of the start and the rule set, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(start, ruleSet);
    }

    /**
     * The half-open range and the rule set, e.g. {@code ServiceYear[2026-03-02, 2027-03-02) leva-civica-milano@2026.1}.
     *
     * @return the text of the year
     */
    @Override
    public String toString() {
        return "ServiceYear[" + start + ", " + end + ") " + ruleSet;
    }
}
