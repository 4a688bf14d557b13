package it.milano.levacivica.portal.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Small-cell suppression of the counts shown to coordinators, so that no statistic singles anyone out: the one
 * place where it is decided. Stateless, thread-safe.
 *
 * <p>A one-dimensional table of counts of people or cases (a cell per Municipio, per phase, per housing type...)
 * whose total a reader may know (shown, or summed from another table of the same population) is treated so:
 * <ol>
 * <li><b>primary suppression</b>: every cell from 1 to {@code threshold - 1} is hidden and shown as "&lt; threshold"
 *     ({@link Suppression#SMALL}); cells of 0 are not people and stay shown (a table lists only cells met);</li>
 * <li><b>complementary suppression</b>: the smallest other cells are hidden too ({@link Suppression#COMPLEMENT}),
 *     one at least, until the total minus the cells shown cannot tell any hidden small cell's value. A reader who
 *     knows that small cells are 1 to {@code t - 1} and complementary ones at least {@code t} learns the hidden sum
 *     {@code S}; with {@code k} small and {@code m} complementary cells each small cell could be 1 or 2 exactly when
 *     {@code S >= k + 1 + m * t};</li>
 * <li>when no choice of complementary cells gets there (few cells, a total below the threshold) the whole table
 *     is <b>withheld</b>: no cell, not even which cells exist.</li>
 * </ol>
 * With a threshold of 1 or less nothing is suppressed.
 */
public final class SmallCells {

    /** Why a count is not shown. */
    public enum Suppression {
        /** shown */
        NONE,
        /** between 1 and the threshold minus 1: shown as "&lt; threshold" */
        SMALL,
        /** not small, hidden so that a total does not reveal a small cell */
        COMPLEMENT
    }

    /**
     * A count as shown: its value, or null when it is suppressed (and why).
     *
     * @param value the count, null when suppressed
     * @param suppressed NONE when {@code value} is shown
     */
    public record Count(Long value, Suppression suppressed) implements java.io.Serializable {
        public Count {
            Objects.requireNonNull(suppressed, "suppressed");
            if ((value == null) != (suppressed != Suppression.NONE)) {
                throw new IllegalArgumentException("a count is shown with its value or suppressed without: " + value + ", " + suppressed);
            }
        }

        /** @param value a count @return it, shown */
        public static Count shown(long value) {
            return new Count(value, Suppression.NONE);
        }

        /** @return whether the value is hidden (not a bean property: the JSON says it with {@code suppressed} alone) */
        public boolean hidden() {
            return suppressed != Suppression.NONE;
        }
    }

    /**
     * A table after suppression.
     *
     * @param cells in the order of the input; empty when withheld
     * @param withheld whether the whole table is withheld (no cell could be protected otherwise)
     */
    public record Table<K>(Map<K, Count> cells, boolean withheld) {
        public Table {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }
    }

    private SmallCells() {
    }

    /**
     * @param counts the counts by cell, in the order to show them; no null key or value, no negative count
     * @param threshold counts from 1 to {@code threshold - 1} are suppressed (default 3)
     * @return the same cells, with the small ones and their complements suppressed, or the table withheld
     * @throws IllegalArgumentException on a negative count
     */
    public static <K> Table<K> suppress(Map<K, Long> counts, int threshold) {
        Objects.requireNonNull(counts, "counts");
        counts.forEach((k, v) -> {
            if (Objects.requireNonNull(v, "count of " + k) < 0) {
                throw new IllegalArgumentException("negative count for " + k + ": " + v);
            }
        });
        Map<K, Count> out = new LinkedHashMap<>();
        List<K> small = counts.entrySet().stream().filter(e -> isSmall(e.getValue(), threshold)).map(Map.Entry::getKey).toList();
        if (small.isEmpty()) {
            counts.forEach((k, v) -> out.put(k, Count.shown(v)));
            return new Table<>(out, false);
        }
        List<K> candidates = new ArrayList<>(counts.entrySet().stream().filter(e -> e.getValue() >= threshold)
                .sorted(Comparator.comparingLong(Map.Entry::getValue)).map(Map.Entry::getKey).toList());
        List<K> complements = new ArrayList<>();
        long hiddenSum = small.stream().mapToLong(counts::get).sum();
        while (!safe(hiddenSum, small.size(), complements.size(), threshold) && !candidates.isEmpty()) {
            K next = candidates.remove(0);
            complements.add(next);
            hiddenSum += counts.get(next);
        }
        if (!safe(hiddenSum, small.size(), complements.size(), threshold)) {
            return new Table<>(Map.of(), true);
        }
        counts.forEach((k, v) -> out.put(k, small.contains(k) ? new Count(null, Suppression.SMALL)
                : complements.contains(k) ? new Count(null, Suppression.COMPLEMENT) : Count.shown(v)));
        return new Table<>(out, false);
    }

    /**
     * A count that stands alone (a total, the number of cases an average is made of).
     *
     * @return shown, or SMALL when from 1 to {@code threshold - 1}
     */
    public static Count single(long count, int threshold) {
        return isSmall(count, threshold) ? new Count(null, Suppression.SMALL) : Count.shown(count);
    }

    /** @return whether {@code count} is a small cell: 1 to {@code threshold - 1} */
    public static boolean isSmall(long count, int threshold) {
        return count > 0 && count < threshold;
    }

    /** Whether every hidden small cell could still have two values, given the hidden sum (see the class's contract). */
    private static boolean safe(long hiddenSum, int small, int complements, int threshold) {
        return complements >= 1 && hiddenSum >= small + 1L + (long) complements * threshold;
    }
}
