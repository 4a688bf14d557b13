package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.forecast.PaceForecast;
import it.milano.levacivica.core.forecast.Progress;
import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.ValidationResult;
import it.milano.levacivica.core.rules.Violation;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.people.ServiceYearRepository;
import it.milano.levacivica.portal.domain.timesheet.AbsenceDay;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.domain.timesheet.Timesheet;
import it.milano.levacivica.portal.domain.timesheet.TimesheetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A volunteer's hours and absences. Only the volunteer of a year logs them, only while the month is
 * open; every rule is core-lib's ({@link ServiceRecord}), checked against the whole year as stored.
 * Writes to one year are serialised by a row lock, so two requests cannot together break a limit
 * that each respects alone.
 */
@ApplicationScoped
@Transactional
public class HoursService {

    /** The longest note (plain text). */
    public static final int NOTE_MAX = 1000;

    /**
     * An entry, typed at the edge; required fields and ranges are checked here.
     *
     * @param date the day (required)
     * @param category SERVICE, SPECIFIC_TRAINING or COMPETENCE_CERTIFICATE (required)
     * @param minutes the duration in minutes, in the rule set's steps (required)
     * @param activityType for SERVICE one of the five activities
     * @param note optional plain text, at most 1000 characters
     * @param version the version read (updates only)
     * @param taskId optional: the task of the same year these hours served
     */
    public record EntryCommand(LocalDate date, Category category, Integer minutes, ActivityType activityType, String note, Long version,
            Long taskId) {
    }

    /**
     * A day of absence.
     *
     * @param date the day (required)
     * @param type LEAVE or SICKNESS (required)
     */
    public record AbsenceCommand(LocalDate date, AbsenceType type) {
    }

    /** A saved record and the warnings core-lib gave (which did not refuse it). */
    public record Saved<T>(T value, List<Violation> warnings) {
    }

    /** Where a year stands today: core-lib's progress and forecast, and the absences used. */
    public record YearStatus(ServiceYear year, ServiceRecord record, Progress progress, PaceForecast forecast, int leaveUsed,
            int leaveAllowance, int sicknessUsed, int sicknessAllowance) {
    }

    @Inject
    private ServiceYearService years;
    @Inject
    private ServiceYearRepository yearRepository;
    @Inject
    private TimesheetRepository repository;
    @Inject
    private CurrentUser caller;
    @Inject
    private Clock clock;
    @Inject
    private it.milano.levacivica.portal.domain.checkin.CheckInRepository checkIns;

    // ------------------------------------------------------------------ reading

    /** @return the id of the caller's own (latest) service year, or null if they have none */
    public Long mineOrNull() {
        List<ServiceYear> mine = years.mine();
        return mine.isEmpty() ? null : mine.get(0).getId();
    }

    /** @param entryId an entry @return it, if the caller may see its year (404 otherwise) */
    public TimeEntry entry(long entryId) {
        TimeEntry e = repository.findEntry(entryId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!years.maySee(e.getServiceYear())) {
            throw new NotFoundException("error.notFound");
        }
        return e;
    }

    /** @return the entries of a year the caller may see, in {@code [from, toExclusive)} */
    public List<TimeEntry> entries(long serviceYearId, LocalDate from, LocalDate toExclusive) {
        ServiceYear y = years.get(serviceYearId);
        return repository.entries(y.getId(), from, toExclusive);
    }

    /**
     * A page of the entries of a year the caller may see, in {@code [from, toExclusive)}, by date (then id).
     *
     * @param serviceYearId the year
     * @param after the key of the previous page's last entry, or null for the first page
     * @param max at most this many
     * @return the entries, read by key in the database
     */
    public List<TimeEntry> entriesPage(long serviceYearId, LocalDate from, LocalDate toExclusive, TimesheetRepository.EntryKey after,
            int max) {
        ServiceYear y = years.get(serviceYearId);
        return repository.exportPage(List.of(y.getId()), null, from, toExclusive, after, max);
    }

