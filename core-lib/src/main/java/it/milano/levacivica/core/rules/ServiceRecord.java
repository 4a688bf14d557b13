package it.milano.levacivica.core.rules;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything recorded in one service year (hours, absences, confirmed tutor check-ins), and the
 * rules checked against it.
 *
 * <p>The record keeps per-day totals, not the entries themselves, and beside them the totals of every
 * calendar week and month, so validating one new entry against a whole year costs a few array reads
 * ({@link #validate(HourEntry, Clock)}), and the order in which entries were added never changes any
 * answer. A record is immutable and thread-safe: {@link #withEntry(HourEntry)} and its siblings return
 * a new record, sharing what they do not change, which is how an application keeps a year current
 * without evaluating it again from the start.
 *
 * <p>"Today" always comes from the {@link Clock} passed in; nothing here reads the system time.
 */
public final class ServiceRecord {

    private static final int CATEGORIES = Category.values().length;
    private static final int ABSENCE_TYPES = AbsenceType.values().length;
    private static final byte NONE = 0;

    private final ServiceYear year;
    private final RuleSet rules;
    private final RuleBook book;
    /** The year's days, weeks and months, shared by the records derived from one another. */
    private final YearWindows cal;
    private final long startEpochDay;
    private final int length;
    private final Hours hours;
    private final Absences absences;
    private final boolean[] checkIn;
    /** Whether each week of {@link #cal} has a check-in (within the year). */
    private final boolean[] weekCheckIn;
    /** Entries that could not be placed in a day: outside the year, non-positive, off-step or missing activity. */
    private final List<HourEntry> anomalies;

    private ServiceRecord(ServiceYear year, YearWindows cal, RuleBook book, Hours hours, Absences absences,
            boolean[] checkIn, boolean[] weekCheckIn, List<HourEntry> anomalies) {
        this.year = year;
        this.rules = year.ruleSet();
        this.book = book;
        this.cal = cal;
        this.startEpochDay = cal.startEpochDay;
        this.length = cal.length;
        this.hours = hours;
        this.absences = absences;
        this.checkIn = checkIn;
        this.weekCheckIn = weekCheckIn;
        this.anomalies = anomalies;
    }

    /** The same year with other hours, absences, check-ins or entries kept aside. */
    private ServiceRecord with(Hours h, Absences a, boolean[] ci, boolean[] wci, List<HourEntry> an) {
        return new ServiceRecord(year, cal, book, h, a, ci, wci, an);
    }

    /**
     * An empty record: nothing logged yet.
     *
     * @param year the service year, not null
     * @return the empty record
     * @throws NullPointerException if {@code year} is null
     */
    public static ServiceRecord empty(ServiceYear year) {
        Objects.requireNonNull(year, "year");
        YearWindows cal = new YearWindows(year);
        RuleBook book = new RuleBook(year.ruleSet());
        return new ServiceRecord(year, cal, book, new Hours(cal), new Absences(cal, book, new byte[cal.length]),
                new boolean[cal.length], new boolean[cal.weeks()], List.of());
    }

    /**
     * A record of existing data. Entries are taken as they are, even if they break rules (a year
     * recorded under older rules, say); {@link #review(Clock)} reports what is wrong with them.
     *
     * @param year the service year, not null
     * @param entries the hours, not null, no null element, in any order; entries outside the year, not
     *     positive, off the rule set's step or without a required activity type are kept aside for
     *     {@link #review(Clock)} and count nowhere
     * @param absences the absences, not null, no null element; a second absence on the same day and
     *     absences outside the year are ignored
     * @param checkInDates the days of confirmed tutor check-ins, not null, no null element; days outside
     *     the year are ignored
     * @return the record
     * @throws NullPointerException if any argument or any element of the collections is null
     */
    public static ServiceRecord of(ServiceYear year, Collection<HourEntry> entries, Collection<Absence> absences,
            Collection<LocalDate> checkInDates) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(absences, "absences");
        Objects.requireNonNull(checkInDates, "checkInDates");
        Objects.requireNonNull(year, "year");
        YearWindows cal = new YearWindows(year);
        RuleBook book = new RuleBook(year.ruleSet());
        Hours h = new Hours(cal);
        List<HourEntry> anomalies = new ArrayList<>();
        for (HourEntry e : entries) {
            int d = cal.index(Objects.requireNonNull(e, "entry").date());
            if (countable(e, d, book)) {
                h.add(cal, d, cal.monthOf(e.date()), e.category().ordinal(), (int) e.duration().toMinutes());
            } else {
                anomalies.add(e);
            }
        }
        byte[] absence = new byte[cal.length];
        for (Absence a : absences) {
            int d = cal.index(Objects.requireNonNull(a, "absence").date());
            if (d >= 0 && absence[d] == NONE) {
                absence[d] = (byte) (a.type().ordinal() + 1);
            }
        }
        boolean[] checkIn = new boolean[cal.length];
        boolean[] weekCheckIn = new boolean[cal.weeks()];
        for (LocalDate c : checkInDates) {
            int d = cal.index(Objects.requireNonNull(c, "check-in date"));
            if (d >= 0) {
                checkIn[d] = true;
                weekCheckIn[cal.weekOf(d)] = true;
            }
        }
        return new ServiceRecord(year, cal, book, h, new Absences(cal, book, absence), checkIn, weekCheckIn,
                List.copyOf(anomalies));
    }

    /** @return the service year this record belongs to */
    public ServiceYear serviceYear() { return year; }

    /** @return the rules of the year */
    public RuleSet ruleSet() { return rules; }

    // ------------------------------------------------------------------ changes (new records)

    /**
     * Adds hours without checking them; call {@link #validate(HourEntry, Clock)} first to keep the rules.
     *
     * @param entry hours to add, not null
     * @return a new record with the entry added (an entry outside the year, not positive, off the step or
     *     without a required activity type is kept aside for {@link #review(Clock)} and counts nowhere)
     * @throws NullPointerException if {@code entry} is null
     */
    public ServiceRecord withEntry(HourEntry entry) {
        Objects.requireNonNull(entry, "entry");
        int d = index(entry.date());
        if (countable(entry, d)) {
            Hours h = new Hours(hours, d);
            h.add(cal, d, cal.monthOf(entry.date()), entry.category().ordinal(), (int) entry.duration().toMinutes());
            return with(h, absences, checkIn, weekCheckIn, anomalies);
        }
        List<HourEntry> copy = new ArrayList<>(anomalies);
        copy.add(entry);
        return with(hours, absences, checkIn, weekCheckIn, List.copyOf(copy));
    }

    /**
     * Removes hours added before.
     *
     * @param entry hours previously added, not null
     * @return a new record without that entry
     * @throws NullPointerException if {@code entry} is null
     * @throws IllegalArgumentException if the record holds fewer hours of that day and category, or the
     *     day is outside the year
     */
    public ServiceRecord withoutEntry(HourEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (anomalies.contains(entry)) {
            List<HourEntry> copy = new ArrayList<>(anomalies);
            copy.remove(entry);
            return with(hours, absences, checkIn, weekCheckIn, List.copyOf(copy));
        }
        int d = index(entry.date());
        int c = entry.category().ordinal();
        int mins = (int) entry.duration().toMinutes();
        if (!countable(entry, d) || hours.minutes(c, d) < mins) {
            throw new IllegalArgumentException("the record does not hold " + entry);
        }
        Hours h = new Hours(hours, d);
        h.add(cal, d, cal.monthOf(entry.date()), c, -mins);
        return with(h, absences, checkIn, weekCheckIn, anomalies);
    }

    /**
     * Records an absence without checking it; call {@link #validateAbsence(Absence, Clock)} first.
     *
     * @param a an absence, not null, within the year
     * @return a new record with the absence (replacing any absence of that day)
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the day is outside the year
     */
    public ServiceRecord withAbsence(Absence a) {
        Objects.requireNonNull(a, "absence");
        int d = requireIndex(a.date());
        byte[] ab = absences.codes.clone();
        ab[d] = (byte) (a.type().ordinal() + 1);
        return with(hours, new Absences(cal, book, ab), checkIn, weekCheckIn, anomalies);
    }

    /**
     * Removes the absence of a day.
     *
     * @param date a day of the year, not null; a day without an absence is left as it is
     * @return a new record without an absence on that day
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if the day is outside the year
     */
    public ServiceRecord withoutAbsence(LocalDate date) {
        int d = requireIndex(date);
        byte[] ab = absences.codes.clone();
        ab[d] = NONE;
        return with(hours, new Absences(cal, book, ab), checkIn, weekCheckIn, anomalies);
    }

    /**
     * Records a check-in confirmed by both tutor and volunteer.
     *
     * @param date the day of the check-in, not null, within the year
     * @return a new record with that check-in
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if the day is outside the year
     */
    public ServiceRecord withCheckIn(LocalDate date) {
        int d = requireIndex(date);
        boolean[] ci = checkIn.clone();
        ci[d] = true;
        boolean[] wci = weekCheckIn.clone();
        wci[cal.weekOf(d)] = true;
        return with(hours, absences, ci, wci, anomalies);
    }

    // ------------------------------------------------------------------ validation
    //
    // Every rule is decided by RuleBook, once; the methods below only gather the figures of the windows
    // an entry touches (its day, its week Monday to Sunday, its month, its category over the year) or,
    // for review, of every window of the year. So validate and review cannot disagree: adding a year's
    // entries one by one gives, window by window, the violations review finds in the whole year.

    /**
     * Checks a new entry against the rules and everything already recorded: the entry itself (day in
     * the year, duration, step, activity type) and, if it would count, the day, the week (Monday to
     * Sunday) and the month it falls in and its category over the year, as they would be with it. A
     * week or month already over is checked against the lower edges of the guidance and, for a week, the
     * tutor check-in, exactly as {@link #review(Clock)} checks it.
     *
     * @param candidate the entry to add, not null
     * @param clock gives today, not null
     * @return every violation; {@link ValidationResult#isAccepted()} says whether it may be recorded
     * @throws NullPointerException if {@code candidate} or {@code clock} is null
     */
    public ValidationResult validate(HourEntry candidate, Clock clock) {
        return validate(candidate, null, clock);
    }

    /**
     * Checks a changed entry: the rules are applied as if {@code existing} were replaced by
     * {@code replacement}, over the windows of the replacement.
     *
     * @param existing the entry as recorded now, not null
     * @param replacement the entry as it would be, not null
     * @param clock gives today, not null
     * @return every violation of the replacement
     * @throws NullPointerException if any argument is null
     */
    public ValidationResult validateReplacement(HourEntry existing, HourEntry replacement, Clock clock) {
        return validate(replacement, Objects.requireNonNull(existing, "existing"), clock);
    }

    private ValidationResult validate(HourEntry e, HourEntry removed, Clock clock) {
        Objects.requireNonNull(e, "entry");
        LocalDateTime now = now(clock);
        List<Violation> out = new ArrayList<>(2);
        int d = index(e.date());
        if (!countable(e, d)) {
            entryAlone(e, now, out);
            return ValidationResult.of(out);
        }
        int mins = (int) e.duration().toMinutes();
        int rd = removed == null ? -1 : index(removed.date());
        boolean removes = removed != null && countable(removed, rd);
        Delta delta = new Delta(d, mins, removes ? rd : -1, removes ? (int) removed.duration().toMinutes() : 0);
        long todayIndex = now.toLocalDate().toEpochDay() - startEpochDay;
        day(d, e.date(), delta.total(hours, d), now, out);
        week(cal.weekOf(d), delta, todayIndex, out);
        month(cal.monthOf(e.date()), delta, todayIndex, out);
        int c = e.category().ordinal();
        book.categoryTarget(e.category(), (long) hours.categoryTotal[c] + mins
                - (removes && removed.category() == e.category() ? delta.removedMins : 0), out);
        return ValidationResult.of(out);
    }

    /**
     * Checks a new absence (a day of leave or sickness): the day in the year, sickness not in the
     * future, one absence a day, no hours on the day, and the allowance.
     *
     * @param a the absence, not null
     * @param clock gives today, not null
     * @return every violation
     * @throws NullPointerException if {@code a} or {@code clock} is null
     */
    public ValidationResult validateAbsence(Absence a, Clock clock) {
        Objects.requireNonNull(a, "absence");
        LocalDateTime now = now(clock);
        List<Violation> out = new ArrayList<>(1);
        if (!book.withinYear(year, a.date(), out)) {
            return ValidationResult.of(out);
        }
        if (a.type() == AbsenceType.SICKNESS) {
            book.notInFuture(a.date(), null, now, out);
        }
        int d = index(a.date());
        if (absences.codes[d] != NONE) {
            book.absenceDuplicate(a.date(), absenceType(d), out);
        }
        if (hours.day(d) > 0) {
            book.hoursOnAbsenceDay(a.date(), a.type(), out);
        }
        if (book.countsAgainstAllowance(a.type(), isoDayOfWeek(d))) {
            book.allowance(a.type(), absenceDaysUsed(a.type()) + 1, out);
        }
        return ValidationResult.of(out);
    }

    /**
     * Checks a tutor check-in as it is recorded, before both sides confirm it: the meeting's day in the
     * year and its time not after now, its duration more than zero, in whole steps and within the daily
     * maximum, and an activity type when the rule set counts check-ins as service hours. The hours of a
     * confirmed check-in are then checked like any entry, with {@link #validate(HourEntry, Clock)},
     * against the day as it stands.
     *
     * @param heldAt when the meeting was held, not null
     * @param duration how long it lasted, not null
     * @param activityType the service activity its hours count as; may be null (reported when the rule set
     *     counts check-ins as service)
     * @param clock gives the present time, not null
     * @return every violation, on the fields {@link Field#DATE} (the time), {@link Field#DURATION} and
     *     {@link Field#ACTIVITY_TYPE}
     * @throws NullPointerException if {@code heldAt}, {@code duration} or {@code clock} is null
     */
    public ValidationResult validateCheckIn(LocalDateTime heldAt, Duration duration, ActivityType activityType, Clock clock) {
        Objects.requireNonNull(heldAt, "heldAt");
        Objects.requireNonNull(duration, "duration");
        LocalDateTime now = now(clock);
        List<Violation> out = new ArrayList<>(1);
        if (book.withinYear(year, heldAt.toLocalDate(), out)) {
            book.notInFuture(heldAt.toLocalDate(), heldAt.toLocalTime(), now, out);
        }
        book.duration(null, duration, out);
        if (!duration.isNegative() && !duration.isZero() && book.onStep(duration)) {
            book.hoursPerDay(heldAt.toLocalDate(), duration.toMinutes(), out);
        }
        if (rules.checkInCountsAs() != null) {
            book.activity(rules.checkInCountsAs(), activityType, out);
        }
        return ValidationResult.of(out);
    }

    /**
     * Checks a planned week, the same every week (e.g. Monday to Friday 6 h), against the rules of the
     * year: each planned day's hours (in steps, within the daily maximum), the days a week, the weekly
     * guidance band (the week taken as one in service) and the leave recorded against its allowance.
     * The violations of a planned day carry the {@code day} ({@link DayOfWeek}); those of the week carry
     * no {@code week}. {@code ScheduleCheck} is built on this.
     *
     * @param hoursByDay the hours planned on each day of the week, not null, no null key or value; days
     *     left out or given zero have none
     * @return every violation
     * @throws NullPointerException if {@code hoursByDay} or one of its keys or values is null
     */
    public ValidationResult validatePlannedWeek(Map<DayOfWeek, Duration> hoursByDay) {
        Objects.requireNonNull(hoursByDay, "hoursByDay");
        for (Map.Entry<DayOfWeek, Duration> e : hoursByDay.entrySet()) {
            Objects.requireNonNull(e.getKey(), "day");
            Objects.requireNonNull(e.getValue(), "hours of " + e.getKey());
        }
        List<Violation> out = new ArrayList<>();
        int days = 0;
        long total = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            Duration h = hoursByDay.getOrDefault(day, Duration.ZERO);
            if (h.isZero()) {
                continue;
            }
            book.duration(day, h, out);
            if (h.isNegative()) {
                continue;
            }
            long mins = h.toMinutes() + (h.toSecondsPart() != 0 || h.toNanosPart() != 0 ? 1 : 0);
            book.hoursPerDay(day, mins, out);
            days++;
            total += mins;
        }
        int serviceDays = rules.serviceDaysPerWeek();
        book.daysPerWeekMax(null, days, out);
        book.weeklyAbove(null, total, out);
        book.weeklyBelow(null, total, serviceDays, out);
        book.daysPerWeekMin(null, days, 0, serviceDays, out);
        book.allowance(AbsenceType.LEAVE, absenceDaysUsed(AbsenceType.LEAVE), out);
        return ValidationResult.of(out);
    }

    /**
     * Reviews the whole year as it stands: every entry that counts nowhere, every day, every calendar
     * week (Monday to Sunday; the lower edges of the guidance and the check-in once the week is over),
     * every month (its lower edge once over), the allowances and the targets. This is what a tutor looks
     * at before approving, and what an application runs on data recorded under older rules.
     *
     * @param clock gives today, not null
     * @return every violation, in date order: entries kept aside, days, weeks, months, then the year
     * @throws NullPointerException if {@code clock} is null
     */
    public ValidationResult review(Clock clock) {
        LocalDateTime now = now(clock);
        long todayIndex = now.toLocalDate().toEpochDay() - startEpochDay;
        List<Violation> out = new ArrayList<>();
        for (HourEntry e : anomalies) {
            entryAlone(e, now, out);
        }
        LocalDate date = year.start();
        int dateIndex = 0;
        for (int d = hours.nextDayWithHours(0, length); d < length; d = hours.nextDayWithHours(d + 1, length)) {
            date = date.plusDays(d - dateIndex); // a few days on: no division, unlike LocalDate.ofEpochDay
            dateIndex = d;
            day(d, date, hours.day(d), now, out);
        }
        for (int w = 0; w < cal.weeks(); w++) {
            week(w, Delta.NONE, todayIndex, out);
        }
        for (int m = 0; m < cal.months(); m++) {
            month(m, Delta.NONE, todayIndex, out);
        }
        book.allowance(AbsenceType.LEAVE, absenceDaysUsed(AbsenceType.LEAVE), out);
        book.allowance(AbsenceType.SICKNESS, absenceDaysUsed(AbsenceType.SICKNESS), out);
        for (Category c : Category.values()) {
            book.categoryTarget(c, hours.categoryTotal[c.ordinal()], out);
        }
        return ValidationResult.of(out);
    }

    /** The rules of an entry that counts nowhere (outside the year, not positive, off the step, no activity). */
    private void entryAlone(HourEntry e, LocalDateTime now, List<Violation> out) {
        if (book.withinYear(year, e.date(), out)) {
            book.notInFuture(e.date(), null, now, out);
        }
        book.duration(null, e.duration(), out);
        book.activity(e.category(), e.activityType(), out);
    }

    /**
     * The rules of one day with hours: not in the future, no absence, the daily maximum.
     *
     * @param d the day's index
     * @param date the day
     * @param total the day's hours in minutes, as they would be
     */
    private void day(int d, LocalDate date, int total, LocalDateTime now, List<Violation> out) {
        if (total == 0) {
            return;
        }
        book.notInFuture(date, null, now, out);
        if (absences.codes[d] != NONE) {
            book.hoursOnAbsenceDay(date, absenceType(d), out);
        }
        book.hoursPerDay(date, total, out);
    }

    /**
     * The rules of calendar week {@code w} clipped to the year: days and the upper edge always; once the
     * week is over (today after its last day in the year) and has service days in the year, the lower
     * edge, the fewest days and the check-in. The figures are the week's totals kept by the record, with
     * the change of the one or two days a delta touches.
     */
    private void week(int w, Delta delta, long todayIndex, List<Violation> out) {
        int from = cal.weekFrom(w);
        int to = cal.weekTo(w);
        int days = hours.weekDays[w] + delta.daysIn(hours, from, to);
        long total = hours.weekTotal[w] + delta.minutesIn(hours, from, to);
        int service = cal.weekServiceDays(w);
        Week week = cal.week(w);
        book.daysPerWeekMax(week, days, out);
        book.weeklyAbove(week, total, out);
        if (to <= todayIndex && service > 0) {
            int absent = absences.weekAbsent[w];
            int available = service - absent;
            book.weeklyBelow(week, total, available, out);
            book.daysPerWeekMin(week, days, absent, available, out);
            book.weekCheckIn(week, available, weekCheckIn[w], out);
        }
    }

    /**
     * The rules of calendar month {@code m} clipped to the year: the upper edge always; once the month is
     * over (today after its last day in the year) and has service days in the year, the lower edge.
     */
    private void month(int m, Delta delta, long todayIndex, List<Violation> out) {
        int to = cal.monthTo(m);
        long total = hours.monthTotal[m] + delta.minutesIn(hours, cal.monthFrom(m), to);
        YearMonth month = cal.month(m);
        book.monthlyAbove(month, total, out);
        if (to <= todayIndex && cal.monthServiceDays(m) > 0) {
            book.monthlyBelow(month, total, absences.monthAvailable[m], cal.serviceDaysOfMonth(m), out);
        }
    }

    // ------------------------------------------------------------------ queries

    /**
     * The hours of one category from the start of the year to a day.
     *
     * @param category a category, not null
     * @param upTo the last day counted (inclusive), not null; days after the year's end are ignored
     * @return the hours of that category recorded from the start of the year to {@code upTo}; zero
     *     before the start
     * @throws NullPointerException if {@code category} or {@code upTo} is null
     */
    public Duration hours(Category category, LocalDate upTo) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(upTo, "upTo");
        int to = Math.min(length, (int) (upTo.toEpochDay() - startEpochDay) + 1);
        if (to == length) {
            return total(category); // the same sum, kept
        }
        int c = category.ordinal();
        int sum = 0;
        for (int i = 0; i < to; i++) {
            sum += hours.minutes(c, i);
        }
        return Duration.ofMinutes(sum);
    }

    /**
     * All hours of one category.
     *
     * @param category a category, not null
     * @return all hours of that category in the year, including those beyond its target
     * @throws NullPointerException if {@code category} is null
     */
    public Duration total(Category category) {
        Objects.requireNonNull(category, "category");
        return Duration.ofMinutes(hours.categoryTotal[category.ordinal()]);
    }

    /**
     * The hours of one day.
     *
     * @param date a day, not null
     * @return the hours of all categories on that day (zero outside the year)
     * @throws NullPointerException if {@code date} is null
     */
    public Duration hoursOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int d = index(date);
        return Duration.ofMinutes(d < 0 ? 0 : hours.day(d));
    }

    /**
     * The absence of one day.
     *
     * @param date a day, not null
     * @return the absence recorded on that day, if any (none outside the year)
     * @throws NullPointerException if {@code date} is null
     */
    public Optional<AbsenceType> absenceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int d = index(date);
        return d < 0 || absences.codes[d] == NONE ? Optional.empty() : Optional.of(absenceType(d));
    }

    /**
     * The days of one type of absence counted against its allowance.
     *
     * @param type leave or sickness, not null
     * @return days used against the allowance: leave counts on the rule set's service days, sickness every day
     * @throws NullPointerException if {@code type} is null
     */
    public int absenceDaysUsed(AbsenceType type) {
        Objects.requireNonNull(type, "type");
        return absences.used[type.ordinal()];
    }

    /**
     * Days on which service is expected: the rule set's service days ({@link RuleSet#serviceDays()},
     * Monday to Saturday in the shipped rule sets) within the year and within {@code [from, toExclusive)},
     * minus the days of leave and sickness recorded (planned leave included).
     *
     * @param from first day (inclusive), not null
     * @param toExclusive end (exclusive), not null
     * @return the number of such days, zero if the range is empty
     * @throws NullPointerException if {@code from} or {@code toExclusive} is null
     */
    public int serviceDays(LocalDate from, LocalDate toExclusive) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toExclusive, "toExclusive");
        int a = Math.max(0, (int) (from.toEpochDay() - startEpochDay));
        int b = Math.min(length, (int) (toExclusive.toEpochDay() - startEpochDay));
        return a >= b ? 0 : absences.availableBefore[b] - absences.availableBefore[a];
    }

    /**
     * The day on which {@code n} more service days (days of the rule set's working week, not absent)
     * will have passed after {@code from}. Past the end of the year every service day counts.
     *
     * @param from the day after which to count (exclusive), not null
     * @param n how many service days, at least 1
     * @return the {@code n}th service day after {@code from}
     * @throws NullPointerException if {@code from} is null
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public LocalDate nthServiceDayAfter(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        int i = Math.max(0, (int) (from.toEpochDay() - startEpochDay) + 1);
        int dow = isoDayOfWeek(i);
        for (; i < length; i++, dow = dow % 7 + 1) {
            if (rules.isServiceDay(dow) && absences.codes[i] == NONE && --n == 0) {
                return dateOf(i);
            }
        }
        // past the year: every week has the same service days
        int perWeek = rules.serviceDaysPerWeek();
        LocalDate day = dateOf(i).minusDays(1);
        long weeks = (n - 1) / perWeek;
        day = day.plusWeeks(weeks);
        n -= (int) (weeks * perWeek);
        while (n > 0) {
            day = day.plusDays(1);
            if (rules.isServiceDay(day.getDayOfWeek())) {
                n--;
            }
        }
        return day;
    }

    /**
     * Whether a calendar week (Monday to Sunday) has a confirmed tutor check-in.
     *
     * @param date any day of the week, not null
     * @return whether that week (within the year) has a confirmed tutor check-in
     * @throws NullPointerException if {@code date} is null
     */
    public boolean hasCheckInInWeekOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int d = (int) (date.toEpochDay() - startEpochDay);
        return hasCheckIn(d - (date.getDayOfWeek().getValue() - 1));
    }

    // ------------------------------------------------------------------ internals

    private boolean hasCheckIn(int weekStart) {
        for (int i = Math.max(0, weekStart); i < Math.min(length, weekStart + 7); i++) {
            if (checkIn[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an entry counts in the totals: in the year, more than zero, on the step, with its activity
     * type. Other entries are kept aside and only their own rules are reported.
     *
     * @param d the index of the entry's day, -1 outside the year
     */
    private boolean countable(HourEntry e, int d) {
        return countable(e, d, book);
    }

    private static boolean countable(HourEntry e, int d, RuleBook book) {
        Duration t = e.duration();
        return d >= 0 && !t.isNegative() && !t.isZero() && book.onStep(t)
                && (e.category() != Category.SERVICE || e.activityType() != null);
    }

    private AbsenceType absenceType(int d) {
        return AbsenceType.values()[absences.codes[d] - 1];
    }

    private int index(LocalDate date) {
        return cal.index(date);
    }

    private int requireIndex(LocalDate date) {
        int d = index(Objects.requireNonNull(date, "date"));
        if (d < 0) {
            throw new IllegalArgumentException(date + " is outside " + year);
        }
        return d;
    }

    private LocalDate dateOf(int d) {
        return LocalDate.ofEpochDay(startEpochDay + d);
    }

    /** 1 (Monday) to 7 (Sunday) for the day at an index (any index, also outside the year). */
    private int isoDayOfWeek(int d) {
        return cal.isoDayOfWeek(d);
    }

    /**
     * {@link LocalDateTime#now(Clock)} without asking a {@link ZoneOffset} for its rules, which builds a
     * {@code ZoneRules} on every call: the same instant, offset and result.
     */
    private static LocalDateTime now(Clock clock) {
        Instant instant = Objects.requireNonNull(clock, "clock").instant();
        ZoneId zone = clock.getZone();
        ZoneOffset offset = zone instanceof ZoneOffset o ? o : zone.getRules().getOffset(instant);
        return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
    }

    /**
     * The hours of a record: minutes per category and day, per day and per category, and, kept with
     * them, per calendar week (the minutes and the days with hours) and per calendar month of the year.
     * Filled while a record is built, then never changed.
     *
     * <p>The days come in blocks of {@value #BLOCK}, each block holding its days' minutes per category and
     * their totals. A new record with one more entry copies the small arrays and the one block that
     * changes, and shares the other blocks with the record it came from: about a tenth of the year's
     * arrays.
     */
    private static final class Hours {
        private static final int SHIFT = 5;
        static final int BLOCK = 1 << SHIFT;
        private static final int MASK = BLOCK - 1;
        /** The day totals' place in a block, after the categories' minutes. */
        private static final int TOTALS = CATEGORIES * BLOCK;

        /** blocks[d >> SHIFT][c * BLOCK + (d & MASK)]: minutes of category c on day d; [TOTALS + (d & MASK)]: day d's total. */
        private final int[][] blocks;
        final int[] categoryTotal;
        /** The sum of each week's day totals (within the year), as the week's rules count it. */
        final long[] weekTotal;
        /** The days of each week with a day total above zero. */
        final int[] weekDays;
        /** The sum of each month's day totals (within the year). */
        final long[] monthTotal;

        /** No hours. */
        Hours(YearWindows cal) {
            blocks = new int[(cal.length + MASK) >> SHIFT][(CATEGORIES + 1) * BLOCK];
            categoryTotal = new int[CATEGORIES];
            weekTotal = new long[cal.weeks()];
            weekDays = new int[cal.weeks()];
            monthTotal = new long[cal.months()];
        }

        /** A copy of {@code h} in which day d may change. */
        Hours(Hours h, int d) {
            blocks = h.blocks.clone();
            blocks[d >> SHIFT] = blocks[d >> SHIFT].clone();
            categoryTotal = h.categoryTotal.clone();
            weekTotal = h.weekTotal.clone();
            weekDays = h.weekDays.clone();
            monthTotal = h.monthTotal.clone();
        }

        /** @return the minutes of all categories on day d */
        int day(int d) {
            return blocks[d >> SHIFT][TOTALS + (d & MASK)];
        }

        /** @return the first day from d on (before {@code length}) whose total is not zero, or {@code length} */
        int nextDayWithHours(int d, int length) {
            while (d < length) {
                int[] block = blocks[d >> SHIFT];
                for (int end = Math.min(length, (d | MASK) + 1); d < end; d++) {
                    if (block[TOTALS + (d & MASK)] != 0) {
                        return d;
                    }
                }
            }
            return length;
        }

        /** @return the minutes of category c on day d */
        int minutes(int c, int d) {
            return blocks[d >> SHIFT][c * BLOCK + (d & MASK)];
        }

        /** Adds minutes (or with a negative number takes them away) of category c on day d of month m. */
        void add(YearWindows cal, int d, int m, int c, int mins) {
            int[] block = blocks[d >> SHIFT];
            block[c * BLOCK + (d & MASK)] += mins;
            categoryTotal[c] += mins;
            int before = block[TOTALS + (d & MASK)];
            int after = before + mins;
            block[TOTALS + (d & MASK)] = after;
            int w = cal.weekOf(d);
            weekTotal[w] += (long) after - before;
            weekDays[w] += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
            monthTotal[m] += (long) after - before;
        }
    }

    /**
     * The absences of a record (one code a day) and what the rules read of them: per week the service
     * days absent, per month the service days not absent, the service days not absent before each day,
     * and the days counted against each allowance. Made whole from the codes; never changed.
     */
    private static final class Absences {
        /** 0 none, otherwise AbsenceType.ordinal() + 1. */
        final byte[] codes;
        final int[] weekAbsent;
        final int[] monthAvailable;
        /** availableBefore[d]: the service days without an absence in {@code [0, d)}; {@code length + 1} of them. */
        final int[] availableBefore;
        /** The days counted against the allowance, by AbsenceType.ordinal(). */
        final int[] used;

        Absences(YearWindows cal, RuleBook book, byte[] codes) {
            this.codes = codes;
            this.weekAbsent = new int[cal.weeks()];
            this.monthAvailable = new int[cal.months()];
            this.availableBefore = new int[cal.length + 1];
            this.used = new int[ABSENCE_TYPES];
            AbsenceType[] types = AbsenceType.values();
            int available = 0;
            int dow = cal.isoDayOfWeek(0);
            int w = 0;
            for (int d = 0; d < cal.length; d++) {
                availableBefore[d] = available;
                boolean service = cal.rules().isServiceDay(dow);
                if (codes[d] == NONE) {
                    if (service) {
                        available++;
                    }
                } else {
                    if (service) {
                        weekAbsent[w]++;
                    }
                    if (book.countsAgainstAllowance(types[codes[d] - 1], dow)) {
                        used[codes[d] - 1]++;
                    }
                }
                if (dow == 7) {
                    dow = 1;
                    w++;
                } else {
                    dow++;
                }
            }
            availableBefore[cal.length] = available;
            for (int m = 0; m < cal.months(); m++) {
                monthAvailable[m] = availableBefore[cal.monthTo(m)] - availableBefore[cal.monthFrom(m)];
            }
        }
    }

    /** The day totals as they would be after one entry is added and, optionally, another removed. */
    private static final class Delta {
        /** No change: the record as it stands. */
        static final Delta NONE = new Delta(-1, 0, -1, 0);

        private final int day;
        private final int mins;
        private final int removedDay;
        private final int removedMins;

        Delta(int day, int mins, int removedDay, int removedMins) {
            this.day = day;
            this.mins = mins;
            this.removedDay = removedDay;
            this.removedMins = removedMins;
        }

        int total(Hours h, int i) {
            int t = h.day(i);
            if (i == day) {
                t += mins;
            }
            if (i == removedDay) {
                t -= removedMins;
            }
            return t;
        }

        /** What the change adds to the sum of the day totals of {@code [from, to)}. */
        long minutesIn(Hours h, int from, int to) {
            long m = 0;
            if (day >= from && day < to) {
                m += (long) total(h, day) - h.day(day);
            }
            if (removedDay != day && removedDay >= from && removedDay < to) {
                m += (long) total(h, removedDay) - h.day(removedDay);
            }
            return m;
        }

        /** What the change adds to the number of days of {@code [from, to)} with a total above zero. */
        int daysIn(Hours h, int from, int to) {
            int n = 0;
            if (day >= from && day < to) {
                n += (total(h, day) > 0 ? 1 : 0) - (h.day(day) > 0 ? 1 : 0);
            }
            if (removedDay != day && removedDay >= from && removedDay < to) {
                n += (total(h, removedDay) > 0 ? 1 : 0) - (h.day(removedDay) > 0 ? 1 : 0);
            }
            return n;
        }
    }

    /**
     * The year and the hours of each category in minutes, e.g.
     * {@code ServiceRecord ServiceYear[2026-03-02, 2027-03-02) leva-civica-milano@2026.1 [18180, 120, 0]}.
     *
     * @return a short text for logs
     */
    @Override
    public String toString() {
        return "ServiceRecord " + year + " " + Arrays.toString(hours.categoryTotal);
    }
}
