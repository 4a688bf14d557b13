package it.milano.levacivica.core.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * A calendar week as its dates: Monday to Sunday, the window of the weekly rules (days a week, the
 * weekly band, the weekly check-in). A week is named by its dates, never by an ISO week label such as
 * {@code 2026-W43}, so that a person reads "the week of 20–26 October" and a program compares dates.
 *
 * <p>As a span of days the week is the half-open range {@code [monday(), end())}. Immutable and
 * thread-safe; compares by its Monday.
 */
public final class Week implements Comparable<Week>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate monday;

    private Week(LocalDate monday) {
        this.monday = monday;
    }

    /**
     * The week that contains a day.
     *
     * @param day any day of the week, not null
     * @return the week from the Monday on or before {@code day} to the Sunday after it
     * @throws NullPointerException if {@code day} is null
     * @throws java.time.DateTimeException if that Monday or Sunday is outside the range of {@link LocalDate}
     */
    public static Week of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
        monday.plusDays(6); // the Sunday must exist too
        return new Week(monday);
    }

    /** @return the first day of the week, a Monday */
    public LocalDate monday() { return monday; }

    /** @return the last day of the week (inclusive), a Sunday */
    public LocalDate sunday() { return monday.plusDays(6); }

    /** @return the day after the Sunday: the exclusive end of the week as a half-open range */
    public LocalDate end() { return monday.plusDays(7); }

    /**
     * One day of the week.
     *
     * @param day a day of the week, not null
     * @return its date in this week
     * @throws NullPointerException if {@code day} is null
     */
    public LocalDate day(DayOfWeek day) {
        return monday.plusDays(Objects.requireNonNull(day, "day").getValue() - 1L);
    }

    /**
     * Whether a day falls in the week.
     *
     * @param date a day, not null
     * @return whether {@code date} is from this week's Monday to its Sunday
     * @throws NullPointerException if {@code date} is null
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(monday) && date.isBefore(end());
    }

    /** @return the week after this one */
    public Week next() { return new Week(monday.plusDays(7)); }

    /**
     * The week after this one as {@link #of} gives it, which also checks, at the end of time, that its
     * Sunday exists; {@link #next()} does not.
     *
     * @return the week after this one
     * @throws java.time.DateTimeException if its Monday or Sunday is outside the range of {@link LocalDate}
     */
    Week following() {
        LocalDate next = monday.plusDays(7);
        return next.getYear() < Year.MAX_VALUE ? new Week(next) : of(next);
    }

    /** @return the week before this one */
    public Week previous() { return new Week(monday.minusDays(7)); }

    /**
     * Orders weeks by their Monday.
     *
     * @param other another week, not null
     * @return negative, zero or positive as this week is before, the same as or after {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    @Override
    public int compareTo(Week other) {
        return monday.compareTo(Objects.requireNonNull(other, "other").monday);
    }

    /**
     * Compares the Monday.
     *
     * @param o the object to compare with, may be null
     * @return whether {@code o} is the same week
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Week w && monday.equals(w.monday);
    }

    /**
     * A hash code of the Monday, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return monday.hashCode();
    }

    /**
     * The Monday and the Sunday as an ISO 8601 interval of dates, e.g. {@code 2026-10-19/2026-10-25}.
     *
     * @return the text of the week
     */
    @Override
    public String toString() {
        return monday + "/" + sunday();
    }
}