    /**
     * A page of the entries of an export's scope, as JSON reads them: in the order (service year, date, id).
     *
     * @param scope from {@link #exportScope}
     * @param after the key of the previous page's last entry, or null for the first page
     * @param max at most this many
     * @return the entries, with their year and volunteer, read by key in the database
     */
    public List<TimeEntry> exportPage(ExportScope scope, LocalDate from, LocalDate toExclusive, TimesheetRepository.EntryKey after,
            int max) {
        return repository.exportPage(scope.serviceYearIds(), scope.projectId(), from, toExclusive, after, max);
    }

    /**
     * What an export may contain, decided before anything is written: the years the caller may see (null:
     * every year, for coordinators and administrators), or one project's.
     *
     * @param serviceYearIds the years, or null for all
     * @param projectId one project, or null
     */
    public record ExportScope(List<Long> serviceYearIds, Long projectId) {
    }

    /**
     * @param serviceYearId one year the caller may see, or null
     * @param projectId one project (coordinators, administrators), or null
     * @return the scope of the caller's export
     */
    public ExportScope exportScope(Long serviceYearId, Long projectId) {
        boolean everyone = caller.is(it.milano.levacivica.portal.domain.people.Role.COORDINATOR)
                || caller.is(it.milano.levacivica.portal.domain.people.Role.ADMIN);
        if (projectId != null && !everyone) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (serviceYearId != null) {
            return new ExportScope(List.of(years.get(serviceYearId).getId()), projectId);
        }
        return new ExportScope(everyone ? null : years.visible().stream().map(ServiceYear::getId).toList(), projectId);
    }

    /**
     * Hands every entry of the scope to {@code sink}, a page at a time, forgetting each page once written:
     * the memory used does not grow with the export.
     *
     * @param scope from {@link #exportScope}
     * @param sink receives each entry, with its year and volunteer, in the order (year, date)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void streamEntries(ExportScope scope, LocalDate from, LocalDate toExclusive,
            java.util.function.Consumer<TimesheetRepository.ExportedEntry> sink) {
        TimesheetRepository.EntryKey after = null;
        while (true) {
            List<TimesheetRepository.ExportedEntry> page = repository.exportRows(scope.serviceYearIds(), scope.projectId(), from,
                    toExclusive, after, 2000);
            page.forEach(sink);
            if (page.size() < 2000) {
                return;
            }
            after = TimesheetRepository.EntryKey.of(page.get(page.size() - 1));
        }
    }

    /** @return the absences of a year the caller may see */
    public List<AbsenceDay> absences(long serviceYearId) {
        return repository.absences(years.get(serviceYearId).getId());
    }

    /** @return progress, forecast and absences of a year the caller may see, as of today (three queries) */
    public YearStatus status(long serviceYearId) {
        return status(years.get(serviceYearId));
    }

    /**
     * @return progress, forecast and absences of the caller's own (latest) year as of today, or empty if they have
     *         none: the volunteer's dashboard, with one read of the year instead of one to find it and one to check it
     */
    public Optional<YearStatus> myStatus() {
        List<ServiceYear> mine = years.mine();
        return mine.isEmpty() ? Optional.empty() : Optional.of(status(mine.get(0)));
    }

    private YearStatus status(ServiceYear y) {
        ServiceRecord record = record(y);
        LocalDate today = LocalDate.now(clock);
        Progress progress = Progress.of(record, today);
        return new YearStatus(y, record, progress, PaceForecast.of(record, progress),
                record.absenceDaysUsed(AbsenceType.LEAVE), record.ruleSet().leaveAllowanceDays(),
                record.absenceDaysUsed(AbsenceType.SICKNESS), record.ruleSet().sicknessAllowanceDays());
    }

    /**
     * @param y a service year
     * @return the core-lib record of everything stored for it (three queries, whatever the number of entries)
     */
    public ServiceRecord record(ServiceYear y) { // three queries: entries, absences, confirmed check-ins
        return ServiceRecord.of(core(y), repository.ruleEntries(y.getId()),
                repository.absences(y.getId()).stream().map(AbsenceDay::toRule).toList(),
                checkIns.confirmedDays(y.getId()));
    }

