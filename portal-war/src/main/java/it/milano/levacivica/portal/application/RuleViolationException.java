package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.Violation;
import java.util.List;

/** Hours or an absence that core-lib refuses: the violations say which rules, on which fields. */
public class RuleViolationException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;
    private final transient List<String> cells;

    public RuleViolationException(List<Violation> violations) {
        this(violations, List.of());
    }

    /**
     * @param violations every violation (errors and warnings)
     * @param cells for a week saved at once, the grid cell each violation belongs to (same order), else empty
     */
    public RuleViolationException(List<Violation> violations, List<String> cells) {
        super("rule-violation", "error.rules", null);
        this.violations = List.copyOf(violations);
        this.cells = List.copyOf(cells);
    }

    public List<Violation> violations() { return violations; }
    public List<String> cells() { return cells; }
}
