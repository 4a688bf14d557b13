package it.milano.levacivica.core.forecast;

import it.milano.levacivica.core.rules.Category;
import java.time.Duration;
import java.util.Objects;

/**
 * Hours of one category against its target.
 *
 * @param category the category
 * @param done all hours recorded in it, including any beyond the target
 * @param target the rule set's target
 * @param counted the hours that count towards the target: {@code min(done, target)}
 * @param remaining the hours still to do: {@code target - counted}
 * @param over the hours beyond the target, never counted elsewhere: {@code done - counted}
 */
public record CategoryProgress(Category category, Duration done, Duration target, Duration counted,
        Duration remaining, Duration over) {

    /**
     * Checks for nulls; the figures are taken as given (use {@link Progress#of(Category)} for computed ones).
     *
     * @param category the category, not null
     * @param done all hours recorded in it, not null
     * @param target the rule set's target, not null
     * @param counted the hours that count towards the target, not null
     * @param remaining the hours still to do, not null
     * @param over the hours beyond the target, not null
     * @throws NullPointerException if any component is null
     */
    public CategoryProgress {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(done, "done");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(over, "over");
    }

    static CategoryProgress of(Category category, Duration done, Duration target) {
        Duration counted = done.compareTo(target) < 0 ? done : target;
        return new CategoryProgress(category, done, target, counted, target.minus(counted), done.minus(counted));
    }

    /** @return whether the target is met */
    public boolean isComplete() {
        return remaining.isZero();
    }

    /** @return counted hours as a percentage of the target, 0 to 100 (100 when the target is zero) */
    public double percent() {
        return target.isZero() ? 100.0 : counted.toMinutes() * 100.0 / target.toMinutes();
    }
}
