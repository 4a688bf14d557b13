package it.milano.levacivica.core.forecast;

import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.ServiceRecord;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a service year stands on a date: per category and in total. The year is complete only when
 * each of the three targets is met, never because the total reaches 1400 h with one category short.
 * Immutable and thread-safe.
 */
public final class Progress {

    private final LocalDate asOf;
    private final Map<Category, CategoryProgress> categories;
    private final Duration done;
    private final Duration counted;
    private final Duration target;

    private Progress(LocalDate asOf, Map<Category, CategoryProgress> categories) {
        this.asOf = asOf;
        this.categories = categories;
        Duration d = Duration.ZERO;
        Duration c = Duration.ZERO;
        Duration t = Duration.ZERO;
        for (CategoryProgress p : categories.values()) {
            d = d.plus(p.done());
            c = c.plus(p.counted());
            t = t.plus(p.target());
        }
        this.done = d;
        this.counted = c;
        this.target = t;
    }

    /**
     * The progress of a year on a day.
     *
     * @param record the year's record, not null
     * @param asOf the last day counted (inclusive), not null; before the start nothing is counted,
     *     after the end everything is
     * @return the progress on that day
     * @throws NullPointerException if {@code record} or {@code asOf} is null
     */
    public static Progress of(ServiceRecord record, LocalDate asOf) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(asOf, "asOf");
        EnumMap<Category, CategoryProgress> map = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            map.put(c, CategoryProgress.of(c, record.hours(c, asOf), record.ruleSet().target(c)));
        }
        return new Progress(asOf, map);
    }

    /**
     * The progress of a year from its hours per category, as a database sums them (the year's report counts
     * thousands of years this way without reading their entries). The same rule as {@link #of(ServiceRecord,
     * LocalDate)}: each category against its target, complete only when every target is met.
     *
     * @param ruleSet the year's rule set, not null (its targets)
     * @param done the hours recorded in each category up to {@code asOf}, not null; a category left out has none
     * @param asOf the last day counted (inclusive), not null
     * @return the progress on that day
     * @throws NullPointerException if an argument or a value of {@code done} is null
     * @throws IllegalArgumentException if an amount of {@code done} is negative
     */
    public static Progress of(it.milano.levacivica.core.rules.RuleSet ruleSet, Map<Category, Duration> done, LocalDate asOf) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(done, "done");
        Objects.requireNonNull(asOf, "asOf");
        EnumMap<Category, CategoryProgress> map = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            Duration d = Objects.requireNonNull(done.getOrDefault(c, Duration.ZERO), "hours of " + c);
            if (d.isNegative()) {
                throw new IllegalArgumentException("negative hours of " + c + ": " + d);
            }
            map.put(c, CategoryProgress.of(c, d, ruleSet.target(c)));
        }
        return new Progress(asOf, map);
    }

    /** @return the day this progress was computed for */
    public LocalDate asOf() { return asOf; }

    /**
     * The progress of one category.
     *
     * @param category a category, not null
     * @return the progress of that category
     * @throws NullPointerException if {@code category} is null
     */
    public CategoryProgress of(Category category) {
        return categories.get(Objects.requireNonNull(category, "category"));
    }

    /** @return the three categories in declaration order */
    public List<CategoryProgress> categories() {
        return List.copyOf(categories.values());
    }

    /** @return all hours recorded, including those beyond a category's target */
    public Duration done() { return done; }

    /** @return the hours that count: each category's hours up to its target */
    public Duration counted() { return counted; }

    /** @return the total target */
    public Duration target() { return target; }

    /** @return the hours still to do */
    public Duration remaining() { return target.minus(counted); }

    /** @return counted hours as a percentage of the total target, 0 to 100 */
    public double percent() {
        return target.isZero() ? 100.0 : counted.toMinutes() * 100.0 / target.toMinutes();
    }

    /** @return whether every category's target is met */
    public boolean isComplete() {
        return categories.values().stream().allMatch(CategoryProgress::isComplete);
    }

    /**
     * Compares the day and every category's progress (done, target, counted, remaining, over); the
     * totals follow from them.
     *
     * @param o the object to compare with, may be null
     * @return whether {@code o} is the progress of the same day with the same hours and targets
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Progress other && asOf.equals(other.asOf) && categories.equals(other.categories);
    }

    /**
     * A hash code of the day and the categories' progress, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * asOf.hashCode() + categories.hashCode();
    }

    /**
     * The day, the totals and every category, e.g. {@code Progress[asOf=2026-05-31, done=PT303H,
     * counted=PT303H, target=PT1400H, categories=[CategoryProgress[...], ...]]}.
     *
     * @return the text of the progress
     */
    @Override
    public String toString() {
        return "Progress[asOf=" + asOf + ", done=" + done + ", counted=" + counted + ", target=" + target
                + ", categories=" + categories.values() + "]";
    }
}
