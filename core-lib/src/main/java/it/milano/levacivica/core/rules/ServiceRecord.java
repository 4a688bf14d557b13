package it.milano.levacivica.core.rules;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything recorded in one service year (hours, absences, confirmed tutor check-ins), and the
 * rules checked against it.
 *
 * <p>The record keeps per-day totals, not the entries themselves, so validating one new entry
 * against a whole year costs a few array reads ({@link #validate(HourEntry, Clock)}), and the order
 * in which entries were added never changes any answer. A record is immutable and thread-safe:
 * {@link #withEntry(HourEntry)} and its siblings return a new record, which is how an application
 * keeps a year current without evaluating it again from the start.
 *
 * <p>"Today" always comes from the {@link Clock} passed in; nothing here reads the system time.
 */
public final class ServiceRecord {

    private static final int CATEGORIES = Category.values().length;
    private static final byte NONE = 0;

    private final ServiceYear year;
    private final RuleSet rules;
    private final long startEpochDay;
    private final int length;
    /** minutes[category * length + day]. */
    private final int[] minutes;
    private final int[] dayTotal;
    private final int[] categoryTotal;
    /** 0 none, otherwise AbsenceType.ordinal() + 1. */
    private final byte[] absence;
    private final boolean[] checkIn;
    /** Entries that could not be placed in a day: outside the year, non-positive, off-step or missing activity. */
    private final List<HourEntry> anomalies;

    private ServiceRecord(ServiceYear year, int[] minutes, int[] dayTotal, int[] categoryTotal, byte[] absence,
            boolean[] checkIn, List<HourEntry> anomalies) {
        this.year = year;
        this.rules = year.ruleSet();
        this.startEpochDay = year.start().toEpochDay();
        this.length = year.lengthInDays();
        this.minutes = minutes;
        this.dayTotal = dayTotal;
        this.categoryTotal = categoryTotal;
        this.absence = absence;
        this.checkIn = checkIn;
        this.anomalies = anomalies;
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
        int len = year.lengthInDays();
        return new ServiceRecord(year, new int[CATEGORIES * len], new int[len], new int[CATEGORIES], new byte[len],
                new boolean[len], List.of());
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
        ServiceRecord empty = empty(year);
        int[] minutes = empty.minutes;
        int[] dayTotal = empty.dayTotal;
        int[] categoryTotal = empty.categoryTotal;
        List<HourEntry> anomalies = new ArrayList<>();
        for (HourEntry e : entries) {
            if (!empty.add(Objects.requireNonNull(e, "entry"), minutes, dayTotal, categoryTotal)) {
                anomalies.add(e);
            }
        }
        for (Absence a : absences) {
            int d = empty.index(Objects.requireNonNull(a, "absence").date());
            if (d >= 0 && empty.absence[d] == NONE) {
                empty.absence[d] = (byte) (a.type().ordinal() + 1);
            }
        }
        for (LocalDate c : checkInDates) {
            int d = empty.index(Objects.requireNonNull(c, "check-in date"));
            if (d >= 0) {
                empty.checkIn[d] = true;
            }
        }
        return new ServiceRecord(year, minutes, dayTotal, categoryTotal, empty.absence, empty.checkIn,
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
        int[] m = minutes.clone();
        int[] dt = dayTotal.clone();
        int[] ct = categoryTotal.clone();
        List<HourEntry> an = anomalies;
        if (!add(entry, m, dt, ct)) {
            List<HourEntry> copy = new ArrayList<>(anomalies);
            copy.add(entry);
            an = List.copyOf(copy);
        }
        return new ServiceRecord(year, m, dt, ct, absence, checkIn, an);
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
            return new ServiceRecord(year, minutes, dayTotal, categoryTotal, absence, checkIn, List.copyOf(copy));
        }
        int d = index(entry.date());
        int c = entry.category().ordinal();
        int mins = (int) entry.duration().toMinutes();
        if (d < 0 || minutes[c * length + d] < mins) {
            throw new IllegalArgumentException("the record does not hold " + entry);
        }
        int[] m = minutes.clone();
        int[] dt = dayTotal.clone();
        int[] ct = categoryTotal.clone();
        m[c * length + d] -= mins;
        dt[d] -= mins;
        ct[c] -= mins;
        return new ServiceRecord(year, m, dt, ct, absence, checkIn, anomalies);
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
        byte[] ab = absence.clone();
        ab[d] = (byte) (a.type().ordinal() + 1);
        return new ServiceRecord(year, minutes, dayTotal, categoryTotal, ab, checkIn, anomalies);
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
        byte[] ab = absence.clone();
        ab[d] = NONE;
        return new ServiceRecord(year, minutes, dayTotal, categoryTotal, ab, checkIn, anomalies);
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
        return new ServiceRecord(year, minutes, dayTotal, categoryTotal, absence, ci, anomalies);
    }

    // ------------------------------------------------------------------ validation

    /**
     * Checks a new entry against the rules and everything already recorded.
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
     * {@code replacement}.
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
        LocalDate today = LocalDate.now(Objects.requireNonNull(clock, "clock"));
        List<Violation> out = new ArrayList<>(2);
        int d = index(e.date());
        checkEntryAlone(e, d, today, out);
        int mins = wholeMinutes(e.duration());
        if (d < 0 || mins <= 0) {
            return ValidationResult.of(out);
        }
        int rd = removed == null ? -1 : index(removed.date());
        int rmins = removed == null ? 0 : wholeMinutes(removed.duration());
        if (rd >= 0 && rmins <= 0) {
            rd = -1;
        }
        Delta delta = new Delta(d, mins, rd, rmins);

        if (absence[d] != NONE) {
            out.add(Violation.of(RuleId.HOURS_ON_ABSENCE_DAY, Severity.ERROR, Field.DATE,
                    "date", e.date().toString(), "absence", AbsenceType.values()[absence[d] - 1].name()));
        }
        int day = delta.dayTotal(d);
        if (day > rules.dailyMaxMinutes()) {
            out.add(Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION,
                    "date", e.date().toString(), "total", hhmm(day), "limit", hhmm(rules.dailyMaxMinutes())));
        }
        int weekStart = d - (e.date().getDayOfWeek().getValue() - 1);
        int daysWorked = 0;
        int weekMinutes = 0;
        for (int i = Math.max(0, weekStart); i < Math.min(length, weekStart + 7); i++) {
            int t = delta.dayTotal(i);
            weekMinutes += t;
            if (t > 0) {
                daysWorked++;
            }
        }
        if (daysWorked > rules.daysPerWeekMax()) {
            out.add(Violation.of(RuleId.DAYS_PER_WEEK_MAX, Severity.ERROR, Field.DATE,
                    "week", isoWeek(e.date()), "days", Integer.toString(daysWorked),
                    "limit", Integer.toString(rules.daysPerWeekMax())));
        }
        int c = e.category().ordinal();
        int catTotal = categoryTotal[c] + mins - (removed != null && rd >= 0 && removed.category() == e.category() ? rmins : 0);
        int target = rules.targetMinutes(e.category());
        if (catTotal > target) {
            out.add(Violation.of(RuleId.CATEGORY_TARGET_EXCEEDED, rules.categoryOverTarget(), Field.CATEGORY,
                    "category", e.category().name(), "total", hhmm(catTotal), "target", hhmm(target)));
        }
        if (weekMinutes > rules.weeklyMaxMinutes()) {
            out.add(Violation.of(RuleId.WEEKLY_HOURS_ABOVE_GUIDANCE, Severity.WARNING, Field.PERIOD,
                    "week", isoWeek(e.date()), "total", hhmm(weekMinutes), "limit", hhmm(rules.weeklyMaxMinutes())));
        }
        YearMonth month = YearMonth.from(e.date());
        int monthFrom = Math.max(0, d - (e.date().getDayOfMonth() - 1));
        int monthTo = Math.min(length, d - e.date().getDayOfMonth() + 1 + month.lengthOfMonth());
        int monthMinutes = 0;
        for (int i = monthFrom; i < monthTo; i++) {
            monthMinutes += delta.dayTotal(i);
        }
        if (monthMinutes > rules.monthlyMaxMinutes()) {
            out.add(Violation.of(RuleId.MONTHLY_HOURS_ABOVE_GUIDANCE, Severity.WARNING, Field.PERIOD,
                    "month", month.toString(), "total", hhmm(monthMinutes), "limit", hhmm(rules.monthlyMaxMinutes())));
        }
        LocalDate sunday = e.date().plusDays(7 - e.date().getDayOfWeek().getValue());
        if (rules.weeklyCheckInRequired() && sunday.isBefore(today) && !hasCheckIn(weekStart)) {
            out.add(Violation.of(RuleId.WEEK_WITHOUT_CHECK_IN, Severity.WARNING, Field.PERIOD, "week", isoWeek(e.date())));
        }
        return ValidationResult.of(out);
    }

    /** The checks that need nothing but the entry itself and the year's bounds. */
    private void checkEntryAlone(HourEntry e, int d, LocalDate today, List<Violation> out) {
        if (d < 0) {
            out.add(Violation.of(RuleId.DATE_OUTSIDE_SERVICE_YEAR, Severity.ERROR, Field.DATE,
                    "date", e.date().toString(), "start", year.start().toString(), "last", year.lastDay().toString()));
        } else if (e.date().isAfter(today)) {
            out.add(Violation.of(RuleId.DATE_IN_FUTURE, Severity.ERROR, Field.DATE,
                    "date", e.date().toString(), "today", today.toString()));
        }
        Duration dur = e.duration();
        if (dur.isNegative() || dur.isZero()) {
            out.add(Violation.of(RuleId.DURATION_NOT_POSITIVE, Severity.ERROR, Field.DURATION, "duration", hhmm(dur)));
        } else if (wholeMinutes(dur) < 0 || dur.toMinutes() % rules.granularityMinutes() != 0) {
            out.add(Violation.of(RuleId.DURATION_GRANULARITY, Severity.ERROR, Field.DURATION,
                    "duration", hhmm(dur), "step", Integer.toString(rules.granularityMinutes())));
        }
        if (e.category() == Category.SERVICE && e.activityType() == null) {
            out.add(Violation.of(RuleId.ACTIVITY_TYPE_REQUIRED, Severity.ERROR, Field.ACTIVITY_TYPE));
        }
    }

    /**
     * Checks a new absence (a day of leave or sickness).
     *
     * @param a the absence, not null
     * @param clock gives today, not null
     * @return every violation
     * @throws NullPointerException if {@code a} or {@code clock} is null
     */
    public ValidationResult validateAbsence(Absence a, Clock clock) {
        Objects.requireNonNull(a, "absence");
        LocalDate today = LocalDate.now(Objects.requireNonNull(clock, "clock"));
        List<Violation> out = new ArrayList<>(1);
        int d = index(a.date());
        if (d < 0) {
            out.add(Violation.of(RuleId.DATE_OUTSIDE_SERVICE_YEAR, Severity.ERROR, Field.DATE,
                    "date", a.date().toString(), "start", year.start().toString(), "last", year.lastDay().toString()));
            return ValidationResult.of(out);
        }
        if (a.type() == AbsenceType.SICKNESS && a.date().isAfter(today)) {
            out.add(Violation.of(RuleId.DATE_IN_FUTURE, Severity.ERROR, Field.DATE,
                    "date", a.date().toString(), "today", today.toString()));
        }
        if (absence[d] != NONE) {
            out.add(Violation.of(RuleId.ABSENCE_DUPLICATE, Severity.ERROR, Field.DATE,
                    "date", a.date().toString(), "absence", AbsenceType.values()[absence[d] - 1].name()));
        }
        if (dayTotal[d] > 0) {
            out.add(Violation.of(RuleId.HOURS_ON_ABSENCE_DAY, Severity.ERROR, Field.DATE,
                    "date", a.date().toString(), "absence", a.type().name()));
        }
        if (counts(a.type(), a.date().getDayOfWeek().getValue())) {
            int used = absenceDaysUsed(a.type()) + 1;
            allowance(a.type(), used, out);
        }
        return ValidationResult.of(out);
    }

    private void allowance(AbsenceType type, int used, List<Violation> out) {
        if (type == AbsenceType.LEAVE && used > rules.leaveAllowanceDays()) {
            out.add(Violation.of(RuleId.LEAVE_ALLOWANCE_EXCEEDED, Severity.ERROR, Field.DATE,
                    "used", Integer.toString(used), "allowance", Integer.toString(rules.leaveAllowanceDays())));
        } else if (type == AbsenceType.SICKNESS && used > rules.sicknessAllowanceDays()) {
            out.add(Violation.of(RuleId.SICKNESS_ALLOWANCE_EXCEEDED, Severity.WARNING, Field.DATE,
                    "used", Integer.toString(used), "allowance", Integer.toString(rules.sicknessAllowanceDays())));
        }
    }

    /**
     * Reviews the whole year as it stands: every hard rule on every day and week, the guidance bands
     * of the weeks and months that are over, the weekly check-in, the allowances and the targets.
     * This is what a tutor looks at before approving, and what an application runs on data recorded
     * under older rules.
     *
     * @param clock gives today, not null
     * @return every violation, in date order
     * @throws NullPointerException if {@code clock} is null
     */
    public ValidationResult review(Clock clock) {
        LocalDate today = LocalDate.now(Objects.requireNonNull(clock, "clock"));
        List<Violation> out = new ArrayList<>();
        for (HourEntry e : anomalies) {
            checkEntryAlone(e, index(e.date()), today, out);
        }
        int todayIndex = (int) (today.toEpochDay() - startEpochDay);
        for (int d = 0; d < length; d++) {
            int t = dayTotal[d];
            if (t == 0) {
                continue;
            }
            LocalDate date = dateOf(d);
            if (d > todayIndex) {
                out.add(Violation.of(RuleId.DATE_IN_FUTURE, Severity.ERROR, Field.DATE,
                        "date", date.toString(), "today", today.toString()));
            }
            if (t > rules.dailyMaxMinutes()) {
                out.add(Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION,
                        "date", date.toString(), "total", hhmm(t), "limit", hhmm(rules.dailyMaxMinutes())));
            }
            if (absence[d] != NONE) {
                out.add(Violation.of(RuleId.HOURS_ON_ABSENCE_DAY, Severity.ERROR, Field.DATE,
                        "date", date.toString(), "absence", AbsenceType.values()[absence[d] - 1].name()));
            }
        }
        reviewWeeks(todayIndex, out);
        reviewMonths(todayIndex, out);
        allowance(AbsenceType.LEAVE, absenceDaysUsed(AbsenceType.LEAVE), out);
        allowance(AbsenceType.SICKNESS, absenceDaysUsed(AbsenceType.SICKNESS), out);
        for (Category c : Category.values()) {
            int target = rules.targetMinutes(c);
            if (categoryTotal[c.ordinal()] > target) {
                out.add(Violation.of(RuleId.CATEGORY_TARGET_EXCEEDED, rules.categoryOverTarget(), Field.CATEGORY,
                        "category", c.name(), "total", hhmm(categoryTotal[c.ordinal()]), "target", hhmm(target)));
            }
        }
        return ValidationResult.of(out);
    }

    private void reviewWeeks(int todayIndex, List<Violation> out) {
        int first = -(year.start().getDayOfWeek().getValue() - 1);
        for (int ws = first; ws < length; ws += 7) {
            int days = 0;
            int total = 0;
            int working = 0;
            int absent = 0;
            for (int i = Math.max(0, ws); i < Math.min(length, ws + 7); i++) {
                total += dayTotal[i];
                if (dayTotal[i] > 0) {
                    days++;
                }
                if (rules.isServiceDay(dateOfDayOfWeek(i))) {
                    working++;
                    if (absence[i] != NONE) {
                        absent++;
                    }
                }
            }
            if (days > rules.daysPerWeekMax()) {
                out.add(Violation.of(RuleId.DAYS_PER_WEEK_MAX, Severity.ERROR, Field.DATE,
                        "week", isoWeek(dateOf(Math.max(0, ws))), "days", Integer.toString(days), "limit", Integer.toString(rules.daysPerWeekMax())));
            }
            if (total > rules.weeklyMaxMinutes()) {
                out.add(Violation.of(RuleId.WEEKLY_HOURS_ABOVE_GUIDANCE, Severity.WARNING, Field.PERIOD,
                        "week", isoWeek(dateOf(Math.max(0, ws))), "total", hhmm(total), "limit", hhmm(rules.weeklyMaxMinutes())));
            }
            boolean finished = ws + 7 <= todayIndex;
            if (!finished || working == 0) {
                continue;
            }
            int available = working - absent;
            int min = (int) ((long) rules.weeklyMinMinutes() * available / rules.serviceDaysPerWeek());
            if (total < min) {
                out.add(Violation.of(RuleId.WEEKLY_HOURS_BELOW_GUIDANCE, Severity.WARNING, Field.PERIOD,
                        "week", isoWeek(dateOf(Math.max(0, ws))), "total", hhmm(total), "limit", hhmm(min)));
            }
            int minDays = Math.max(0, Math.min(rules.daysPerWeekMin() - absent, available));
            if (days < minDays) {
                out.add(Violation.of(RuleId.DAYS_PER_WEEK_MIN, Severity.WARNING, Field.PERIOD,
                        "week", isoWeek(dateOf(Math.max(0, ws))), "days", Integer.toString(days), "limit", Integer.toString(minDays)));
            }
            if (rules.weeklyCheckInRequired() && available > 0 && !hasCheckIn(ws)) {
                out.add(Violation.of(RuleId.WEEK_WITHOUT_CHECK_IN, Severity.WARNING, Field.PERIOD, "week", isoWeek(dateOf(Math.max(0, ws)))));
            }
        }
    }

    private void reviewMonths(int todayIndex, List<Violation> out) {
        LocalDate first = year.start().withDayOfMonth(1);
        for (YearMonth m = YearMonth.from(first); m.atDay(1).isBefore(year.end()); m = m.plusMonths(1)) {
            int from = Math.max(0, (int) (m.atDay(1).toEpochDay() - startEpochDay));
            int to = Math.min(length, (int) (m.atEndOfMonth().toEpochDay() - startEpochDay) + 1);
            int total = 0;
            int working = 0;
            int available = 0;
            for (int i = from; i < to; i++) {
                total += dayTotal[i];
                if (rules.isServiceDay(dateOfDayOfWeek(i))) {
                    working++;
                    if (absence[i] == NONE) {
                        available++;
                    }
                }
            }
            if (total > rules.monthlyMaxMinutes()) {
                out.add(Violation.of(RuleId.MONTHLY_HOURS_ABOVE_GUIDANCE, Severity.WARNING, Field.PERIOD,
                        "month", m.toString(), "total", hhmm(total), "limit", hhmm(rules.monthlyMaxMinutes())));
            }
            int fullWorking = serviceDaysOf(m);

            boolean finished = to <= todayIndex;
            if (finished && working > 0) {
                int min = (int) ((long) rules.monthlyMinMinutes() * available / fullWorking);
                if (total < min) {
                    out.add(Violation.of(RuleId.MONTHLY_HOURS_BELOW_GUIDANCE, Severity.WARNING, Field.PERIOD,
                            "month", m.toString(), "total", hhmm(total), "limit", hhmm(min)));
                }
            }
        }
    }

    /** The service days of a whole calendar month. */
    private int serviceDaysOf(YearMonth m) {
        int len = m.lengthOfMonth();
        int first = m.atDay(1).getDayOfWeek().getValue();
        int n = 0;
        for (int k = 0; k < 7; k++) {
            if (rules.isServiceDay((first - 1 + k) % 7 + 1)) {
                n += (len - k + 6) / 7; // the days k, k + 7, ... after the first of the month
            }
        }
        return n;
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
        int base = category.ordinal() * length;
        int sum = 0;
        for (int i = 0; i < to; i++) {
            sum += minutes[base + i];
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
        return Duration.ofMinutes(categoryTotal[category.ordinal()]);
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
        return Duration.ofMinutes(d < 0 ? 0 : dayTotal[d]);
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
        return d < 0 || absence[d] == NONE ? Optional.empty() : Optional.of(AbsenceType.values()[absence[d] - 1]);
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
        int n = 0;
        byte code = (byte) (type.ordinal() + 1);
        for (int d = 0; d < length; d++) {
            if (absence[d] == code && counts(type, dateOfDayOfWeek(d).getValue())) {
                n++;
            }
        }
        return n;
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
        int n = 0;
        int dow = b > a ? dateOfDayOfWeek(a).getValue() : 1;
        for (int i = a; i < b; i++, dow = dow % 7 + 1) {
            if (rules.isServiceDay(dow) && absence[i] == NONE) {
                n++;
            }
        }
        return n;
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
        int dow = dateOfDayOfWeek(i).getValue();
        for (; i < length; i++, dow = dow % 7 + 1) {
            if (rules.isServiceDay(dow) && absence[i] == NONE && --n == 0) {
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
     * Whether an ISO week has a confirmed tutor check-in.
     *
     * @param date any day of an ISO week, not null
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

    private boolean add(HourEntry e, int[] m, int[] dt, int[] ct) {
        int d = index(e.date());
        int mins = wholeMinutes(e.duration());
        if (d < 0 || mins <= 0 || mins % rules.granularityMinutes() != 0
                || (e.category() == Category.SERVICE && e.activityType() == null)) {
            return false;
        }
        int c = e.category().ordinal();
        m[c * length + d] += mins;
        dt[d] += mins;
        ct[c] += mins;
        return true;
    }

    /** Whether a day of absence counts against its allowance: sickness every day, leave on service days. */
    private boolean counts(AbsenceType type, int isoDayOfWeek) {
        return type == AbsenceType.SICKNESS || rules.isServiceDay(isoDayOfWeek);
    }

    private int index(LocalDate date) {
        long d = date.toEpochDay() - startEpochDay;
        return d < 0 || d >= length ? -1 : (int) d;
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

    private DayOfWeek dateOfDayOfWeek(int d) {
        return DayOfWeek.of((int) Math.floorMod(startEpochDay + d + 3, 7L) + 1);
    }

    /** Whole minutes of a duration, or -1 if it has seconds or is too long to be an entry. */
    private static int wholeMinutes(Duration d) {
        if (d.toSecondsPart() != 0 || d.toNanosPart() != 0 || d.toMinutes() > 100_000 || d.toMinutes() < -100_000) {
            return d.isNegative() || d.isZero() ? 0 : -1;
        }
        return (int) d.toMinutes();
    }

    private static String isoWeek(LocalDate date) {
        int week = date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
    }

    static String hhmm(int minutes) {
        String sign = minutes < 0 ? "-" : "";
        int m = Math.abs(minutes);
        return sign + (m / 60) + ":" + (m % 60 < 10 ? "0" : "") + (m % 60);
    }

    private static String hhmm(Duration d) {
        long s = d.getSeconds();
        if (s % 60 != 0 || d.getNano() != 0) {
            return d.toString();
        }
        return hhmm((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, s / 60)));
    }

    /** The totals as they would be after one entry is added and, optionally, another removed. */
    private final class Delta {
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

        int dayTotal(int i) {
            int t = ServiceRecord.this.dayTotal[i];
            if (i == day) {
                t += mins;
            }
            if (i == removedDay) {
                t -= removedMins;
            }
            return t;
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
        return "ServiceRecord " + year + " " + Arrays.toString(categoryTotal);
    }
}
