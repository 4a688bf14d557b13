package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.RuleSet;
import it.milano.levacivica.portal.domain.people.Project;
import it.milano.levacivica.portal.domain.people.ProjectRepository;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import it.milano.levacivica.portal.domain.report.YearReportRepository;
import it.milano.levacivica.portal.domain.report.YearReportRepository.Grouping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The year's report (issue 18 part 4), for coordinators and administrators: a dozen aggregate queries whatever the
 * number of volunteers and entries, then the certificate's rule for completed years, core-lib's targets and
 * {@link SmallCells} for cases and placements. Every report made (page, JSON, PDF, XLSX) is audited, since it
 * counts case data.
 */
@ApplicationScoped
@Transactional
public class YearReportService {

    /** The years a report can be asked for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

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
    private CurrentUser caller;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    /**
     * @param year a calendar year, {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     * @param as how it is shown, for the audit trail: {@code page}, {@code json}, {@code pdf} or {@code xlsx}
     * @return the report
     * @throws AccessDeniedException unless the caller is a coordinator or an administrator
     * @throws InvalidInputException (field {@code year}) for a year out of range
     */
    public YearReport report(int year, String as) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidInputException.of("year", "validation.year");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        LocalDate until = today.plusDays(1).isBefore(to) ? today.plusDays(1) : to;

        Map<Long, Project> byId = projects.findAll().stream().collect(Collectors.toMap(Project::getId, Function.identity()));
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
        YearReport report = new YearReport(year, from, to, today, minCell, perProject, overall(perProject), contributions(from, to));
        // last: the audit chain's head stays locked from the append to the commit, and every audited change waits for it
        audit.record("YEAR_REPORT", "REPORT", (long) year, "year's report " + year + " as " + as);
        return report;
    }

    /** @return the years a report can show: from the first service year's start to this year, newest first */
    public List<Integer> years() {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        int now = LocalDate.now(clock).getYear();
        int first = Math.max(FIRST_YEAR, Math.min(now, repository.firstYear().orElse(now)));
        List<Integer> out = new ArrayList<>();
        for (int y = now; y >= first; y--) {
            out.add(y);
        }
        return out;
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
