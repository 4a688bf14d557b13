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
     * @param violations the violations found, not null
     * @return the result
     */
    public static ValidationResult of(List<Violation> violations) {
        return violations.isEmpty() ? OK : new ValidationResult(List.copyOf(Objects.requireNonNull(violations)));
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
     * @param rule a rule id
     * @return whether that rule was broken
     */
    public boolean has(RuleId rule) {
        return violations.stream().anyMatch(v -> v.rule() == rule);
    }

    @Override
    public String toString() {
        return (isAccepted() ? "accepted " : "refused ") + violations;
    }
}
