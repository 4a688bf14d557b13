package it.milano.levacivica.core.rules;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One broken rule: which rule, how serious, which field, the values involved, typed, and a message in
 * the reader's language (Italian by default, English), written only when asked for.
 *
 * <p>The values are the stable part of the API: a program reads them, never the message. Each has a
 * name and a type, in the order the message uses them:
 *
 * <table>
 *   <caption>Values of a violation</caption>
 *   <tr><th>name</th><th>type</th><th>what it is</th></tr>
 *   <tr><td>{@code date}</td><td>{@link LocalDate}</td><td>the day concerned (an entry's, an absence's, a day of the record)</td></tr>
 *   <tr><td>{@code time}</td><td>{@link LocalDateTime}</td><td>when a check-in was held (only {@link RuleId#DATE_IN_FUTURE} of a check-in)</td></tr>
 *   <tr><td>{@code day}</td><td>{@link DayOfWeek}</td><td>a day of a planned week</td></tr>
 *   <tr><td>{@code week}</td><td>{@link Week}</td><td>the calendar week concerned, Monday to Sunday</td></tr>
 *   <tr><td>{@code month}</td><td>{@link YearMonth}</td><td>the calendar month concerned</td></tr>
 *   <tr><td>{@code today}, {@code start}, {@code last}</td><td>{@link LocalDate}</td><td>today; the first and last day of the service year</td></tr>
 *   <tr><td>{@code now}</td><td>{@link LocalDateTime}</td><td>the time the check was made</td></tr>
 *   <tr><td>{@code total}, {@code limit}, {@code target}, {@code duration}, {@code step}</td><td>{@link Duration}</td>
 *       <td>hours (whole minutes in every rule): the amount reached, the limit or target passed, an entry's duration, the rule set's step</td></tr>
 *   <tr><td>{@code days}, {@code used}, {@code allowance}</td><td>{@link Integer}</td><td>counts of days</td></tr>
 *   <tr><td>{@code category}</td><td>{@link Category}</td><td>the category over its target</td></tr>
 *   <tr><td>{@code absence}</td><td>{@link AbsenceType}</td><td>the absence recorded on the day</td></tr>
 * </table>
 *
 * <p>{@code docs/rules.md} lists the values of each rule. A violation about a planned week
 * ({@code ScheduleCheck}) has {@code day} instead of {@code date}, and no {@code week}. Immutable and
 * thread-safe.
 */
public final class Violation implements Serializable {

    /** Serializable so that a page's state that holds violations can travel between the instances of a cluster. */
    private static final long serialVersionUID = 1L;

    private final RuleId rule;
    private final Severity severity;
    private final Field field;
    /** Names and values alternating, in message order, each name once: a map of two to four pairs is read by a scan. */
    private final Object[] pairs;
    /** The read-only map over {@link #pairs}, made when first asked for (immutable: a race makes two equal views). */
    private transient Map<String, Object> values;

    private Violation(RuleId rule, Severity severity, Field field, Object[] pairs) {
        this.rule = rule;
        this.severity = severity;
        this.field = field;
        this.pairs = pairs;
    }

    /**
     * A violation with its values.
     *
     * @param rule the rule, not null
     * @param severity how serious, not null
     * @param field the field concerned, not null
     * @param namesAndValues alternating names ({@link String}) and values, e.g.
     *     {@code "limit", Duration.ofHours(8)}, in the order the message uses them; not null, no null
     *     element. A value is a {@link LocalDate}, {@link LocalDateTime}, {@link Week}, {@link YearMonth},
     *     {@link Duration}, {@link Integer}, {@link Long}, {@link DayOfWeek}, {@link Category},
     *     {@link AbsenceType}, {@link ActivityType}, or a {@link String} shown as it is (core-lib itself
     *     never uses text values). A repeated name keeps its first place and last value.
     * @return the violation
     * @throws NullPointerException if any argument or any name or value is null
     * @throws IllegalArgumentException if {@code namesAndValues} has an odd number of elements, a name
     *     is not a {@link String} or a value is of another type
     */
    public static Violation of(RuleId rule, Severity severity, Field field, Object... namesAndValues) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(namesAndValues, "namesAndValues");
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs, found " + namesAndValues.length
                    + " elements for " + rule);
        }
        Object[] pairs = new Object[namesAndValues.length];
        int n = 0;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(Objects.requireNonNull(namesAndValues[i], "name") instanceof String name)) {
                throw new IllegalArgumentException("a name must be a String, found " + namesAndValues[i] + " for " + rule);
            }
            Object value = namesAndValues[i + 1];
            if (value == null) {
                throw new NullPointerException("value of " + name);
            }
            if (!supported(value)) {
                throw new IllegalArgumentException("value of " + name + " has an unsupported type: "
                        + value.getClass().getName());
            }
            int at = indexOf(pairs, n, name);
            if (at < 0) {
                pairs[n++] = name;
                pairs[n++] = value;
            } else {
                pairs[at + 1] = value; // a repeated name keeps its first place and its last value
            }
        }
        return new Violation(rule, severity, field, n == pairs.length ? pairs : Arrays.copyOf(pairs, n));
    }

    /** The index of a name among the first {@code n} elements of {@code pairs}, or -1. */
    private static int indexOf(Object[] pairs, int n, Object name) {
        for (int i = 0; i < n; i += 2) {
            if (pairs[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of a name, or null. */
    private Object get(Object name) {
        int at = indexOf(pairs, pairs.length, name);
        return at < 0 ? null : pairs[at + 1];
    }

    private static boolean supported(Object v) {
        return v instanceof LocalDate || v instanceof LocalDateTime || v instanceof Week || v instanceof YearMonth
                || v instanceof Duration || v instanceof Integer || v instanceof Long || v instanceof DayOfWeek
                || v instanceof Category || v instanceof AbsenceType || v instanceof ActivityType || v instanceof String;
    }

    /** @return the stable rule id */
    public RuleId rule() { return rule; }

    /** @return ERROR refuses, WARNING informs */
    public Severity severity() { return severity; }

    /** @return the field the violation concerns */
    public Field field() { return field; }

    /**
     * The values involved, typed (see the table above).
     *
     * @return the values by name, in message order; unmodifiable
     */
    public Map<String, Object> values() {
        Map<String, Object> v = values;
        if (v == null) {
            v = Collections.unmodifiableMap(new Values(pairs));
            values = v;
        }
        return v;
    }

    /** A map in the order of its pairs, read-only (and wrapped as unmodifiable besides); serializable as the map it replaces. */
    private static final class Values extends AbstractMap<String, Object> implements Serializable {
        private static final long serialVersionUID = 1L;

        private final Object[] pairs;

        Values(Object[] pairs) {
            this.pairs = pairs;
        }

        @Override
        public int size() { return pairs.length / 2; }

        @Override
        public boolean containsKey(Object key) { return indexOf(pairs, pairs.length, key) >= 0; }

        @Override
        public Object get(Object key) {
            int at = indexOf(pairs, pairs.length, key);
            return at < 0 ? null : pairs[at + 1];
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() { return pairs.length / 2; }

                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() { return i < pairs.length; }

                        @Override
                        public Map.Entry<String, Object> next() {
                            if (i >= pairs.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<String, Object> e = new AbstractMap.SimpleImmutableEntry<>((String) pairs[i], pairs[i + 1]);
                            i += 2;
                            return e;
                        }
                    };
                }
            };
        }
    }

    /**
     * One value, if the violation has it with that type.
     *
     * @param <T> the type asked for
     * @param name the value's name, e.g. {@code limit}, not null
     * @param type the type asked for, e.g. {@code Duration.class}, not null
     * @return the value, or empty when there is none of that name and type
     * @throws NullPointerException if {@code name} or {@code type} is null
     */
    public <T> Optional<T> value(String name, Class<T> type) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Object v = get(name);
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }

    /** @return the day concerned ({@code date}), if the violation is about one day */
    public Optional<LocalDate> date() { return value("date", LocalDate.class); }

    /** @return the week concerned ({@code week}), if the violation is about one calendar week */
    public Optional<Week> week() { return value("week", Week.class); }

    /** @return the month concerned ({@code month}), if the violation is about one calendar month */
    public Optional<YearMonth> month() { return value("month", YearMonth.class); }

    /**
     * Whether the day, week or month the violation is about overlaps a range of days: the way to pick
     * the violations of a month or of the last weeks. A violation about the whole year (a category
     * target, an allowance), a planned week or an entry's duration is about no days.
     *
     * @param from the first day of the range (inclusive), not null
     * @param toExclusive the end of the range (exclusive), not null
     * @return whether the violation's {@code date} (or the day of its {@code time}), {@code week} or
     *     {@code month} has a day in {@code [from, toExclusive)}
     * @throws NullPointerException if {@code from} or {@code toExclusive} is null
     */
    public boolean overlaps(LocalDate from, LocalDate toExclusive) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toExclusive, "toExclusive");
        LocalDate first;
        LocalDate end;
        Object date = get("date");
        Object time = get("time");
        if (date instanceof LocalDate d) {
            first = d;
            end = d.plusDays(1);
        } else if (time instanceof LocalDateTime t) {
            first = t.toLocalDate();
            end = first.plusDays(1);
        } else if (get("week") instanceof Week w) {
            first = w.monday();
            end = w.end();
        } else if (get("month") instanceof YearMonth m) {
            first = m.atDay(1);
            end = m.plusMonths(1).atDay(1);
        } else {
            return false;
        }
        return first.isBefore(toExclusive) && end.isAfter(from);
    }

    /** @return whether this violation refuses the entry */
    public boolean isError() { return severity == Severity.ERROR; }

    /**
     * The message for a person, its values written by {@link Texts} for the reader's language, e.g.
     * {@code Il 29 maggio 2026 le ore diventerebbero 9 h: il massimo giornaliero è 8 h.}
     *
     * @param locale the reader's locale, not null; Italian unless its language is English
     * @return the formatted message
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = Texts.bundle(locale);
        String key = rule.name();
        if (pairs.length > 0) {
            String variant = key + "." + pairs[0];
            if (bundle.containsKey(variant)) {
                key = variant;
            }
        }
        Object[] args = new Object[pairs.length / 2];
        for (int i = 0; i < args.length; i++) {
            args[i] = Texts.value(pairs[2 * i + 1], locale);
        }
        String text = new MessageFormat(bundle.getString(key), Texts.english(locale) ? Locale.ENGLISH : Locale.ITALIAN)
                .format(args);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Compares rule, severity, field and values (names and values, not their order).
     *
     * @param o the object to compare with, may be null
     * @return whether {@code o} is a violation of the same rule, severity, field and values
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && rule == v.rule && severity == v.severity && field == v.field && sameValues(v);
    }

    /** Whether another violation has the same names with equal values, in any order (as {@link Map#equals}). */
    private boolean sameValues(Violation v) {
        if (pairs.length != v.pairs.length) {
            return false;
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (!pairs[i + 1].equals(v.get(pairs[i]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash code of rule, severity, field and values, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int valuesHash = 0; // as Map#hashCode: the sum of the entries' hash codes
        for (int i = 0; i < pairs.length; i += 2) {
            valuesHash += pairs[i].hashCode() ^ pairs[i + 1].hashCode();
        }
        return Objects.hash(rule, severity, field, valuesHash);
    }

    /**
     * Severity, rule and values, e.g. {@code ERROR HOURS_PER_DAY_MAX {date=2026-05-29, total=PT9H, limit=PT8H}}.
     *
     * @return the text of the violation
     */
    @Override
    public String toString() {
        return severity + " " + rule + " " + values();
    }
}
