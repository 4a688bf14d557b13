package it.milano.levacivica.core.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * The calendar of one service year as {@link ServiceRecord} indexes it: its days {@code 0 .. length - 1},
 * its calendar weeks (Monday to Sunday) and its calendar months, each numbered from the first one the
 * year touches and clipped to the year, with the service days each holds under the rule set. It depends
 * only on the year, so every record derived from another (a new entry, an absence) shares it.
 *
 * <p>Immutable but for a cache of the {@link Week}s already named; a {@code Week} is immutable, so two
 * threads filling the same slot only make two equal weeks.
 */
final class YearWindows {

    final int length;
    final long startEpochDay;
    private final RuleSet rules;
    /** 1 (Monday) to 7 (Sunday): the day of the week of day 0. */
    private final int firstDayOfWeek;
    private final int weeks;
    /** The service days of each week within the year. */
    private final int[] weekServiceDays;
    private final Week[] weekCache;
    /** {@code year * 12 + month - 1} of the first month. */
    private final long firstMonth;
    /** The index of the first of each month: negative for a first month begun before the year. */
    private final int[] monthFirst;
    /** The first day of each month within the year, and {@code length} last: month m is {@code [monthStart[m], monthStart[m + 1])}. */
    private final int[] monthStart;
    private final YearMonth[] months;
    /** The service days of each month within the year. */
    private final int[] monthServiceDays;
    /** The service days of each whole calendar month, the year's edges ignored. */
    private final int[] serviceDaysOfMonth;

    YearWindows(ServiceYear year) {
        this.rules = year.ruleSet();
        this.length = year.lengthInDays();
        this.startEpochDay = year.start().toEpochDay();
        this.firstDayOfWeek = year.start().getDayOfWeek().getValue();
        this.weeks = (firstDayOfWeek - 1 + length + 6) / 7;
        this.weekServiceDays = new int[weeks];
        // every week but the first and the last lies whole in the year
        Arrays.fill(weekServiceDays, rules.serviceDaysPerWeek());
        if (weeks > 0) {
            weekServiceDays[0] = serviceDays(weekFrom(0), weekTo(0));
            weekServiceDays[weeks - 1] = serviceDays(weekFrom(weeks - 1), weekTo(weeks - 1));
        }
        this.weekCache = new Week[weeks];
        YearMonth first = YearMonth.of(year.start().getYear(), year.start().getMonthValue());
        this.firstMonth = first.getYear() * 12L + first.getMonthValue() - 1;
        LocalDate last = year.lastDay();
        int count = (int) (last.getYear() * 12L + last.getMonthValue() - 1 - firstMonth + 1);
        this.months = new YearMonth[count];
        this.monthFirst = new int[count];
        this.monthStart = new int[count + 1];
        this.monthServiceDays = new int[count];
        this.serviceDaysOfMonth = new int[count];
        YearMonth m = first;
        int firstOfMonth = 1 - year.start().getDayOfMonth();
        for (int i = 0; i < count; i++) {
            months[i] = m;
            monthFirst[i] = firstOfMonth;
            monthStart[i] = Math.max(0, firstOfMonth);
            int days = m.lengthOfMonth();
            serviceDaysOfMonth[i] = serviceDays(firstOfMonth, firstOfMonth + days);
            monthServiceDays[i] = serviceDaysOfMonth[i];
            firstOfMonth += days;
            if (i + 1 < count) {
                m = m.plusMonths(1); // not past the last month, which may be the last one of time
            }
        }
        monthStart[count] = length;
        if (count > 0) {
            // every month but the first and the last lies whole in the year
            monthServiceDays[0] = serviceDays(monthStart[0], monthStart[1]);
            monthServiceDays[count - 1] = serviceDays(monthStart[count - 1], monthStart[count]);
        }
    }

    /** @return the index of a day in the year, or -1 for a day outside it */
    int index(LocalDate date) {
        long m = date.getYear() * 12L + date.getMonthValue() - 1 - firstMonth;
        if (m < 0 || m >= months.length) {
            return -1;
        }
        int d = monthFirst[(int) m] + date.getDayOfMonth() - 1;
        return d < 0 || d >= length ? -1 : d;
    }

    /** @return the rules of the year */
    RuleSet rules() { return rules; }

    /** 1 (Monday) to 7 (Sunday) for the day at an index (any index, also outside the year). */
    int isoDayOfWeek(int d) {
        return (int) Math.floorMod(startEpochDay + d + 3, 7L) + 1;
    }

    // ------------------------------------------------------------------ weeks

    /** @return the number of calendar weeks the year touches */
    int weeks() { return weeks; }

    /** @return the week of a day of the year */
    int weekOf(int d) { return (firstDayOfWeek - 1 + d) / 7; }

    /** @return the index of the Monday of week w: negative for a first week begun before the year */
    int weekStart(int w) { return 7 * w - (firstDayOfWeek - 1); }

    /** @return the first day of week w within the year */
    int weekFrom(int w) { return Math.max(0, weekStart(w)); }

    /** @return the day after the last day of week w within the year */
    int weekTo(int w) { return Math.min(length, weekStart(w) + 7); }

    /** @return the service days of week w within the year */
    int weekServiceDays(int w) { return weekServiceDays[w]; }

    /** @return week w, the week of its first day in the year ({@link Week#of}, which may throw at the ends of time) */
    Week week(int w) {
        Week k = weekCache[w];
        if (k == null) {
            Week before = w > 0 ? weekCache[w - 1] : null;
            k = before != null ? before.following() : Week.of(LocalDate.ofEpochDay(startEpochDay + weekFrom(w)));
            weekCache[w] = k;
        }
        return k;
    }

    // ------------------------------------------------------------------ months

    /** @return the number of calendar months the year touches */
    int months() { return months.length; }

    /** @return the month of a day of the year */
    int monthOf(LocalDate date) { return (int) (date.getYear() * 12L + date.getMonthValue() - 1 - firstMonth); }

    /** @return the first day of month m within the year */
    int monthFrom(int m) { return monthStart[m]; }

    /** @return the day after the last day of month m within the year */
    int monthTo(int m) { return monthStart[m + 1]; }

    /** @return month m */
    YearMonth month(int m) { return months[m]; }

    /** @return the service days of month m within the year */
    int monthServiceDays(int m) { return monthServiceDays[m]; }

    /** @return the service days of the whole calendar month m */
    int serviceDaysOfMonth(int m) { return serviceDaysOfMonth[m]; }

    // ------------------------------------------------------------------ internals

    /** The service days of {@code [from, to)} (any indices, also outside the year): whole weeks, then the days left. */
    private int serviceDays(int from, int to) {
        int days = Math.max(0, to - from);
        int n = days / 7 * rules.serviceDaysPerWeek();
        int dow = isoDayOfWeek(from);
        for (int k = 0; k < days % 7; k++, dow = dow % 7 + 1) {
            if (rules.isServiceDay(dow)) {
                n++;
            }
        }
        return n;
    }
}
