package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.RuleSet;
import it.milano.levacivica.portal.domain.people.Project;
import it.milano.levacivica.portal.domain.people.ProjectRepository;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import it.milano.levacivica.portal.domain.report.YearReportRepository;
import it.milano.levacivica.portal.domain.report.YearReportRepository.Grouping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Makes the year's report (issue 18 part 4) and keeps it (issue 16): a dozen aggregate queries whatever the number
 * of volunteers and entries, then the certificate's rule for completed years, core-lib's targets and
 * {@link SmallCells} for cases and placements. At national scale (70,000 volunteers) the queries take minutes, so a
 * report is never made while a request waits: {@link YearReportService} has it made in the background and shows the
 * one kept. A make runs in a transaction of its own on the background data source, with the database's long answer
 * limit ({@link LongQueries}), and holds its year's row: in a cluster, one instance makes a year while the others
 * skip it.
 */
@ApplicationScoped
public class YearReportMaker {

    private static final Logger LOG = Logger.getLogger(YearReportMaker.class.getName());
    /** What a kept report may contain when it is read back: the report's own records and the JDK's value types. */
    private static final ObjectInputFilter KEPT_TYPES = ObjectInputFilter.Config.createFilter(
            "it.milano.levacivica.portal.application.*;it.milano.levacivica.core.rules.Category;java.lang.*;java.util.*;java.time.*;"
                    + "maxdepth=20;maxrefs=1000000;maxarray=1000000;maxbytes=67108864;!*");

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.statistics.minCell", defaultValue = "3")
    private int minCell;

    @Inject
    private YearReportRepository repository;
    @Inject
    private ProjectRepository projects;
    @Inject
    private CertificateService certificates;
    @Inject
    private Clock clock;
    /** This bean through its proxy, so that {@link #makeInBackground} gets its transaction and {@link LongQueries}. */
    @Inject
    private YearReportMaker self;

