package it.milano.levacivica.core.forecast;

import static it.milano.levacivica.core.ValueAssertions.assertOtherValue;
import static it.milano.levacivica.core.ValueAssertions.assertSameValue;
import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.milano.levacivica.core.rules.Absence;
import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.ServiceYear;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaceForecastTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final ServiceYear YEAR = ServiceYear.of(START, RuleSets.LEVA_CIVICA);

    /** Hours every Monday to Saturday from the start up to {@code until} (inclusive). */
    static ServiceRecord steady(Duration perDay, LocalDate until, List<Absence> absences) {
        List<HourEntry> entries = new ArrayList<>();
        for (LocalDate d = START; !d.isAfter(until); d = d.plusDays(1)) {
            LocalDate day = d;
            boolean absent = absences.stream().anyMatch(a -> a.date().equals(day));
            if (d.getDayOfWeek() != DayOfWeek.SUNDAY && !absent) {
                entries.add(HourEntry.service(d, perDay, ActivityType.COMMUNICATION));
            }
        }
        return ServiceRecord.of(YEAR, entries, absences, List.of());
    }

    @Test
    void progressIsPerCategoryAndCompleteOnlyWhenEveryTargetIsMet() {
        List<HourEntry> entries = new ArrayList<>();
        LocalDate d = START;
        for (int i = 0; i < 175; i++, d = d.plusDays(1)) {
            entries.add(HourEntry.service(d, ofHours(8), ActivityType.TESTIMONIES)); // 1400 h of service
        }
        ServiceRecord r = ServiceRecord.of(YEAR, entries, List.of(), List.of());
        Progress p = Progress.of(r, YEAR.lastDay());
        assertEquals(ofHours(1400), p.done());
        assertEquals(ofHours(1322), p.counted(), "78 h over the service target count nowhere");
        assertEquals(ofHours(78), p.of(Category.SERVICE).over());
        assertEquals(ofHours(40), p.of(Category.SPECIFIC_TRAINING).remaining());
        assertFalse(p.isComplete(), "1400 h in total is not enough");
        assertEquals(1322 * 100.0 / 1400, p.percent(), 1e-9);
        Progress early = Progress.of(r, START.plusDays(9));
        assertEquals(ofHours(80), early.done(), "only days up to asOf count");
    }

    @Test
    void steadyPaceOverServiceDaysMakesTheSeedArithmeticVisible() {
        ServiceRecord r = ServiceRecord.empty(YEAR);
        PaceForecast f = PaceForecast.of(r, START.minusDays(1));
        // 313 Monday-to-Saturday days in this year; 1400 h over 313/6 weeks
        assertEquals(313, f.serviceDaysTotal());
        assertEquals(Duration.ofMinutes(1400 * 60 * 6 / 313), f.steadyWeekly());
        assertTrue(f.steadyWeekly().compareTo(ofHours(30)) < 0, "1400 h need less than 30 h a week over a whole year");
        List<Absence> leave = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            leave.add(new Absence(LocalDate.of(2026, 8, 3).plusDays(i + i / 6), AbsenceType.LEAVE));
        }
        PaceForecast withLeave = PaceForecast.of(ServiceRecord.of(YEAR, List.of(), leave, List.of()), START);
        assertEquals(293, withLeave.serviceDaysTotal());
        assertTrue(withLeave.steadyWeekly().compareTo(f.steadyWeekly()) > 0, "planned leave raises the pace needed");
    }

    @Test
    void aheadOnTrackBehind() {
        LocalDate asOf = LocalDate.of(2026, 6, 27); // Saturday; the steady pace is 26.8 h a week
        PaceForecast steady = PaceForecast.of(steady(Duration.ofMinutes(270), asOf, List.of()), asOf);
        assertEquals(Pace.ON_TRACK, steady.pace(), steady.toString());
        PaceForecast thirtySix = PaceForecast.of(steady(ofHours(6), asOf, List.of()), asOf);
        assertEquals(Pace.AHEAD, thirtySix.pace(), thirtySix.toString());
        PaceForecast nineteen = PaceForecast.of(steady(Duration.ofMinutes(195), asOf, List.of()), asOf);
        assertEquals(Pace.BEHIND, nineteen.pace(), nineteen.toString());
        assertTrue(nineteen.requiredWeekly().compareTo(steady.requiredWeekly()) > 0);
        assertTrue(nineteen.isFeasible());
        assertTrue(nineteen.projectedCompletion().orElseThrow().isAfter(YEAR.lastDay()), "at 19.5 h a week the year ends short");
        assertTrue(thirtySix.projectedCompletion().orElseThrow().isBefore(YEAR.lastDay()));
        assertEquals(ofHours(6 * 102), thirtySix.actual());
        assertEquals(102, thirtySix.serviceDaysElapsed());
    }

    @Test
    void infeasibleWhenTheHoursLeftDoNotFitTheHardLimits() {
        LocalDate late = LocalDate.of(2027, 1, 30);
        PaceForecast f = PaceForecast.of(ServiceRecord.empty(YEAR), late);
        assertFalse(f.isFeasible());
        assertFalse(f.isWithinGuidance());
        assertTrue(f.projectedCompletion().isEmpty(), "no pace yet, no projection");
        assertEquals(Pace.BEHIND, f.pace());
    }

    @Test
    void expectedHoursScaleWithElapsedServiceDays() {
        ServiceRecord r = ServiceRecord.empty(YEAR);
        assertEquals(Duration.ZERO, PaceForecast.of(r, START.minusDays(1)).expected());
        assertEquals(ofHours(1400), PaceForecast.of(r, YEAR.lastDay()).expected());
        PaceForecast firstDay = PaceForecast.of(r, START);
        assertEquals(Duration.ofMinutes(1400L * 60 / 313), firstDay.expected());
    }

    @Test
    void scheduleCheckSaysHowShortOrOverAPlanIs() {
        WeeklyPattern fiveBySix = WeeklyPattern.uniform(ofHours(6), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        List<LocalDate> leave = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            leave.add(LocalDate.of(2026, 8, 3).plusDays(i + 2 * (i / 5))); // four weeks Mon-Fri
        }
        ScheduleCheck plan = ScheduleCheck.of(YEAR, fiveBySix, leave);
        assertTrue(plan.respectsRules());
        // 261 weekdays in the year, minus 20 of leave = 241 days x 6 h = 1446 h
        assertEquals(ofHours(1446), plan.projected());
        assertEquals(ofHours(46), plan.difference());
        assertTrue(plan.reachesTargets());

        ScheduleCheck five = ScheduleCheck.of(YEAR, WeeklyPattern.uniform(ofHours(5), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), leave);
        assertFalse(five.reachesTargets());
        assertEquals(ofHours(1205 - 1400), five.difference());

        ScheduleCheck seven = ScheduleCheck.of(YEAR, WeeklyPattern.uniform(ofHours(4), DayOfWeek.values()), List.of());
        assertFalse(seven.respectsRules());
        ScheduleCheck nine = ScheduleCheck.of(YEAR, WeeklyPattern.uniform(ofHours(9), DayOfWeek.MONDAY), List.of());
        assertFalse(nine.respectsRules());
        assertTrue(nine.violations().has(it.milano.levacivica.core.rules.RuleId.DAYS_PER_WEEK_MIN));
    }

    @Test
    void equalRecordsOnTheSameDayGiveEqualForecasts() {
        LocalDate asOf = LocalDate.of(2026, 6, 27);
        List<Absence> leave = List.of(new Absence(LocalDate.of(2026, 4, 14), AbsenceType.LEAVE));
        PaceForecast a = PaceForecast.of(steady(Duration.ofMinutes(270), asOf, leave), asOf);
        PaceForecast b = PaceForecast.of(steady(Duration.ofMinutes(270), asOf, leave), asOf);
        assertSameValue(a, b);
        ServiceRecord r = steady(Duration.ofMinutes(270), asOf, leave);
        assertSameValue(PaceForecast.of(r, asOf), PaceForecast.of(r, Progress.of(r, asOf)));
        assertSameValue(PaceForecast.of(ServiceRecord.empty(YEAR), asOf), PaceForecast.of(ServiceRecord.empty(YEAR), asOf));
    }

    @Test
    void anotherDayOrOtherHoursGiveAnotherForecast() {
        LocalDate asOf = LocalDate.of(2026, 6, 27);
        ServiceRecord r = steady(Duration.ofMinutes(270), asOf, List.of());
        PaceForecast f = PaceForecast.of(r, asOf);
        assertOtherValue(f, PaceForecast.of(r, asOf.plusDays(1)));
        assertOtherValue(f, PaceForecast.of(r.withEntry(HourEntry.of(asOf, Category.COMPETENCE_CERTIFICATE, Duration.ofMinutes(15))), asOf));
        assertOtherValue(f, PaceForecast.of(r.withAbsence(new Absence(asOf.plusDays(2), AbsenceType.LEAVE)), asOf));
    }

    @Test
    void forecastTextShowsEveryFigure() {
        LocalDate asOf = LocalDate.of(2026, 6, 27);
        PaceForecast f = PaceForecast.of(steady(Duration.ofMinutes(270), asOf, List.of()), asOf);
        assertEquals("PaceForecast[asOf=2026-06-27, pace=ON_TRACK, expected=" + f.expected() + ", actual=" + f.actual()
                + ", serviceDaysElapsed=102, serviceDaysTotal=313, requiredWeekly=" + f.requiredWeekly()
                + ", feasible=true, withinGuidance=true, steadyWeekly=" + f.steadyWeekly()
                + ", projectedCompletion=" + f.projectedCompletion().orElseThrow() + "]", f.toString());
    }

    @Test
    void equalPlansGiveEqualScheduleChecks() {
        WeeklyPattern plan = WeeklyPattern.uniform(ofHours(6), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        List<LocalDate> leave = List.of(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 4));
        ScheduleCheck a = ScheduleCheck.of(YEAR, plan, leave);
        ScheduleCheck b = ScheduleCheck.of(ServiceYear.of(START, RuleSets.LEVA_CIVICA), WeeklyPattern.of(plan.asMap()),
                new ArrayList<>(leave));
        assertSameValue(a, b);
        assertOtherValue(a, ScheduleCheck.of(YEAR, plan.with(DayOfWeek.SATURDAY, ofHours(1)), leave));
        assertOtherValue(a, ScheduleCheck.of(YEAR, plan, List.of(LocalDate.of(2026, 8, 3))));
        ScheduleCheck nine = ScheduleCheck.of(YEAR, WeeklyPattern.uniform(ofHours(9), DayOfWeek.MONDAY), List.of());
        assertSameValue(nine, ScheduleCheck.of(YEAR, WeeklyPattern.uniform(ofHours(9), DayOfWeek.MONDAY), List.of()));
        assertTrue(nine.toString().startsWith("ScheduleCheck[projected=" + nine.projected() + ", target=PT1400H, violations=refused ["),
                nine.toString());
    }
}
