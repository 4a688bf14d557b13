package it.milano.levacivica.core.forecast;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.milano.levacivica.core.rules.Absence;
import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.core.rules.RuleId;
import it.milano.levacivica.core.rules.RuleSet;
import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.ServiceYear;
import it.milano.levacivica.core.rules.ValidationResult;
import it.milano.levacivica.core.rules.Violation;
import it.milano.levacivica.core.rules.Week;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The working week is a parameter of the rule set: a programme with a Monday-to-Friday week is a file
 * ({@code five-day-week.properties}, the Leva Civica numbers with five service days and at most five days
 * a week), and the pace forecast, the schedule check and the rules follow it.
 */
class WorkingWeekTest {

    static final RuleSet FIVE = RuleSets.load(Path.of("src", "test", "resources", "it", "milano", "levacivica", "core", "rules",
            "five-day-week.properties"));
    /** A Monday; the year runs to 1 March 2027: 261 days Monday to Friday, 313 Monday to Saturday. */
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final ServiceYear YEAR = ServiceYear.of(START, FIVE);
    static final ServiceYear SIX_DAYS = ServiceYear.of(START, RuleSets.LEVA_CIVICA);
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 24).atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    static HourEntry service(LocalDate d, Duration h) {
        return HourEntry.service(d, h, ActivityType.COMMUNICATION);
    }

    /** {@code perDay} every Monday to Friday from the start to {@code until} (inclusive). */
    static ServiceRecord weekdays(ServiceYear year, Duration perDay, LocalDate until) {
        List<HourEntry> entries = new ArrayList<>();
        for (LocalDate d = START; !d.isAfter(until); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                entries.add(service(d, perDay));
            }
        }
        return ServiceRecord.of(year, entries, List.of(), List.of());
    }

    @Test
    void theFileNamesTheWorkingWeek() {
        assertEquals(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), FIVE.serviceDays());
        assertEquals(5, FIVE.serviceDaysPerWeek());
        assertFalse(FIVE.isServiceDay(SATURDAY));
        assertEquals(6, RuleSets.LEVA_CIVICA.serviceDaysPerWeek());
        assertEquals(RuleSets.LEVA_CIVICA.serviceDays(), RuleSets.SERVIZIO_CIVILE_UNIVERSALE.serviceDays());
    }

    @Test
    void expectedHoursAreSpreadOverTheWeekdays() {
        PaceForecast before = PaceForecast.of(ServiceRecord.empty(YEAR), START.minusDays(1));
        assertEquals(261, before.serviceDaysTotal());
        // 1400 h over 261 / 5 weeks, against 313 / 6 weeks with Saturdays
        assertEquals(ofMinutes(1400L * 60 * 5 / 261), before.steadyWeekly());
        assertEquals(ofMinutes(1609), before.steadyWeekly());
        assertEquals(ofMinutes(1400L * 60 * 6 / 313), PaceForecast.of(ServiceRecord.empty(SIX_DAYS), START.minusDays(1)).steadyWeekly());
        assertEquals(ofMinutes(1400L * 60 / 261), PaceForecast.of(ServiceRecord.empty(YEAR), START).expected());
        LocalDate saturday = START.plusDays(5);
        assertEquals(PaceForecast.of(ServiceRecord.empty(YEAR), saturday.minusDays(1)).expected(),
                PaceForecast.of(ServiceRecord.empty(YEAR), saturday).expected(), "a Saturday is not a service day");
        assertEquals(ofHours(1400), PaceForecast.of(ServiceRecord.empty(YEAR), YEAR.lastDay()).expected());
    }

    @Test
    void theRequiredPaceIsPerFiveDayWeek() {
        LocalDate friday = LocalDate.of(2026, 5, 29); // 13 weeks: 65 weekdays of 5 h
        PaceForecast f = PaceForecast.of(weekdays(YEAR, ofHours(5), friday), friday);
        assertEquals(65, f.serviceDaysElapsed());
        assertEquals(196, f.serviceDaysLeft());
        assertEquals(ofHours(325), f.actual());
        assertEquals(ofMinutes(1400L * 60 * 65 / 261), f.expected());
        assertEquals(Pace.ON_TRACK, f.pace());
        // (1400 - 325) h over 196 / 5 weeks: 64 500 min x 5 / 196, rounded up
        assertEquals(ofMinutes(1646), f.requiredWeekly());
        assertTrue(f.isFeasible());
        assertTrue(f.isWithinGuidance());
        // the same hours with Saturdays in the week: more days left, a lower weekly pace of six days
        PaceForecast six = PaceForecast.of(weekdays(SIX_DAYS, ofHours(5), friday), friday);
        assertEquals(77, six.serviceDaysElapsed());
        assertNotEquals(f.requiredWeekly(), six.requiredWeekly());
    }

    @Test
    void pastTheYearOnlyWeekdaysAreServiceDays() {
        LocalDate last = YEAR.lastDay(); // Monday 1 March 2027
        assertEquals(LocalDate.of(2027, 3, 8), ServiceRecord.empty(YEAR).nthServiceDayAfter(last, 5));
        assertEquals(LocalDate.of(2027, 3, 6), ServiceRecord.empty(SIX_DAYS).nthServiceDayAfter(last, 5));
    }

    @Test
    void leaveOnASaturdayCostsNothingAndChangesNoServiceDay() {
        LocalDate saturday = LocalDate.of(2026, 6, 6);
        ServiceRecord r = ServiceRecord.empty(YEAR).withAbsence(new Absence(saturday, AbsenceType.LEAVE));
        assertEquals(0, r.absenceDaysUsed(AbsenceType.LEAVE));
        assertEquals(261, r.serviceDays(YEAR.start(), YEAR.end()));
        ServiceRecord friday = ServiceRecord.empty(YEAR).withAbsence(new Absence(saturday.minusDays(1), AbsenceType.LEAVE));
        assertEquals(1, friday.absenceDaysUsed(AbsenceType.LEAVE));
        assertEquals(260, friday.serviceDays(YEAR.start(), YEAR.end()));
        assertEquals(1, ServiceRecord.empty(SIX_DAYS).withAbsence(new Absence(saturday, AbsenceType.LEAVE)).absenceDaysUsed(AbsenceType.LEAVE));
    }

    @Test
    void aSixthDayInAWeekIsRefused() {
        LocalDate monday = LocalDate.of(2026, 4, 6);
        ServiceRecord five = weekdays(YEAR, ofHours(4), monday.plusDays(4));
        ValidationResult saturday = five.validate(service(monday.plusDays(5), ofHours(2)), CLOCK);
        assertFalse(saturday.isAccepted());
        Violation v = saturday.errors().get(0);
        assertEquals(RuleId.DAYS_PER_WEEK_MAX, v.rule());
        assertEquals(Optional.of(Week.of(monday)), v.week());
        assertEquals(6, v.values().get("days"));
        assertEquals(5, v.values().get("limit"));
        assertEquals("In the week of 6–12 April the days of service would become 6: the maximum is 5.", v.message(Locale.ENGLISH));
        assertEquals("Per la settimana dal 6 al 12 aprile i giorni di servizio diventerebbero 6: il massimo è 5.", v.message(Locale.ITALIAN));
        assertTrue(weekdays(SIX_DAYS, ofHours(4), monday.plusDays(4)).validate(service(monday.plusDays(5), ofHours(2)), CLOCK).isAccepted(),
                "six days are allowed with Saturdays in the week");
    }

    @Test
    void aWeekOfLeaveMondayToFridayNeedsNothingMore() {
        LocalDate monday = LocalDate.of(2026, 8, 10);
        List<Absence> leave = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            leave.add(new Absence(monday.plusDays(i), AbsenceType.LEAVE));
        }
        Optional<Week> week = Optional.of(Week.of(monday));
        ValidationResult five = ServiceRecord.of(YEAR, List.of(), leave, List.of()).review(CLOCK);
        assertTrue(five.violations().stream().noneMatch(v -> v.week().equals(week)), five.toString());
        ValidationResult six = ServiceRecord.of(SIX_DAYS, List.of(), leave, List.of()).review(CLOCK);
        assertTrue(six.violations().stream().anyMatch(v -> v.rule() == RuleId.WEEK_WITHOUT_CHECK_IN && v.week().equals(week)),
                "with Saturdays in the week, its Saturday was a day of service");
        assertTrue(six.violations().stream().anyMatch(v -> v.rule() == RuleId.WEEKLY_HOURS_BELOW_GUIDANCE && v.week().equals(week)
                && v.values().get("limit").equals(ofHours(4))), "24 h scaled to the one day left of six");
    }

    @Test
    void aFinishedWeekIsMeasuredAgainstFiveDays() {
        LocalDate monday = LocalDate.of(2026, 9, 7);
        List<HourEntry> entries = new ArrayList<>();
        for (int i = 1; i < 5; i++) {
            entries.add(service(monday.plusDays(i), ofHours(6))); // Tuesday to Friday, 24 h
        }
        List<Absence> leave = List.of(new Absence(monday, AbsenceType.LEAVE));
        List<LocalDate> met = List.of(monday.plusDays(1));
        Optional<Week> week = Optional.of(Week.of(monday));
        ValidationResult five = ServiceRecord.of(YEAR, entries, leave, met).review(CLOCK);
        // four days left of five: the band's lower edge is 24 h x 4 / 5 = 19 h 12, the fewest days 4 - 1 = 3
        assertTrue(five.violations().stream().noneMatch(v -> v.week().equals(week)), five.toString());
        List<HourEntry> three = entries.subList(0, 3);
        ValidationResult short3 = ServiceRecord.of(YEAR, three, leave, met).review(CLOCK);
        Violation below = short3.violations().stream().filter(v -> v.rule() == RuleId.WEEKLY_HOURS_BELOW_GUIDANCE && v.week().equals(week))
                .findFirst().orElseThrow();
        assertEquals(ofMinutes(24 * 60 * 4 / 5), below.values().get("limit"));
        assertEquals("Per la settimana dal 7 al 13 settembre le ore sono 18 h, sotto l'indicazione di 19 h 12.", below.message(Locale.ITALIAN));
    }

    @Test
    void theScheduleCheckFollowsTheWorkingWeek() {
        WeeklyPattern mondayToSaturday = WeeklyPattern.uniform(ofHours(5), MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY);
        ScheduleCheck six = ScheduleCheck.of(YEAR, mondayToSaturday, List.of());
        assertFalse(six.respectsRules());
        Violation days = six.violations().errors().get(0);
        assertEquals(RuleId.DAYS_PER_WEEK_MAX, days.rule());
        assertEquals("The plan has 6 days a week: the maximum is 5.", days.message(Locale.ENGLISH));
        assertEquals("Il piano prevede 6 giorni a settimana: il massimo è 5.", days.message(Locale.ITALIAN));
        assertTrue(ScheduleCheck.of(SIX_DAYS, mondayToSaturday, List.of()).respectsRules());

        WeeklyPattern four = WeeklyPattern.uniform(ofMinutes(450), MONDAY, TUESDAY, WEDNESDAY, THURSDAY);
        assertTrue(ScheduleCheck.of(YEAR, four, List.of()).violations().violations().isEmpty(), "four days is the guidance of five");
        assertTrue(ScheduleCheck.of(SIX_DAYS, four, List.of()).violations().has(RuleId.DAYS_PER_WEEK_MIN), "five is the guidance of six");

        WeeklyPattern nine = WeeklyPattern.uniform(ofHours(9), MONDAY);
        Violation day = ScheduleCheck.of(YEAR, nine, List.of()).violations().errors().get(0);
        assertEquals(RuleId.HOURS_PER_DAY_MAX, day.rule());
        assertEquals(MONDAY, day.values().get("day"));
        assertEquals("Lunedì il piano prevede 9 h: il massimo giornaliero è 8 h.", day.message(Locale.ITALIAN));
        assertEquals("On Monday the plan has 9 h: the daily maximum is 8 h.", day.message(Locale.ENGLISH));

        // Monday to Friday 6 h with four weeks of weekday leave: 241 days x 6 h, as with Saturdays in the week
        List<LocalDate> leave = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            leave.add(LocalDate.of(2026, 8, 3).plusDays(i + 2 * (i / 5)));
        }
        WeeklyPattern fiveBySix = WeeklyPattern.uniform(ofHours(6), MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        ScheduleCheck plan = ScheduleCheck.of(YEAR, fiveBySix, leave);
        assertTrue(plan.respectsRules());
        assertEquals(ofHours(1446), plan.projected());
        assertEquals(ScheduleCheck.of(SIX_DAYS, fiveBySix, leave).projected(), plan.projected());
    }

    @Test
    void theWorkingWeekIsPartOfTheRuleSetsValue() {
        RuleSet.Builder mondayToSaturday = RuleSet.builder("x", "1").name("X").durationMonths(12)
                .target(it.milano.levacivica.core.rules.Category.SERVICE, ofHours(100))
                .target(it.milano.levacivica.core.rules.Category.SPECIFIC_TRAINING, ofHours(10))
                .target(it.milano.levacivica.core.rules.Category.COMPETENCE_CERTIFICATE, Duration.ZERO)
                .totalTarget(ofHours(110)).daysPerWeekMax(6).daysPerWeekMin(4)
                .weeklyHours(ofHours(30), ofHours(24), ofHours(36)).monthlyHours(ofHours(135), ofHours(108), ofHours(162))
                .dailyMax(ofHours(8)).granularity(ofMinutes(15)).leaveAllowanceDays(20).sicknessAllowanceDays(15)
                .paceTolerance(ofHours(30));
        RuleSet six = mondayToSaturday.build();
        assertEquals(EnumSet.range(MONDAY, SATURDAY), six.serviceDays(), "Monday to Saturday unless set");
        RuleSet fourDays = mondayToSaturday.serviceDays(EnumSet.range(MONDAY, THURSDAY)).build();
        assertNotEquals(six, fourDays);
        assertEquals(4, fourDays.serviceDaysPerWeek());
        IllegalArgumentException none = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> mondayToSaturday.serviceDays(EnumSet.noneOf(DayOfWeek.class)).build());
        assertTrue(none.getMessage().contains("serviceDays"), none.getMessage());
        IllegalArgumentException tooFew = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> mondayToSaturday.serviceDays(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY)).build());
        assertTrue(tooFew.getMessage().contains("daysPerWeekMin"), "at least four days asked of a three-day week: " + tooFew.getMessage());
    }
}
