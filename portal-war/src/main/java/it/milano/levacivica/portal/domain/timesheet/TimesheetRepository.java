package it.milano.levacivica.portal.domain.timesheet;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where hours, absences and timesheets are kept. */
public interface TimesheetRepository {

    Optional<TimeEntry> findEntry(long id);
    /** @return entries of the year in {@code [from, toExclusive)}, by date */
    List<TimeEntry> entries(long serviceYearId, LocalDate from, LocalDate toExclusive);
    /** @return every entry of the year, as the values core-lib checks (one query) */
    List<it.milano.levacivica.core.rules.HourEntry> ruleEntries(long serviceYearId);

    /**
     * Where an entry stands in the order (service year, date, id) of {@link #exportPage}.
     *
     * @param serviceYearId its year
     * @param date its day
     * @param id its id
     */
    record EntryKey(long serviceYearId, LocalDate date, long id) {
        /** @param r an exported row @return its key */
        public static EntryKey of(ExportedEntry r) {
            return new EntryKey(r.serviceYearId(), r.date(), r.id());
        }

        public EntryKey {
            java.util.Objects.requireNonNull(date, "date");
        }

        /** @param e a stored entry @return its key */
        public static EntryKey of(TimeEntry e) {
            return new EntryKey(e.getServiceYear().getId(), e.getDate(), e.getId());
        }
    }

    /**
     * One page of entries, with their year and volunteer, in the order (service year, date, id), after the key
     * {@code after} (null for the first page): keyset paging in the database, so that every page costs the same and
     * entries added meanwhile do not shift the pages.
     *
     * @param serviceYearIds the years, or null for every year
     * @param projectId only this project's years, or null
     * @param limit at most this many
     */
    /**
     * The rows of an export, in the order and with the filters of {@link #exportPage}, read as plain values rather
     * than entities: a streamed export of a project builds no entity, so it costs the database's rows and no more.
     */
    List<ExportedEntry> exportRows(java.util.Collection<Long> serviceYearIds, Long projectId, LocalDate from, LocalDate toExclusive,
            EntryKey after, int limit);

    /**
     * An entry as an export writes it.
     *
     * @param id the entry
     * @param serviceYearId its year
     * @param volunteer the volunteer's full name
     * @param date the day
     * @param category the category
     * @param minutes the minutes
     * @param activityType the activity, or null
     * @param note the note, or null
     */
    record ExportedEntry(long id, long serviceYearId, String volunteer, LocalDate date, it.milano.levacivica.core.rules.Category category,
            int minutes, it.milano.levacivica.core.rules.ActivityType activityType, String note) {
    }

    List<TimeEntry> exportPage(java.util.Collection<Long> serviceYearIds, Long projectId, LocalDate from, LocalDate toExclusive,
            EntryKey after, int limit);

    /** @return minutes logged per task id, over the given years (one query) */
    java.util.Map<Long, Integer> minutesPerTask(java.util.Collection<Long> serviceYearIds);
    void add(TimeEntry entry);
    /** Adds an entry and writes it at once, so that its id and version are known inside the transaction. */
    void addNow(TimeEntry entry);
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
