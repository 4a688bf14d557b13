package it.milano.levacivica.core.rules;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One broken rule: which rule, how serious, which field, the values involved and a message in the
 * reader's language (Italian by default, English).
 *
 * <p>Values are kept as text in the order the message uses them, e.g. {@code {date=2026-03-02,
 * limit=8:00, actual=8:15}}. Immutable and thread-safe.
 */
public final class Violation {

    private static final String BUNDLE = "it.milano.levacivica.core.rules.messages";

    private final RuleId rule;
    private final Severity severity;
    private final Field field;
    private final Map<String, String> values;

    private Violation(RuleId rule, Severity severity, Field field, Map<String, String> values) {
        this.rule = rule;
        this.severity = severity;
        this.field = field;
        this.values = values;
    }

    /**
     * A violation with its values.
     *
     * @param rule the rule, not null
     * @param severity how serious, not null
     * @param field the field concerned, not null
     * @param namesAndValues alternating names and values, e.g. {@code "limit", "8:00"}, in the order the
     *     message uses them; not null, no null element; a repeated name keeps its first place and last value
     * @return the violation
     * @throws NullPointerException if any argument or any name or value is null
     * @throws IllegalArgumentException if {@code namesAndValues} has an odd number of elements
     */
    public static Violation of(RuleId rule, Severity severity, Field field, String... namesAndValues) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(namesAndValues, "namesAndValues");
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs, found " + namesAndValues.length
                    + " elements for " + rule);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(Objects.requireNonNull(namesAndValues[i], "name"),
                    Objects.requireNonNull(namesAndValues[i + 1], "value of " + namesAndValues[i]));
        }
        return new Violation(rule, severity, field, Collections.unmodifiableMap(map));
    }

    /** @return the stable rule id */
    public RuleId rule() { return rule; }

    /** @return ERROR refuses, WARNING informs */
    public Severity severity() { return severity; }

    /** @return the field the violation concerns */
    public Field field() { return field; }

    /** @return the values involved, by name, in message order; unmodifiable */
    public Map<String, String> values() { return values; }

    /** @return whether this violation refuses the entry */
    public boolean isError() { return severity == Severity.ERROR; }

    /**
     * The message for a person.
     *
     * @param locale the reader's locale, not null; Italian unless its language is English
     * @return the formatted message
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Locale use = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        // No ResourceBundle.Control: a named module may not pass one (UnsupportedOperationException).
        // None is needed either: for ROOT and ENGLISH the bundle asked for exists (messages.properties,
        // messages_en.properties), so the JVM's default locale is never consulted.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, use);
        return new MessageFormat(bundle.getString(rule.name()), use).format(values.values().toArray());
    }

    /**
     * Compares rule, severity, field and values (names and values, not their order).
     *
     * @param o the object to compare with, may be null
     * @return whether {@code o} is a violation of the same rule, severity, field and values
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && rule == v.rule && severity == v.severity && field == v.field && values.equals(v.values);
    }

    /**
     * A hash code of rule, severity, field and values, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, field, values);
    }

    /**
     * Severity, rule and values, e.g. {@code ERROR HOURS_PER_DAY_MAX {date=2026-05-29, total=9:00, limit=8:00}}.
     *
     * @return the text of the violation
     */
    @Override
    public String toString() {
        return severity + " " + rule + " " + values;
    }
}
