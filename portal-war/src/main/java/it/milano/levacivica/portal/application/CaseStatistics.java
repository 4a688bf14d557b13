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

/** Counts of cases for coordinators (and social workers): never a name, a summary or a court reference. */
@ApplicationScoped
@Transactional
public class CaseStatistics {

    /** The statistics. */
    public record Counts(Map<Integer, Long> byMunicipio, Map<String, Long> byLevel, Map<String, Long> byTargetGroup,
            Map<String, Long> byPhase, Map<String, Long> openedPerMonth, Map<String, Long> closedPerMonth,
            Map<String, Double> averageDaysInPhase) {
    }

    @Inject
    private CaseRepository cases;
    @Inject
    private CurrentUser caller;
    @Inject
    private AuditTrail audit;

    public Counts counts() {
        caller.require(Role.COORDINATOR, Role.SOCIAL_WORKER);
        List<SsptCase> all = cases.all();
        audit.record("STATISTICS", "CASE", null, all.size() + " cases counted");
        Map<String, List<CaseTransition>> byCase = cases.allTransitions().stream()
                .collect(Collectors.groupingBy(t -> t.getSsptCase().getId().toString()));
        Map<String, double[]> phaseDays = new TreeMap<>();
        for (List<CaseTransition> ts : byCase.values()) {
            ts.sort(java.util.Comparator.comparing(CaseTransition::getOccurredAt));
            SsptCase c = ts.get(0).getSsptCase();
            java.time.LocalDateTime enteredAt = c.getOpenedOn().atStartOfDay();
            for (CaseTransition t : ts) {
                double days = Duration.between(enteredAt, t.getOccurredAt()).toHours() / 24.0;
                double[] acc = phaseDays.computeIfAbsent(t.getFromPhase().name(), k -> new double[2]);
                acc[0] += days;
                acc[1]++;
                enteredAt = t.getOccurredAt();
            }
        }
        Map<String, Double> average = new TreeMap<>();
        phaseDays.forEach((k, v) -> average.put(k, Math.round(v[0] / v[1] * 10) / 10.0));
        return new Counts(
                new TreeMap<>(all.stream().collect(Collectors.groupingBy(SsptCase::getMunicipio, Collectors.counting()))),
                new TreeMap<>(all.stream().collect(Collectors.groupingBy(c -> c.getLevel().name(), Collectors.counting()))),
                new TreeMap<>(all.stream().collect(Collectors.groupingBy(c -> c.getTargetGroup().name(), Collectors.counting()))),
                new TreeMap<>(all.stream().collect(Collectors.groupingBy(c -> c.getPhase().name(), Collectors.counting()))),
                new TreeMap<>(all.stream().collect(Collectors.groupingBy(c -> YearMonth.from(c.getOpenedOn()).toString(), Collectors.counting()))),
                new TreeMap<>(all.stream().filter(c -> c.getClosedOn() != null)
                        .collect(Collectors.groupingBy(c -> YearMonth.from(c.getClosedOn()).toString(), Collectors.counting()))),
                average);
    }
}
