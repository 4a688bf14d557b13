package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.Violation;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.timesheet.AbsenceDay;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.domain.timesheet.Timesheet;
import it.milano.levacivica.portal.domain.timesheet.TimesheetRepository;
import it.milano.levacivica.portal.domain.timesheet.TimesheetStatus;
import it.milano.levacivica.portal.domain.timesheet.TimesheetTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Monthly timesheets: the volunteer submits a month (its entries lock), the tutor approves or rejects it
 * with a reason (a rejected month opens again), and only a coordinator reopens an approved month, with a
 * reason. Every transition is recorded.
 */
@ApplicationScoped
@Transactional
public class TimesheetService {

    /** One month of a year: status and totals per category. */
    public record MonthSummary(YearMonth month, TimesheetStatus status, long version, Map<Category, Integer> minutes,
            int totalMinutes) implements java.io.Serializable {
    }

    /** Everything about one month: for the page, the API and the register. */
    public record MonthDetail(ServiceYear year, YearMonth month, TimesheetStatus status, long version,
            List<TimeEntry> entries, List<AbsenceDay> absences, Map<Category, Integer> monthMinutes,
            Map<Category, Integer> yearToDateMinutes, List<TimesheetTransition> transitions, List<Violation> warnings,
            List<it.milano.levacivica.portal.domain.checkin.CheckIn> checkIns) implements java.io.Serializable {

        /** @return whether some finished week of the month has no confirmed check-in */
        public boolean hasWeeksWithoutCheckIn() {
            return warnings.stream().anyMatch(v -> v.rule() == it.milano.levacivica.core.rules.RuleId.WEEK_WITHOUT_CHECK_IN);
        }
    }

    @Inject
    private ServiceYearService years;
    @Inject
    private HoursService hours;
    @Inject
    private TimesheetRepository repository;
    @Inject
    private CurrentUser caller;
    @Inject
    private Clock clock;
    @Inject
    private it.milano.levacivica.portal.domain.checkin.CheckInRepository checkIns;

    /** @return every month of the year up to this one, with status and totals (three queries) */
    public List<MonthSummary> months(long serviceYearId) {
        ServiceYear y = years.get(serviceYearId);
        Map<YearMonth, Map<Category, Integer>> totals = new java.util.HashMap<>();
        for (HourEntry e : repositoryEntries(y)) {
            totals.computeIfAbsent(YearMonth.from(e.date()), m -> new EnumMap<>(Category.class))
                    .merge(e.category(), (int) e.duration().toMinutes(), Integer::sum);
        }
        return months(y, m -> totals.getOrDefault(m, new EnumMap<>(Category.class)));
    }

    /**
     * As {@link #months(long)}, with the totals taken from the year's record that the caller read already (the
     * volunteer's dashboard reads it for the progress): one query, the months' statuses.
     *
     * @param y a year the caller may see
     * @param record its record
     * @return every month of the year up to this one, with status and totals
     */
    public List<MonthSummary> months(ServiceYear y, ServiceRecord record) {
        if (!years.maySee(y)) {
            throw new NotFoundException("error.notFound");
        }
        return months(y, m -> {
            Map<Category, Integer> t = new EnumMap<>(Category.class);
            LocalDate before = m.atDay(1).minusDays(1);
            for (Category c : Category.values()) {
                int minutes = (int) (record.hours(c, m.atEndOfMonth()).toMinutes() - record.hours(c, before).toMinutes());
                if (minutes != 0) {
                    t.put(c, minutes);
                }
            }
            return t;
        });
    }

    private List<MonthSummary> months(ServiceYear y, java.util.function.Function<YearMonth, Map<Category, Integer>> totals) {
        Map<YearMonth, Timesheet> sheets = new java.util.HashMap<>();
        repository.forYear(y.getId()).forEach(t -> sheets.put(t.getMonth(), t));
        List<MonthSummary> out = new ArrayList<>();
        YearMonth last = YearMonth.from(min(LocalDate.now(clock), y.getLastDay()));
        for (YearMonth m = YearMonth.from(y.getStartDate()); !m.isAfter(last); m = m.plusMonths(1)) {
            Map<Category, Integer> t = totals.apply(m);
            Timesheet sheet = sheets.get(m);
            out.add(new MonthSummary(m, sheet == null ? TimesheetStatus.OPEN : sheet.getStatus(), sheet == null ? 0 : sheet.getVersion(),
                    t, t.values().stream().mapToInt(Integer::intValue).sum()));
        }
        return out;
    }

    private List<HourEntry> repositoryEntries(ServiceYear y) {
        return repository.ruleEntries(y.getId());
    }

