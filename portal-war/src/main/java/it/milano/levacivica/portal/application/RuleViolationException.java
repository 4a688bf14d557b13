package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.Violation;
import java.time.LocalDate;
import java.util.List;

/** Hours or an absence that core-lib refuses: the violations say which rules, on which fields. */
public class RuleViolationException extends PortalException {

    private static final long serialVersionUID = 1L;

    /**
     * A cell of the week grid: the hours of one category on one day.
     *
     * @param date the day
     * @param category the category
     */
    public record Cell(LocalDate date, Category category) {
        /** @return {@code date/category}, e.g. {@code 2026-05-04/SERVICE}, as the API shows a cell */
        @Override
        public String toString() {
            return date + "/" + category;
        }
    }

    private final transient List<Violation> violations;
    private final transient List<Cell> cells;

    public RuleViolationException(List<Violation> violations) {
        this(violations, List.of());
    }

    /**
     * @param violations every violation (errors and warnings)
     * @param cells for a week saved at once, the grid cell each violation belongs to (same order), else empty
     */
    public RuleViolationException(List<Violation> violations, List<Cell> cells) {
        super("rule-violation", "error.rules", null);
        this.violations = List.copyOf(violations);
        this.cells = List.copyOf(cells);
    }

    public List<Violation> violations() { return violations; }
    public List<Cell> cells() { return cells; }
}
