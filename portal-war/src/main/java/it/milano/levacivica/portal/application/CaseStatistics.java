package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.sspt.CaseRepository;
import it.milano.levacivica.portal.domain.sspt.CaseTransition;
import it.milano.levacivica.portal.domain.sspt.SsptCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts of cases for coordinators (and social workers): never a name, a summary or a court reference, and no
 * count small enough to single anyone out: every table goes through {@link SmallCells} with the threshold
 * {@code portal.statistics.minCell} (3), and an average made of fewer cases than that is not shown.
 */
@ApplicationScoped
@Transactional
public class CaseStatistics {

    /**
     * One table of counts after small-cell suppression.
     *
     * @param cells by name (a Municipio's number, a phase, a month {@code yyyy-MM}...), in order; a suppressed
     *        cell has a null {@code value}
     * @param withheld the whole table is withheld: no cell could be protected otherwise
     */
    public record CountTable(Map<String, SmallCells.Count> cells, boolean withheld) implements java.io.Serializable {
        static CountTable of(Map<String, Long> counts, int threshold) {
            SmallCells.Table<String> t = SmallCells.suppress(counts, threshold);
            return new CountTable(t.cells(), t.withheld());
        }
    }

    /**
     * An average number of days, or null when it is made of fewer cases than the threshold.
     *
     * @param days the average, one decimal; null when suppressed
     * @param suppressed NONE when shown, SMALL otherwise
     */
    public record Average(Double days, SmallCells.Suppression suppressed) implements java.io.Serializable {
    }

    /**
     * The statistics.
     *
     * @param minCell the threshold: counts from 1 to {@code minCell - 1} are shown as "&lt; minCell"
     */
    public record Counts(int minCell, CountTable byMunicipio, CountTable byLevel, CountTable byTargetGroup,
            CountTable byPhase, CountTable openedPerMonth, CountTable closedPerMonth,
            Map<String, Average> averageDaysInPhase) implements java.io.Serializable {
    }

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.statistics.minCell", defaultValue = "3")
    private int minCell;

    @Inject
    private CaseRepository cases;
    @Inject
    private CurrentUser caller;
    @Inject
    private AuditTrail audit;

    public Counts counts() {
        caller.require(Role.COORDINATOR, Role.SOCIAL_WORKER);
        // every figure is counted in the database: nothing about a case is read to count it
        audit.record("STATISTICS", "CASE", null, cases.count() + " cases counted");
        Map<String, Average> average = new TreeMap<>();
        cases.daysInPhases().forEach((k, v) -> average.put(k, SmallCells.isSmall((long) v[1], minCell)
                ? new Average(null, SmallCells.Suppression.SMALL)
                : new Average(Math.round(v[0] / v[1] * 10) / 10.0, SmallCells.Suppression.NONE)));
        return new Counts(minCell,
                CountTable.of(cases.countBy(CaseRepository.Grouping.MUNICIPIO), minCell),
                CountTable.of(cases.countBy(CaseRepository.Grouping.LEVEL), minCell),
                CountTable.of(cases.countBy(CaseRepository.Grouping.TARGET_GROUP), minCell),
                CountTable.of(cases.countBy(CaseRepository.Grouping.PHASE), minCell),
                CountTable.of(cases.countBy(CaseRepository.Grouping.OPENED_MONTH), minCell),
                CountTable.of(cases.countBy(CaseRepository.Grouping.CLOSED_MONTH), minCell),
                average);
    }
}