    static it.milano.levacivica.core.rules.ServiceYear core(ServiceYear y) {
        return it.milano.levacivica.core.rules.ServiceYear.of(y.getStartDate(), ServiceYearService.ruleSetOf(y.getProject()));
    }

    /**
     * @param record a year's record
     * @param since the first day of interest
     * @return core-lib's review warnings (weeks and months over or under the guidance, missing days) from that day on
     */
    public List<Violation> recentWarnings(ServiceRecord record, LocalDate since) {
        // the day, week or month of each violation, as core-lib typed it: those that reach the day or later
        return relevant(record.review(clock)).stream().filter(v -> v.overlaps(since, LocalDate.MAX)).toList();
    }

    // ------------------------------------------------------------------ entries

    /**
     * Logs hours. A refusal of the rules (or a locked month) leaves the transaction to commit: nothing was
     * written by then, and a caller that remembers the refusal ({@link IdempotentRequests}) stores it in the
     * same transaction. The entry is written before this returns, so its id and version are known.
     *
     * @param serviceYearId the caller's own year
     * @param cmd the entry
     * @return the entry and core-lib's warnings
     */
    @Transactional(dontRollbackOn = {RuleViolationException.class, MonthLockedException.class})
    public Saved<TimeEntry> create(long serviceYearId, EntryCommand cmd) {
        ServiceYear y = ownYearForWrite(serviceYearId);
        Parsed p = parse(cmd);
        requireOpen(y, p.date());
        ValidationResult result = record(y).validate(p.toRule(), clock);
        List<Violation> relevant = relevant(result);
        refuseErrors(relevant);
        TimeEntry e = new TimeEntry(y, p.date(), p.category(), p.minutes(), p.activityType(), p.note(), null,
                LocalDateTime.now(clock));
        e.serve(task(y, cmd.taskId()));
        repository.addNow(e);
        return new Saved<>(e, warnings(relevant));
    }

    /**
     * Changes an entry of an open month (and, if its date moves, of the new date's month too).
     *
     * @param entryId the entry
     * @param cmd the new values with the version read
     * @return the entry and core-lib's warnings
     */
    public Saved<TimeEntry> update(long entryId, EntryCommand cmd) {
        TimeEntry e = ownEntryForWrite(entryId);
        Parsed p = parse(cmd);
        requireOpen(e.getServiceYear(), e.getDate());
        requireOpen(e.getServiceYear(), p.date());
        if (cmd.version() == null) {
            throw InvalidInputException.of("version", "validation.version");
        }
        if (cmd.version() != e.getVersion()) {
            throw new StaleVersionException("error.stale");
        }
        ValidationResult result = record(e.getServiceYear()).validateReplacement(e.toRule(), p.toRule(), clock);
        List<Violation> relevant = relevant(result);
        refuseErrors(relevant);
        e.change(p.date(), p.category(), p.minutes(), p.activityType(), p.note());
        e.serve(task(e.getServiceYear(), cmd.taskId()));
        return new Saved<>(e, warnings(relevant));
    }

    /**
     * Deletes an entry of an open month.
     *
     * @param entryId the entry
     * @param version the version read, or null to delete whatever it holds now
     */
    public void delete(long entryId, Long version) {
        TimeEntry e = ownEntryForWrite(entryId);
        requireOpen(e.getServiceYear(), e.getDate());
        if (version != null && version != e.getVersion()) {
            throw new StaleVersionException("error.stale");
        }
        repository.remove(e);
    }

    private it.milano.levacivica.portal.domain.checkin.Task task(ServiceYear y, Long taskId) {
        if (taskId == null) {
            return null;
        }
        return checkIns.findTask(taskId).filter(t -> t.getServiceYear().getId().equals(y.getId()))
                .orElseThrow(() -> InvalidInputException.of("taskId", "validation.task"));
    }