    /**
     * Makes the year's report from the data as it is now and keeps it, replacing the one kept. Outside any
     * transaction: the projects are read first (the requests' unit), then the report is made in a transaction of its
     * own on the background unit ({@link #makeInBackground}), which a transaction may not mix with another.
     *
     * @param year a calendar year, {@value YearReportService#FIRST_YEAR} to {@value YearReportService#LAST_YEAR}
     * @return false when it was not made: another transaction (of this instance or another) is making it
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean make(int year) {
        Map<Long, Project> byId = projects.findAll().stream().collect(Collectors.toMap(Project::getId, Function.identity()));
        return self.makeInBackground(year, byId);
    }

    /**
     * The make itself, with the database's long answer limits ({@link LongQueries}); called through {@link #make}.
     *
     * @param byId every project, by id
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @LongQueries
    public boolean makeInBackground(int year, Map<Long, Project> byId) {
        if (!repository.lockForMaking(year)) {
            return false;
        }
        long started = System.nanoTime();
        YearReport report = compute(year, byId, clock.instant());
        long millis = (System.nanoTime() - started) / 1_000_000;
        repository.keep(new YearReportRepository.Kept(year, report.madeAt(), report.asOf(), millis, bytes(report)));
        LOG.info(() -> "year's report " + year + " made in " + millis + " ms");
        return true;
    }

    /** @return the year's report as last made, or empty when it never was (or cannot be read back: made by another version) */
    @Transactional
    public Optional<YearReport> kept(int year) {
        return repository.kept(year).flatMap(k -> {
            try {
                return Optional.of(report(k.report()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the kept year's report " + year + " cannot be read back; it will be made again", e);
                return Optional.empty();
            }
        });
    }

    /** @return the report as kept */
    static byte[] bytes(YearReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return the report kept as {@code bytes}, read with nothing but the report's own types allowed */
    static YearReport report(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(KEPT_TYPES);
            return (YearReport) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private YearReport compute(int year, Map<Long, Project> byId, Instant madeAt) {
        LocalDate today = LocalDate.ofInstant(madeAt, clock.getZone());
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        LocalDate until = today.plusDays(1).isBefore(to) ? today.plusDays(1) : to;

        List<YearReportRepository.Years> years = repository.years(from, to, until, today);
        List<YearReportRepository.Minutes> minutes = repository.minutes(from, to);
        List<YearReportRepository.CheckInWeeks> weeks = repository.checkInWeeks(from, to, today);
        List<YearReportRepository.Tasks> tasks = repository.tasks(from, to);
        Map<Long, Long> withdrawn = repository.withdrawn(from, to);
        Map<Long, Long> completed = certificates.completedByProject(from, to.minusDays(1));

        Set<Long> ids = new TreeSet<>();
        years.forEach(y -> ids.add(y.projectId()));
        minutes.forEach(m -> ids.add(m.projectId()));
        tasks.forEach(t -> ids.add(t.projectId()));
        ids.addAll(withdrawn.keySet());
        ids.addAll(completed.keySet());

        List<YearReport.Figures> perProject = new ArrayList<>();
        for (Long id : ids) {
            Project p = byId.get(id);
            perProject.add(figures(id, p == null ? "#" + id : p.getName(), p == null ? null : ServiceYearService.ruleSetOf(p),
                    years.stream().filter(y -> y.projectId() == id).toList(), minutes.stream().filter(m -> m.projectId() == id).toList(),
                    weeks.stream().filter(w -> w.projectId() == id).toList(), tasks.stream().filter(t -> t.projectId() == id).toList(),
                    withdrawn.getOrDefault(id, 0L), completed.getOrDefault(id, 0L)));
        }
        perProject.sort(Comparator.comparing(YearReport.Figures::projectName, String.CASE_INSENSITIVE_ORDER));
        return new YearReport(year, from, to, today, minCell, perProject, overall(perProject), contributions(from, to), madeAt);
    }

    private static YearReport.Figures figures(Long id, String name, RuleSet rules, List<YearReportRepository.Years> years,
            List<YearReportRepository.Minutes> minutes, List<YearReportRepository.CheckInWeeks> weeks, List<YearReportRepository.Tasks> tasks,
            long withdrawn, long completed) {
        long inService = 0;
        long started = 0;
        double share = 0;
        long volunteerWeeks = 0;
        for (YearReportRepository.Years y : years) {
            started += y.started();
            if (CertificateService.inService(ServiceYearStatus.valueOf(y.status()))) {
                inService += y.overlapping();
                share += y.shareOfYears();
                volunteerWeeks += y.volunteerWeeks();
            }
        }
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Map<String, Long> byActivity = new LinkedHashMap<>();
        for (YearReportRepository.Minutes m : minutes) {
            Category c = Category.valueOf(m.category());
            byCategory.merge(c, m.minutes(), Long::sum);
            if (c == Category.SERVICE) {
                byActivity.merge(m.activityType() == null ? YearReport.NO_ACTIVITY : m.activityType(), m.minutes(), Long::sum);
            }
        }
        List<YearReport.CategoryHours> hours = new ArrayList<>();
        for (Category c : Category.values()) {
            long target = rules == null ? 0 : Math.round(rules.target(c).toMinutes() * share);
            hours.add(new YearReport.CategoryHours(c, byCategory.getOrDefault(c, 0L), target));
        }
        long checkIns = 0;
        long oneToFour = 0;
        long fiveOrMore = 0;
        for (YearReportRepository.CheckInWeeks w : weeks) {
            if (CertificateService.inService(ServiceYearStatus.valueOf(w.status()))) {
                checkIns += w.checkIns();
                oneToFour += w.weeksOneToFour();
                fiveOrMore += w.weeksFiveOrMore();
            }
        }
        Map<String, Long> byTask = new LinkedHashMap<>();
        long done = 0;
        for (YearReportRepository.Tasks t : tasks) {
            byTask.merge(t.activityType() == null ? YearReport.NO_ACTIVITY : t.activityType(), t.count(), Long::sum);
            if ("DONE".equals(t.status())) {
                done += t.count();
            }
        }
        return YearReport.Figures.of(id, name, inService, started, completed, withdrawn, hours, largestFirst(byActivity),
                YearReport.CheckIns.of(checkIns, volunteerWeeks, Math.max(0, volunteerWeeks - oneToFour - fiveOrMore), oneToFour, fiveOrMore),
                largestFirst(byTask), done);
    }

    /** All projects together: every count and minute is the sum of the projects'. */
    private static YearReport.Figures overall(List<YearReport.Figures> all) {
        List<YearReport.CategoryHours> hours = new ArrayList<>();
        for (Category c : Category.values()) {
            hours.add(new YearReport.CategoryHours(c,
                    all.stream().mapToLong(f -> f.hours().get(c.ordinal()).minutes()).sum(),
                    all.stream().mapToLong(f -> f.hours().get(c.ordinal()).targetMinutes()).sum()));
        }
        Map<String, Long> activities = new LinkedHashMap<>();
        Map<String, Long> tasks = new LinkedHashMap<>();
        all.forEach(f -> {
            f.serviceByActivity().forEach((k, v) -> activities.merge(k, v, Long::sum));
            f.tasksByActivity().forEach((k, v) -> tasks.merge(k, v, Long::sum));
        });
        return YearReport.Figures.of(null, null, sum(all, YearReport.Figures::inService), sum(all, YearReport.Figures::started),
                sum(all, YearReport.Figures::completed), sum(all, YearReport.Figures::withdrawn), hours, largestFirst(activities),
                YearReport.CheckIns.of(sum(all, f -> f.checkIns().checkIns()), sum(all, f -> f.checkIns().volunteerWeeks()),
                        sum(all, f -> f.checkIns().weeksWithNone()), sum(all, f -> f.checkIns().weeksWithOneToFour()),
                        sum(all, f -> f.checkIns().weeksWithFiveOrMore())),
                largestFirst(tasks), sum(all, YearReport.Figures::tasksDone));
    }

    private YearReport.Contributions contributions(LocalDate from, LocalDate to) {
        return new YearReport.Contributions(
                SmallCells.single(repository.cases(from, to, null).getOrDefault("", 0L), minCell),
                table(repository.cases(from, to, Grouping.MUNICIPIO)),
                table(repository.cases(from, to, Grouping.PHASE)),
                table(repository.cases(from, to, Grouping.PROJECT)),
                SmallCells.single(repository.placements(from, to, null).getOrDefault("", 0L), minCell),
                table(repository.placements(from, to, Grouping.HOUSING_TYPE)),
                table(repository.placements(from, to, Grouping.MUNICIPIO)),
                table(repository.placements(from, to, Grouping.PROJECT)));
    }

    private CaseStatistics.CountTable table(Map<String, Long> counts) {
        return CaseStatistics.CountTable.of(counts, minCell);
    }

    private static long sum(List<YearReport.Figures> all, java.util.function.ToLongFunction<YearReport.Figures> f) {
        return all.stream().mapToLong(f).sum();
    }

    private static Map<String, Long> largestFirst(Map<String, Long> m) {
        Map<String, Long> out = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
