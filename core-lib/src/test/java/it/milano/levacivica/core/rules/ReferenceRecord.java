package it.milano.levacivica.core.rules;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of a year exactly as {@link ServiceRecord} computed it at commit 5e3137b, before the
 * per-week and per-month figures were kept: every window summed day by day from the per-day totals, the
 * plain definition. {@link ServiceRecordReferenceTest} checks the record against it, call by call.
 * Test code only; its Javadoc and comments are left out (see the history of ServiceRecord).
 */
final class ReferenceRecord {

    private static final int CATEGORIES = Category.values().length;
    private static final byte NONE = 0;

    private final ServiceYear year;
    private final RuleSet rules;
    private final RuleBook book;
    private final long startEpochDay;
    private final int length;
    private final int[] minutes;
    private final int[] dayTotal;
    private final int[] categoryTotal;
    private final byte[] absence;
    private final boolean[] checkIn;
    private final List<HourEntry> anomalies;

    private ReferenceRecord(ServiceYear year, int[] minutes, int[] dayTotal, int[] categoryTotal, byte[] absence,
            boolean[] checkIn, List<HourEntry> anomalies) {
        this.year = year;
        this.rules = year.ruleSet();
        this.book = new RuleBook(rules);
        this.startEpochDay = year.start().toEpochDay();
        this.length = year.lengthInDays();
        this.minutes = minutes;
        this.dayTotal = dayTotal;
        this.categoryTotal = categoryTotal;
        this.absence = absence;
        this.checkIn = checkIn;
        this.anomalies = anomalies;
    }

    static ReferenceRecord empty(ServiceYear year) {
        Objects.requireNonNull(year, "year");
        int len = year.lengthInDays();
        return new ReferenceRecord(year, new int[CATEGORIES * len], new int[len], new int[CATEGORIES], new byte[len],
                new boolean[len], List.of());
    }