    /** @return the month's entries, absences, totals, history and the warnings of core-lib's review for it */
    public MonthDetail month(long serviceYearId, YearMonth month) {
        ServiceYear y = years.get(serviceYearId);
        requireInYear(y, month);
        Optional<Timesheet> sheet = repository.find(y.getId(), month);
        List<TimeEntry> entries = repository.entries(y.getId(), month.atDay(1), month.plusMonths(1).atDay(1));
        List<AbsenceDay> absences = repository.absences(y.getId()).stream()
                .filter(a -> YearMonth.from(a.getDate()).equals(month)).toList();
        Map<Category, Integer> monthMinutes = new EnumMap<>(Category.class);
        entries.forEach(e -> monthMinutes.merge(e.getCategory(), e.getMinutes(), Integer::sum));
        ServiceRecord record = hours.record(y);
        Map<Category, Integer> ytd = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            ytd.put(c, (int) record.hours(c, month.atEndOfMonth()).toMinutes());
        }
        // the violations about a day, a week or the month that overlap it, from core-lib's typed values
        List<Violation> warnings = HoursService.relevant(record.review(clock)).stream()
                .filter(v -> v.overlaps(month.atDay(1), month.plusMonths(1).atDay(1)))
                .toList();
        List<it.milano.levacivica.portal.domain.checkin.CheckIn> confirmed = checkIns.forYears(List.of(y.getId()),
                month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay()).stream()
                .filter(it.milano.levacivica.portal.domain.checkin.CheckIn::isConfirmed)
                .sorted(java.util.Comparator.comparing(it.milano.levacivica.portal.domain.checkin.CheckIn::getHeldAt)).toList();
        return new MonthDetail(y, month, sheet.map(Timesheet::getStatus).orElse(TimesheetStatus.OPEN),
                sheet.map(Timesheet::getVersion).orElse(0L), entries, absences, monthMinutes, ytd,
                sheet.map(t -> repository.transitions(t.getId())).orElse(List.of()), warnings, confirmed);
    }

    /** @return the month in full, if it is approved (the register exists only for approved months) */
    public MonthDetail approvedMonth(long serviceYearId, YearMonth month) {
        MonthDetail d = month(serviceYearId, month);
        if (d.status() != TimesheetStatus.APPROVED) {
            throw new ConflictException("error.register.notApproved");
        }
        return d;
    }

    /** The volunteer sends a month to the tutor; its entries lock. */
    public Timesheet submit(long serviceYearId, YearMonth month) {
        ServiceYear y = years.get(serviceYearId);
        if (!y.getVolunteer().getId().equals(caller.person().getId())) {
            throw new AccessDeniedException("error.timesheet.notYours");
        }
        requireInYear(y, month);
        if (month.isAfter(YearMonth.now(clock))) {
            throw new ConflictException("error.timesheet.future");
        }
        Timesheet t = repository.find(y.getId(), month).orElseGet(() -> {
            Timesheet created = new Timesheet(y, month);
            repository.add(created);
            return created;
        });
        return move(t, TimesheetStatus.SUBMITTED, null, null);
    }

    /**
     * The tutor of the year approves a submitted month. A month with a finished week without a confirmed
     * check-in needs a reason.
     */
    public Timesheet approve(long serviceYearId, YearMonth month, Long version, String reason) {
        Timesheet t = tutorsSheet(serviceYearId, month);
        if ((reason == null || reason.isBlank()) && month(serviceYearId, month).hasWeeksWithoutCheckIn()) {
            throw InvalidInputException.of("reason", "validation.reason.noCheckIn");
        }
        return move(t, TimesheetStatus.APPROVED, reason, version);
    }

    /** The tutor of the year sends a submitted month back, with a reason; it opens again. */
    public Timesheet reject(long serviceYearId, YearMonth month, String reason, Long version) {
        requireReason(reason);
        Timesheet t = tutorsSheet(serviceYearId, month);
        return move(t, TimesheetStatus.REJECTED, reason, version);
    }

    /** A coordinator reopens an approved month, with a reason. */
    public Timesheet reopen(long serviceYearId, YearMonth month, String reason, Long version) {
        caller.require(Role.COORDINATOR);
        requireReason(reason);
        ServiceYear y = years.get(serviceYearId);
        Timesheet t = repository.find(y.getId(), month).orElseThrow(() -> new ConflictException("error.timesheet.transition"));
        return move(t, TimesheetStatus.OPEN, reason, version);
    }

    /** @return the submitted months of the caller's volunteers, oldest first */
    public List<Timesheet> waitingForMe() {
        caller.require(Role.TUTOR);
        return repository.submittedForTutor(caller.person().getId());
    }

    private Timesheet tutorsSheet(long serviceYearId, YearMonth month) {
        ServiceYear y = years.get(serviceYearId);
        if (!caller.is(Role.TUTOR) || !y.getTutor().getId().equals(caller.person().getId())) {
            throw new AccessDeniedException("error.timesheet.notTutor");
        }
        return repository.find(y.getId(), month).orElseThrow(() -> new ConflictException("error.timesheet.transition"));
    }

    private Timesheet move(Timesheet t, TimesheetStatus to, String reason, Long version) {
        if (version != null && version != t.getVersion()) {
            throw new StaleVersionException("error.stale");
        }
        if (reason != null && reason.length() > 1000) {
            throw InvalidInputException.of("reason", "validation.reason");
        }
        TimesheetTransition transition = t.move(to, caller.person(), reason, LocalDateTime.now(clock))
                .orElseThrow(() -> new ConflictException("error.timesheet.transition"));
        repository.add(transition);
        return t;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "validation.reason");
        }
    }

    private static void requireInYear(ServiceYear y, YearMonth month) {
        if (month.isBefore(YearMonth.from(y.getStartDate())) || month.isAfter(YearMonth.from(y.getLastDay()))) {
            throw new NotFoundException("error.notFound");
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
