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
     * @param hoursByDay hours per day, not null; days left out have none
     * @return the pattern
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
     * @param perDay hours on each day, not null
     * @param days the days, at least one
     * @return the pattern
     */
    public static WeeklyPattern uniform(Duration perDay, DayOfWeek... days) {
        WeeklyPattern p = EMPTY;
        for (DayOfWeek d : days) {
            p = p.with(d, perDay);
        }
        return p;
    }

    /**
     * @param day a day of the week, not null
     * @param duration the hours planned that day, not null, not negative (zero removes the day)
     * @return a new pattern with that day set
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
     * @param day a day of the week, not null
     * @return the hours planned that day, zero if none
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

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyPattern p && hours.equals(p.hours);
    }

    @Override
    public int hashCode() {
        return hours.hashCode();
    }

    @Override
    public String toString() {
        return "WeeklyPattern" + hours;
    }
}
