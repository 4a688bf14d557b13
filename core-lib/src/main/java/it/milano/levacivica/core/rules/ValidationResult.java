package it.milano.levacivica.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "may this entry be recorded?": every violation found, errors and warnings.
 * Immutable and thread-safe.
 */
public final class ValidationResult {

    private static final ValidationResult OK = new ValidationResult(List.of());

    private final List<Violation> violations;

    private ValidationResult(List<Violation> violations) {
        this.violations = violations;
    }

    /**
     * A result of the given violations, in their order.
     *
     * @param violations the violations found, not null, no null element; copied
     * @return the result
     * @throws NullPointerException if {@code violations} or one of its elements is null
     */
    public static ValidationResult of(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        switch (violations.size()) {
            case 0:
                return OK;
            case 1: // what List.copyOf gives, without copying to an array first
                return new ValidationResult(List.of(violations.get(0)));
            default:
                return new ValidationResult(List.copyOf(violations));
        }
    }

    /** @return whether there is no {@link Severity#ERROR}: warnings do not refuse */
    public boolean isAccepted() {
        for (Violation v : violations) {
            if (v.isError()) {
                return false;
            }
        }
        return true;
    }

    /** @return every violation, errors and warnings, unmodifiable */
    public List<Violation> violations() { return violations; }

    /** @return only the errors */
    public List<Violation> errors() { return violations.stream().filter(Violation::isError).toList(); }

    /** @return only the warnings */
    public List<Violation> warnings() { return violations.stream().filter(v -> !v.isError()).toList(); }

    /**
     * Whether one rule was broken, as an error or a warning.
     *
     * @param rule a rule id, not null
     * @return whether that rule was broken
     * @throws NullPointerException if {@code rule} is null
     */
    public boolean has(RuleId rule) {
        Objects.requireNonNull(rule, "rule");
        return violations.stream().anyMatch(v -> v.rule() == rule);
    }

    /**
     * Compares the violations, in order: two results of the same check on equal inputs are equal.
     *
     * @param o the object to compare with, may be null
     * @return whether {@code o} is a result with equal violations in the same order
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ValidationResult other && violations.equals(other.violations);
    }

    /**
     * A hash code of the violations, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    /**
     * Whether the result is accepted, and every violation, e.g.
     * {@code refused [ERROR HOURS_PER_DAY_MAX {date=2026-05-29, total=9:00, limit=8:00}]}.
     *
     * @return the text of the result
     */
    @Override
    public String toString() {
        return (isAccepted() ? "accepted " : "refused ") + violations;
    }
}
