package it.milano.levacivica.portal.domain.timesheet;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where hours, absences and timesheets are kept. */
public interface TimesheetRepository {

    Optional<TimeEntry> findEntry(long id);
    Optional<TimeEntry> findEntryByIdempotencyKey(long serviceYearId, String key);
    /** @return entries of the year in {@code [from, toExclusive)}, by date */
    List<TimeEntry> entries(long serviceYearId, LocalDate from, LocalDate toExclusive);
    /** @return every entry of the year, as the values core-lib checks (one query) */
    List<it.milano.levacivica.core.rules.HourEntry> ruleEntries(long serviceYearId);
    /** @return entries of the given years in {@code [from, toExclusive)}, with year and volunteer loaded, by volunteer and date */
    List<TimeEntry> entriesOfYears(java.util.Collection<Long> serviceYearIds, LocalDate from, LocalDate toExclusive);
    /** @return minutes logged per task id, over the given years (one query) */
    java.util.Map<Long, Integer> minutesPerTask(java.util.Collection<Long> serviceYearIds);
    void add(TimeEntry entry);
    void remove(TimeEntry entry);

    Optional<AbsenceDay> findAbsence(long id);
    List<AbsenceDay> absences(long serviceYearId);
    void add(AbsenceDay absence);
    void remove(AbsenceDay absence);

    Optional<Timesheet> find(long serviceYearId, YearMonth month);
    List<Timesheet> forYear(long serviceYearId);
    /** @return submitted months of the years a tutor follows */
    List<Timesheet> submittedForTutor(long tutorId);
    void add(Timesheet timesheet);
    void add(TimesheetTransition transition);
    List<TimesheetTransition> transitions(long timesheetId);
}