    static ReferenceRecord of(ServiceYear year, Collection<HourEntry> entries, Collection<Absence> absences,
            Collection<LocalDate> checkInDates) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(absences, "absences");
        Objects.requireNonNull(checkInDates, "checkInDates");
        ReferenceRecord empty = empty(year);
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
        return new ReferenceRecord(year, minutes, dayTotal, categoryTotal, empty.absence, empty.checkIn,
                List.copyOf(anomalies));
    }

    ServiceYear serviceYear() { return year; }
    RuleSet ruleSet() { return rules; }
    ReferenceRecord withEntry(HourEntry entry) {
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
        return new ReferenceRecord(year, m, dt, ct, absence, checkIn, an);
    }

    ReferenceRecord withoutEntry(HourEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (anomalies.contains(entry)) {
            List<HourEntry> copy = new ArrayList<>(anomalies);
            copy.remove(entry);
            return new ReferenceRecord(year, minutes, dayTotal, categoryTotal, absence, checkIn, List.copyOf(copy));
        }
        int d = index(entry.date());
        int c = entry.category().ordinal();
        int mins = (int) entry.duration().toMinutes();
        if (!countable(entry) || minutes[c * length + d] < mins) {
            throw new IllegalArgumentException("the record does not hold " + entry);
        }
        int[] m = minutes.clone();
        int[] dt = dayTotal.clone();
        int[] ct = categoryTotal.clone();
        m[c * length + d] -= mins;
        dt[d] -= mins;
        ct[c] -= mins;
        return new ReferenceRecord(year, m, dt, ct, absence, checkIn, anomalies);
    }

    ReferenceRecord withAbsence(Absence a) {
        Objects.requireNonNull(a, "absence");
        int d = requireIndex(a.date());
        byte[] ab = absence.clone();
        ab[d] = (byte) (a.type().ordinal() + 1);
        return new ReferenceRecord(year, minutes, dayTotal, categoryTotal, ab, checkIn, anomalies);
    }

    ReferenceRecord withoutAbsence(LocalDate date) {
        int d = requireIndex(date);
        byte[] ab = absence.clone();
        ab[d] = NONE;
        return new ReferenceRecord(year, minutes, dayTotal, categoryTotal, ab, checkIn, anomalies);
    }

    ReferenceRecord withCheckIn(LocalDate date) {
        int d = requireIndex(date);
        boolean[] ci = checkIn.clone();
        ci[d] = true;
        return new ReferenceRecord(year, minutes, dayTotal, categoryTotal, absence, ci, anomalies);
    }

    ValidationResult validate(HourEntry candidate, Clock clock) {
        return validate(candidate, null, clock);
    }

    ValidationResult validateReplacement(HourEntry existing, HourEntry replacement, Clock clock) {
        return validate(replacement, Objects.requireNonNull(existing, "existing"), clock);
    }

    private ValidationResult validate(HourEntry e, HourEntry removed, Clock clock) {
        Objects.requireNonNull(e, "entry");
        LocalDateTime now = LocalDateTime.now(Objects.requireNonNull(clock, "clock"));
        List<Violation> out = new ArrayList<>(2);
        if (!countable(e)) {
            entryAlone(e, now, out);
            return ValidationResult.of(out);
        }
        int d = index(e.date());
        int mins = (int) e.duration().toMinutes();
        boolean removes = removed != null && countable(removed);
        Delta delta = new Delta(d, mins, removes ? index(removed.date()) : -1, removes ? (int) removed.duration().toMinutes() : 0);
        long todayIndex = now.toLocalDate().toEpochDay() - startEpochDay;
        day(d, delta, now, out);
        week(d - (isoDayOfWeek(d) - 1), delta, todayIndex, out);
        month(YearMonth.from(e.date()), delta, todayIndex, out);
        int c = e.category().ordinal();
        book.categoryTarget(e.category(), (long) categoryTotal[c] + mins - (removes && removed.category() == e.category() ? delta.removedMins : 0), out);
        return ValidationResult.of(out);
    }

    ValidationResult validateAbsence(Absence a, Clock clock) {
        Objects.requireNonNull(a, "absence");
        LocalDateTime now = LocalDateTime.now(Objects.requireNonNull(clock, "clock"));
        List<Violation> out = new ArrayList<>(1);
        if (!book.withinYear(year, a.date(), out)) {
            return ValidationResult.of(out);
        }
        if (a.type() == AbsenceType.SICKNESS) {
            book.notInFuture(a.date(), null, now, out);
        }
        int d = index(a.date());
        if (absence[d] != NONE) {
            book.absenceDuplicate(a.date(), absenceType(d), out);
        }
        if (dayTotal[d] > 0) {
            book.hoursOnAbsenceDay(a.date(), a.type(), out);
        }
        if (book.countsAgainstAllowance(a.type(), isoDayOfWeek(d))) {
            book.allowance(a.type(), absenceDaysUsed(a.type()) + 1, out);
        }
        return ValidationResult.of(out);
    }

    ValidationResult validateCheckIn(LocalDateTime heldAt, Duration duration, ActivityType activityType, Clock clock) {
        Objects.requireNonNull(heldAt, "heldAt");
        Objects.requireNonNull(duration, "duration");
        LocalDateTime now = LocalDateTime.now(Objects.requireNonNull(clock, "clock"));
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

    ValidationResult validatePlannedWeek(Map<DayOfWeek, Duration> hoursByDay) {
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

    ValidationResult review(Clock clock) {
        LocalDateTime now = LocalDateTime.now(Objects.requireNonNull(clock, "clock"));
        long todayIndex = now.toLocalDate().toEpochDay() - startEpochDay;
        List<Violation> out = new ArrayList<>();
        for (HourEntry e : anomalies) {
            entryAlone(e, now, out);
        }
        for (int d = 0; d < length; d++) {
            day(d, Delta.NONE, now, out);
        }
        for (int ws = -(isoDayOfWeek(0) - 1); ws < length; ws += 7) {
            week(ws, Delta.NONE, todayIndex, out);
        }
        for (YearMonth m = YearMonth.from(year.start()); m.atDay(1).isBefore(year.end()); m = m.plusMonths(1)) {
            month(m, Delta.NONE, todayIndex, out);
        }
        book.allowance(AbsenceType.LEAVE, absenceDaysUsed(AbsenceType.LEAVE), out);
        book.allowance(AbsenceType.SICKNESS, absenceDaysUsed(AbsenceType.SICKNESS), out);
        for (Category c : Category.values()) {
            book.categoryTarget(c, categoryTotal[c.ordinal()], out);
        }
        return ValidationResult.of(out);
    }

    private void entryAlone(HourEntry e, LocalDateTime now, List<Violation> out) {
        if (book.withinYear(year, e.date(), out)) {
            book.notInFuture(e.date(), null, now, out);
        }
        book.duration(null, e.duration(), out);
        book.activity(e.category(), e.activityType(), out);
    }

    private void day(int d, Delta delta, LocalDateTime now, List<Violation> out) {
        int t = delta.total(dayTotal, d);
        if (t == 0) {
            return;
        }
        LocalDate date = dateOf(d);
        book.notInFuture(date, null, now, out);
        if (absence[d] != NONE) {
            book.hoursOnAbsenceDay(date, absenceType(d), out);
        }
        book.hoursPerDay(date, t, out);
    }

    private void week(int weekStart, Delta delta, long todayIndex, List<Violation> out) {
        int from = Math.max(0, weekStart);
        int to = Math.min(length, weekStart + 7);
        int days = 0;
        long total = 0;
        int service = 0;
        int absent = 0;
        boolean checkedIn = false;
        int dow = isoDayOfWeek(from);
        for (int i = from; i < to; i++, dow = dow % 7 + 1) {
            int t = delta.total(dayTotal, i);
            total += t;
            if (t > 0) {
                days++;
            }
            if (rules.isServiceDay(dow)) {
                service++;
                if (absence[i] != NONE) {
                    absent++;
                }
            }
            checkedIn |= checkIn[i];
        }
        Week week = Week.of(dateOf(from));
        book.daysPerWeekMax(week, days, out);
        book.weeklyAbove(week, total, out);
        if (to <= todayIndex && service > 0) {
            int available = service - absent;
            book.weeklyBelow(week, total, available, out);
            book.daysPerWeekMin(week, days, absent, available, out);
            book.weekCheckIn(week, available, checkedIn, out);
        }
    }

    private void month(YearMonth m, Delta delta, long todayIndex, List<Violation> out) {
        int from = (int) Math.max(0, m.atDay(1).toEpochDay() - startEpochDay);
        int to = (int) Math.min(length, m.atEndOfMonth().toEpochDay() - startEpochDay + 1);
        long total = 0;
        int service = 0;
        int available = 0;
        int dow = isoDayOfWeek(from);
        for (int i = from; i < to; i++, dow = dow % 7 + 1) {
            total += delta.total(dayTotal, i);
            if (rules.isServiceDay(dow)) {
                service++;
                if (absence[i] == NONE) {
                    available++;
                }
            }
        }
        book.monthlyAbove(m, total, out);
        if (to <= todayIndex && service > 0) {
            book.monthlyBelow(m, total, available, serviceDaysOf(m), out);
        }
    }

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

    Duration hours(Category category, LocalDate upTo) {
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

    Duration total(Category category) {
        Objects.requireNonNull(category, "category");
        return Duration.ofMinutes(categoryTotal[category.ordinal()]);
    }

    Duration hoursOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int d = index(date);
        return Duration.ofMinutes(d < 0 ? 0 : dayTotal[d]);
    }

    Optional<AbsenceType> absenceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int d = index(date);
        return d < 0 || absence[d] == NONE ? Optional.empty() : Optional.of(absenceType(d));
    }

    int absenceDaysUsed(AbsenceType type) {
        Objects.requireNonNull(type, "type");
        int n = 0;
        byte code = (byte) (type.ordinal() + 1);
        int dow = isoDayOfWeek(0);
        for (int d = 0; d < length; d++, dow = dow % 7 + 1) {
            if (absence[d] == code && book.countsAgainstAllowance(type, dow)) {
                n++;
            }
        }
        return n;
    }

    int serviceDays(LocalDate from, LocalDate toExclusive) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toExclusive, "toExclusive");
        int a = Math.max(0, (int) (from.toEpochDay() - startEpochDay));
        int b = Math.min(length, (int) (toExclusive.toEpochDay() - startEpochDay));
        int n = 0;
        int dow = isoDayOfWeek(a);
        for (int i = a; i < b; i++, dow = dow % 7 + 1) {
            if (rules.isServiceDay(dow) && absence[i] == NONE) {
                n++;
            }
        }
        return n;
    }

    LocalDate nthServiceDayAfter(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        int i = Math.max(0, (int) (from.toEpochDay() - startEpochDay) + 1);
        int dow = isoDayOfWeek(i);
        for (; i < length; i++, dow = dow % 7 + 1) {
            if (rules.isServiceDay(dow) && absence[i] == NONE && --n == 0) {
                return dateOf(i);
            }
        }
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

    boolean hasCheckInInWeekOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int d = (int) (date.toEpochDay() - startEpochDay);
        return hasCheckIn(d - (date.getDayOfWeek().getValue() - 1));
    }

    private boolean hasCheckIn(int weekStart) {
        for (int i = Math.max(0, weekStart); i < Math.min(length, weekStart + 7); i++) {
            if (checkIn[i]) {
                return true;
            }
        }
        return false;
    }

    private boolean countable(HourEntry e) {
        Duration d = e.duration();
        return index(e.date()) >= 0 && !d.isNegative() && !d.isZero() && book.onStep(d)
                && (e.category() != Category.SERVICE || e.activityType() != null);
    }

    private boolean add(HourEntry e, int[] m, int[] dt, int[] ct) {
        if (!countable(e)) {
            return false;
        }
        int d = index(e.date());
        int mins = (int) e.duration().toMinutes();
        int c = e.category().ordinal();
        m[c * length + d] += mins;
        dt[d] += mins;
        ct[c] += mins;
        return true;
    }

    private AbsenceType absenceType(int d) {
        return AbsenceType.values()[absence[d] - 1];
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

    private int isoDayOfWeek(int d) {
        return (int) Math.floorMod(startEpochDay + d + 3, 7L) + 1;
    }

    private static final class Delta {
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

        int total(int[] dayTotal, int i) {
            int t = dayTotal[i];
            if (i == day) {
                t += mins;
            }
            if (i == removedDay) {
                t -= removedMins;
            }
            return t;
        }
    }

    @Override
    public String toString() {
        return "ReferenceRecord " + year + " " + Arrays.toString(categoryTotal);
    }
}
