package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.sspt.CaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

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
            return new CountTable(Collections.unmodifiableMap(t.cells()), t.withheld());
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
     * @param total all cases (itself suppressed when small)
     */
    public record Counts(int minCell, SmallCells.Count total, CountTable byMunicipio, CountTable byLevel, CountTable byTargetGroup,
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

    /** The last statistics this instance counted, with what they were counted from. */
    private record Snapshot(CaseRepository.Fingerprint of, int minCell, Counts counts) {
    }

    private final AtomicReference<Snapshot> last = new AtomicReference<>();

    /**
     * The statistics as the database holds them now. They are counted again only when the cases' fingerprint moved
     * since this instance last counted them: any write, through any instance, moves it, so no instance ever answers
     * with counts older than the data (at 70,000 volunteers, about 7,000 cases, counting them is eight aggregates).
     *
     * @return the counts
     */
    public Counts counts() {
        caller.require(Role.COORDINATOR, Role.SOCIAL_WORKER);
        // read first: the counts below are read after it, so they are never older than the fingerprint they are kept with
        CaseRepository.Fingerprint now = cases.fingerprint();
        Snapshot s = last.get();
        Counts counts;
        if (s != null && s.of().equals(now) && s.minCell() == minCell) {
            counts = s.counts();
        } else {
            counts = count(now.cases());
            last.set(new Snapshot(now, minCell, counts));
        }
        // committed with the reads of other requests (AuditTrail.recordRead), before the counts are answered
        audit.recordRead("STATISTICS", "CASE", null, now.cases() + " cases counted");
        return counts;
    }

    /** Every figure is counted in the database: nothing about a case is read to count it. */
    private Counts count(long total) {
        Map<String, Average> average = new TreeMap<>();
        cases.daysInPhases().forEach((k, v) -> average.put(k, SmallCells.isSmall((long) v[1], minCell)
                ? new Average(null, SmallCells.Suppression.SMALL)
                : new Average(Math.round(v[0] / v[1] * 10) / 10.0, SmallCells.Suppression.NONE)));
        return new Counts(minCell, SmallCells.single(total, minCell),
                CountTable.of(cases.countBy(CaseRepository.Grouping.MUNICIPIO), minCell),
                CountTable.of(cases.countBy(CaseRepository.Grouping.LEVEL), minCell),
                CountTable.of(cases.countBy(CaseRepository.Grouping.TARGET_GROUP), minCell),
                CountTable.of(cases.countBy(CaseRepository.Grouping.PHASE), minCell),
                CountTable.of(cases.countBy(CaseRepository.Grouping.OPENED_MONTH), minCell),
                CountTable.of(cases.countBy(CaseRepository.Grouping.CLOSED_MONTH), minCell),
                Collections.unmodifiableMap(average));
    }
}