    /**
     * Turns a check-in confirmed by both sides into hours, in the category the rule set says (our default:
     * service; never specific training), once: the entry names the check-in. Checked by core-lib like any
     * entry; a refusal refuses the confirmation.
     *
     * @param c a check-in just confirmed by both
     * @return the entry, or null when the rule set does not count check-ins as hours
     */
    TimeEntry entryFromCheckIn(it.milano.levacivica.portal.domain.checkin.CheckIn c) {
        ServiceYear y = c.getServiceYear();
        Category category = ServiceYearService.ruleSetOf(y.getProject()).checkInCountsAs();
        if (category == null) {
            return null;
        }
        yearRepository.lockForUpdate(y);
        LocalDate day = c.getHeldAt().toLocalDate();
        requireOpen(y, day);
        ActivityType activity = category == Category.SERVICE ? c.getActivityType() : null;
        HourEntry rule = new HourEntry(day, category, Duration.ofMinutes(c.getMinutes()), activity);
        List<Violation> violations = relevant(record(y).validate(rule, clock));
        refuseErrors(violations);
        // no note: the summary stays on the check-in, which only the volunteer and the tutor read (minimisation);
        // a note on the hours would show it to everyone who sees the year's hours
        TimeEntry e = new TimeEntry(y, day, category, c.getMinutes(), activity, null, null, LocalDateTime.now(clock));
        e.fromCheckIn(c);
        repository.add(e);
        return e;
    }

    // ------------------------------------------------------------------ absences

    /** Records a day of leave or sickness in an open month. */
    public Saved<AbsenceDay> addAbsence(long serviceYearId, AbsenceCommand cmd) {
        ServiceYear y = ownYearForWrite(serviceYearId);
        FieldCheck.of(cmd).required("date", cmd.date()).required("type", cmd.type()).orThrow();
        LocalDate date = cmd.date();
        AbsenceType type = cmd.type();
        requireOpen(y, date);
        ValidationResult result = record(y).validateAbsence(new it.milano.levacivica.core.rules.Absence(date, type), clock);
        List<Violation> relevant = relevant(result);
        refuseErrors(relevant);
        AbsenceDay a = new AbsenceDay(y, date, type);
        repository.add(a);
        return new Saved<>(a, warnings(relevant));
    }

    /** Removes a day of absence of an open month. */
    public void deleteAbsence(long absenceId) {
        AbsenceDay a = repository.findAbsence(absenceId).orElseThrow(() -> new NotFoundException("error.notFound"));
        ServiceYear y = ownYearForWrite(a.getServiceYear().getId());
        requireOpen(y, a.getDate());
        repository.remove(a);
    }

    // ------------------------------------------------------------------ the week grid

    /**
     * One cell of the week grid: the hours of one category on one day, and for service the activity.
     *
     * @param date the day
     * @param category the category
     * @param minutes the total wanted for that day and category; 0 removes it
     * @param activityType for service
     */
    public record WeekCell(LocalDate date, Category category, int minutes, ActivityType activityType) {
    }

