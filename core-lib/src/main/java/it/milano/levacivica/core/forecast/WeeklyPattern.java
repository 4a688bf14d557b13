package it.milano.levacivica.core.forecast;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A planned week: how many hours on which days, e.g. Monday to Friday 6 h. Immutable and thread-safe.
 */
public final class WeeklyPattern {

    private static final WeeklyPattern EMPTY = new WeeklyPattern(new EnumMap<>(DayOfWeek.class));

    private final EnumMap<DayOfWeek, Duration> hours;

    private WeeklyPattern(EnumMap<DayOfWeek, Duration> hours) {
        this.hours = hours;
    }

    /** @return a week with no hours */
    public static WeeklyPattern empty() {
        return EMPTY;
    }

    /**
     * A week of the given hours.
     *
     * @param hoursByDay hours per day, not null, no null key or value, no negative value; days left out
     *     or given zero have none
     * @return the pattern
     * @throws NullPointerException if {@code hoursByDay} or one of its keys or values is null
     * @throws IllegalArgumentException if a value is negative
     */
    public static WeeklyPattern of(Map<DayOfWeek, Duration> hoursByDay) {
        WeeklyPattern p = EMPTY;
        for (Map.Entry<DayOfWeek, Duration> e : Objects.requireNonNull(hoursByDay, "hoursByDay").entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return p;
    }

    /**
     * The same hours on each of the given days.
     *
     * @param perDay hours on each day, not null, not negative
     * @param days the days, not null, no null element; none gives the empty week
     * @return the pattern
     * @throws NullPointerException if {@code perDay}, {@code days} or one of the days is null
     * @throws IllegalArgumentException if {@code perDay} is negative
     */
    public static WeeklyPattern uniform(Duration perDay, DayOfWeek... days) {
        Objects.requireNonNull(perDay, "perDay");
        Objects.requireNonNull(days, "days");
        if (perDay.isNegative()) {
            throw new IllegalArgumentException("hours per day must not be negative: " + perDay);
        }
        WeeklyPattern p = EMPTY;
        for (DayOfWeek d : days) {
            p = p.with(d, perDay);
        }
        return p;
    }

    /**
     * The same week with one day changed.
     *
     * @param day a day of the week, not null
     * @param duration the hours planned that day, not null, not negative (zero removes the day)
     * @return a new pattern with that day set
     * @throws NullPointerException if {@code day} or {@code duration} is null
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public WeeklyPattern with(DayOfWeek day, Duration duration) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("hours on " + day + " must not be negative: " + duration);
        }
        EnumMap<DayOfWeek, Duration> copy = new EnumMap<>(DayOfWeek.class);
        copy.putAll(hours);
        if (duration.isZero()) {
            copy.remove(day);
        } else {
            copy.put(day, duration);
        }
        return new WeeklyPattern(copy);
    }

    /**
     * The hours of one day.
     *
     * @param day a day of the week, not null
     * @return the hours planned that day, zero if none
     * @throws NullPointerException if {@code day} is null
     */
    public Duration hours(DayOfWeek day) {
        return hours.getOrDefault(Objects.requireNonNull(day, "day"), Duration.ZERO);
    }

    /** @return the number of days with hours */
    public int days() {
        return hours.size();
    }

    /** @return the hours of the whole week */
    public Duration total() {
        return hours.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** @return the planned days and their hours, unmodifiable */
    public Map<DayOfWeek, Duration> asMap() {
        return java.util.Collections.unmodifiableMap(hours);
    }

    /**
     * Compares the hours of each day.
     *
     * @param o the object to compare with, may be null
     * @return whether {@code o} is a pattern with the same hours on the same days
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyPattern p && hours.equals(p.hours);
    }

    /**
     * A hash code of the days and hours, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return hours.hashCode();
    }

    /**
     * The days and hours, e.g. {@code WeeklyPattern{MONDAY=PT6H, TUESDAY=PT6H}}.
     *
     * @return the text of the pattern
     */
    @Override
    public String toString() {
        return "WeeklyPattern" + hours;
    }
}
