package it.milano.levacivica.core.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Hours of one category on one day, as a volunteer logs them.
 *
 * <p>The record holds any values, including invalid ones, so that a {@link ServiceRecord} can say what
 * is wrong with them; only nulls (other than the activity type) are refused here.
 *
 * @param date the day the hours were served, not null
 * @param category the category the hours count towards, not null
 * @param duration the time served, not null (zero, negative or off-step values are reported by validation)
 * @param activityType for {@link Category#SERVICE} the kind of activity; may be null for the other
 *     categories (a missing one on a service entry is reported by validation)
 */
public record HourEntry(LocalDate date, Category category, Duration duration, ActivityType activityType) {

    /**
     * Checks for nulls.
     *
     * @param date the day the hours were served, not null
     * @param category the category the hours count towards, not null
     * @param duration the time served, not null
     * @param activityType the kind of activity, may be null
     * @throws NullPointerException if {@code date}, {@code category} or {@code duration} is null
     */
    public HourEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(duration, "duration");
    }

    /**
     * A service entry.
     *
     * @param date the day, not null
     * @param duration the time served, not null
     * @param activityType the kind of activity, not null
     * @return the entry
     * @throws NullPointerException if any argument is null
     */
    public static HourEntry service(LocalDate date, Duration duration, ActivityType activityType) {
        return new HourEntry(date, Category.SERVICE, duration, Objects.requireNonNull(activityType, "activityType"));
    }

    /**
     * An entry of a category with no activity type (training or certificate).
     *
     * @param date the day, not null
     * @param category the category, not null
     * @param duration the time, not null
     * @return the entry
     * @throws NullPointerException if any argument is null
     */
    public static HourEntry of(LocalDate date, Category category, Duration duration) {
        return new HourEntry(date, category, duration, null);
    }
}