    /**
     * Saves a week at once: each cell's total replaces the entries of that day and category. All or
     * nothing: if any cell breaks a rule, nothing is stored and every violation is returned with its cell.
     *
     * @param serviceYearId the caller's own year
     * @param cells the cells, in any order
     * @return the warnings of the saved week
     */
    public List<Violation> saveWeek(long serviceYearId, List<WeekCell> cells) {
        ServiceYear y = ownYearForWrite(serviceYearId);
        if (cells.isEmpty()) {
            return List.of();
        }
        LocalDate from = cells.stream().map(WeekCell::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = cells.stream().map(WeekCell::date).max(LocalDate::compareTo).orElseThrow().plusDays(1);
        List<TimeEntry> existing = repository.entries(y.getId(), from, to);
        ServiceRecord record = record(y);
        List<Violation> found = new ArrayList<>();
        List<RuleViolationException.Cell> foundCells = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        for (WeekCell c : cells) {
            List<TimeEntry> same = existing.stream().filter(e -> e.getDate().equals(c.date()) && e.getCategory() == c.category()).toList();
            int current = same.stream().mapToInt(TimeEntry::getMinutes).sum();
            ActivityType currentActivity = same.isEmpty() ? null : same.get(0).getActivityType();
            if (current == c.minutes() && (c.minutes() == 0 || c.category() != Category.SERVICE || same.size() == 1 && currentActivity == c.activityType())) {
                continue;
            }
            requireOpen(y, c.date());
            for (TimeEntry e : same) {
                record = record.withoutEntry(e.toRule());
                writes.add(() -> repository.remove(e));
            }
            if (c.minutes() > 0) {
                HourEntry rule = new HourEntry(c.date(), c.category(), Duration.ofMinutes(c.minutes()),
                        c.category() == Category.SERVICE ? c.activityType() : null);
                List<Violation> relevant = relevant(record.validate(rule, clock));
                RuleViolationException.Cell cell = new RuleViolationException.Cell(c.date(), c.category());
                for (Violation v : relevant) {
                    found.add(v);
                    foundCells.add(cell);
                }
                if (relevant.stream().noneMatch(Violation::isError)) {
                    record = record.withEntry(rule);
                    String note = same.size() == 1 ? same.get(0).getNote() : null;
                    writes.add(() -> repository.add(new TimeEntry(y, c.date(), c.category(), c.minutes(), rule.activityType(),
                            note, null, LocalDateTime.now(clock))));
                }
            }
        }
        if (found.stream().anyMatch(Violation::isError)) {
            throw new RuleViolationException(found, foundCells);
        }
        writes.forEach(Runnable::run);
        return warnings(found);
    }

    // ------------------------------------------------------------------ internals

    /** Whether the month of a day is open for changes (no timesheet, or open, or rejected). */
    boolean isOpen(ServiceYear y, LocalDate day) {
        return repository.find(y.getId(), YearMonth.from(day)).map(Timesheet::getStatus).map(s -> s.isOpen()).orElse(true);
    }

    private void requireOpen(ServiceYear y, LocalDate day) {
        if (!isOpen(y, day)) {
            throw new MonthLockedException(YearMonth.from(day).toString());
        }
    }

    private ServiceYear ownYearForWrite(long serviceYearId) {
        ServiceYear y = years.get(serviceYearId);
        if (!y.getVolunteer().getId().equals(caller.person().getId())) {
            throw new AccessDeniedException("error.hours.notYours");
        }
        yearRepository.lockForUpdate(y);
        return y;
    }

    private TimeEntry ownEntryForWrite(long entryId) {
        TimeEntry e = repository.findEntry(entryId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!years.maySee(e.getServiceYear())) {
            throw new NotFoundException("error.notFound");
        }
        ownYearForWrite(e.getServiceYear().getId());
        return e;
    }

    /** The violations the portal reports: all of core-lib's. */
    static List<Violation> relevant(ValidationResult result) {
        return result.violations();
    }

    private static void refuseErrors(List<Violation> violations) {
        if (violations.stream().anyMatch(Violation::isError)) {
            throw new RuleViolationException(violations);
        }
    }

    private static List<Violation> warnings(List<Violation> violations) {
        return violations.stream().filter(v -> !v.isError()).toList();
    }

    private record Parsed(LocalDate date, Category category, int minutes, ActivityType activityType, String note) {
        HourEntry toRule() {
            return new HourEntry(date, category, Duration.ofMinutes(minutes), activityType);
        }
    }

    private static Parsed parse(EntryCommand cmd) {
        FieldCheck.of(cmd)
                .required("date", cmd.date())
                .required("category", cmd.category())
                .required("minutes", cmd.minutes())
                .that(cmd.note() == null || cmd.note().length() <= NOTE_MAX, "note", "validation.note")
                .orThrow();
        return new Parsed(cmd.date(), cmd.category(), cmd.minutes(), cmd.activityType(), cmd.note());
    }
}
