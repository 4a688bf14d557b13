package it.milano.levacivica.core.rules;

import static it.milano.levacivica.core.rules.ActivityType.ADMINISTRATIVE_SUPPORT;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceRecordTest {

    /** A Monday. */
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final ServiceYear YEAR = ServiceYear.of(START, RuleSets.LEVA_CIVICA);
    /** Tuesday 24 November 2026. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 24).atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    static HourEntry service(LocalDate d, Duration h) {
        return HourEntry.service(d, h, ADMINISTRATIVE_SUPPORT);
    }

    static ServiceRecord empty() {
        return ServiceRecord.empty(YEAR);
    }

    @Test
    void serviceYearIsHalfOpenTwelveMonths() {
        assertEquals(LocalDate.of(2027, 3, 2), YEAR.end());
        assertEquals(LocalDate.of(2027, 3, 1), YEAR.lastDay());
        assertEquals(365, YEAR.lengthInDays());
    }

    @Test
    void dateOutsideTheYear() {
        ServiceRecord r = empty();
        Clock later = Clock.fixed(LocalDate.of(2027, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        assertTrue(r.validate(service(START, ofHours(4)), later).isAccepted());
        assertTrue(r.validate(service(START.minusDays(1), ofHours(4)), later).has(RuleId.DATE_OUTSIDE_SERVICE_YEAR));
        assertTrue(r.validate(service(YEAR.lastDay(), ofHours(4)), later).isAccepted());
        assertTrue(r.validate(service(YEAR.end(), ofHours(4)), later).has(RuleId.DATE_OUTSIDE_SERVICE_YEAR));
    }

    @Test
    void dateInTheFuture() {
        ServiceRecord r = empty();
        LocalDate today = LocalDate.now(CLOCK);
        assertTrue(r.validate(service(today, ofHours(4)), CLOCK).isAccepted());
        ValidationResult tomorrow = r.validate(service(today.plusDays(1), ofHours(4)), CLOCK);
        assertFalse(tomorrow.isAccepted());
        assertTrue(tomorrow.has(RuleId.DATE_IN_FUTURE));
    }

    @Test
    void durationMustBePositiveAndOnTheStep() {
        ServiceRecord r = empty();
        LocalDate d = LocalDate.of(2026, 4, 7);
        assertTrue(r.validate(service(d, Duration.ZERO), CLOCK).has(RuleId.DURATION_NOT_POSITIVE));
        assertTrue(r.validate(service(d, ofMinutes(-15)), CLOCK).has(RuleId.DURATION_NOT_POSITIVE));
        assertTrue(r.validate(service(d, ofMinutes(15)), CLOCK).isAccepted());
        assertTrue(r.validate(service(d, ofMinutes(14)), CLOCK).has(RuleId.DURATION_GRANULARITY));
        assertTrue(r.validate(service(d, ofMinutes(16)), CLOCK).has(RuleId.DURATION_GRANULARITY));
        assertTrue(r.validate(service(d, Duration.ofSeconds(15 * 60 + 1)), CLOCK).has(RuleId.DURATION_GRANULARITY));
    }

    @Test
    void dailyMaximumCountsEveryCategoryOfTheDay() {
        LocalDate d = LocalDate.of(2026, 4, 7);
        ServiceRecord r = empty().withEntry(service(d, ofHours(6)));
        assertTrue(r.validate(HourEntry.of(d, Category.SPECIFIC_TRAINING, ofHours(2)), CLOCK).isAccepted());
        ValidationResult over = r.validate(HourEntry.of(d, Category.SPECIFIC_TRAINING, ofMinutes(135)), CLOCK);
        assertFalse(over.isAccepted());
        Violation v = over.errors().get(0);
        assertEquals(RuleId.HOURS_PER_DAY_MAX, v.rule());
        assertEquals(Field.DURATION, v.field());
        assertEquals(d, v.values().get("date"));
        assertEquals(ofMinutes(495), v.values().get("total"));
        assertEquals(ofHours(8), v.values().get("limit"));
    }

    @Test
    void aSeventhDayInOneIsoWeekIsRefused() {
        LocalDate monday = LocalDate.of(2026, 4, 6);
        ServiceRecord r = empty();
        for (int i = 0; i < 5; i++) {
            r = r.withEntry(service(monday.plusDays(i), ofHours(4)));
        }
        assertTrue(r.validate(service(monday.plusDays(5), ofHours(4)), CLOCK).isAccepted(), "6th day");
        r = r.withEntry(service(monday.plusDays(5), ofHours(4)));
        ValidationResult seventh = r.validate(service(monday.plusDays(6), ofHours(1)), CLOCK);
        assertTrue(seventh.has(RuleId.DAYS_PER_WEEK_MAX));
        assertFalse(seventh.isAccepted());
        assertTrue(r.validate(service(monday.plusDays(2), ofHours(1)), CLOCK).isAccepted(), "more hours on a day already worked");
        assertTrue(r.validate(service(monday.plusDays(7), ofHours(1)), CLOCK).isAccepted(), "next week's Monday");
    }

    @Test
    void hoursOnAbsenceDaysAndAbsencesOnWorkedDays() {
        LocalDate d = LocalDate.of(2026, 4, 8);
        ServiceRecord r = empty().withAbsence(new Absence(d, AbsenceType.LEAVE));
        assertTrue(r.validate(service(d, ofHours(1)), CLOCK).has(RuleId.HOURS_ON_ABSENCE_DAY));
        assertTrue(r.validate(service(d.plusDays(1), ofHours(1)), CLOCK).isAccepted());
        ServiceRecord worked = empty().withEntry(service(d, ofHours(1)));
        assertTrue(worked.validateAbsence(new Absence(d, AbsenceType.SICKNESS), CLOCK).has(RuleId.HOURS_ON_ABSENCE_DAY));
        assertTrue(r.validateAbsence(new Absence(d, AbsenceType.SICKNESS), CLOCK).has(RuleId.ABSENCE_DUPLICATE));
    }

    @Test
    void leaveAllowanceCountsMondayToSaturday() {
        ServiceRecord r = empty();
        LocalDate d = LocalDate.of(2026, 6, 1); // Monday
        int taken = 0;
        for (; taken < 20; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
                assertTrue(r.validateAbsence(new Absence(d, AbsenceType.LEAVE), CLOCK).isAccepted(), "leave day " + (taken + 1));
                r = r.withAbsence(new Absence(d, AbsenceType.LEAVE));
                taken++;
            }
        }
        assertEquals(20, r.absenceDaysUsed(AbsenceType.LEAVE));
        LocalDate sunday = LocalDate.of(2026, 7, 5);
        assertTrue(r.validateAbsence(new Absence(sunday, AbsenceType.LEAVE), CLOCK).isAccepted(), "a Sunday costs nothing");
        ValidationResult over = r.validateAbsence(new Absence(LocalDate.of(2026, 7, 6), AbsenceType.LEAVE), CLOCK);
        assertTrue(over.has(RuleId.LEAVE_ALLOWANCE_EXCEEDED));
        assertFalse(over.isAccepted());
    }

    @Test
    void plannedLeaveMayBeInTheFutureSicknessMayNot() {
        LocalDate future = LocalDate.of(2026, 12, 21);
        assertTrue(empty().validateAbsence(new Absence(future, AbsenceType.LEAVE), CLOCK).isAccepted());
        assertTrue(empty().validateAbsence(new Absence(future, AbsenceType.SICKNESS), CLOCK).has(RuleId.DATE_IN_FUTURE));
    }

    @Test
    void sicknessBeyondTheAllowanceIsAcceptedWithAWarning() {
        ServiceRecord r = empty();
        LocalDate d = LocalDate.of(2026, 9, 1);
        for (int i = 0; i < 15; i++) {
            r = r.withAbsence(new Absence(d.plusDays(i), AbsenceType.SICKNESS));
        }
        ValidationResult sixteenth = r.validateAbsence(new Absence(d.plusDays(15), AbsenceType.SICKNESS), CLOCK);
        assertTrue(sixteenth.isAccepted());
        assertEquals(RuleId.SICKNESS_ALLOWANCE_EXCEEDED, sixteenth.warnings().get(0).rule());
        ServiceRecord fourteen = r.withoutAbsence(d.plusDays(14));
        assertTrue(fourteen.validateAbsence(new Absence(d.plusDays(15), AbsenceType.SICKNESS), CLOCK).violations().isEmpty());
    }

    @Test
    void hoursOverACategoryTargetFollowTheRuleSetAndNeverMove() {
        List<HourEntry> training = new ArrayList<>();
        LocalDate d = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < 5; i++) {
            training.add(HourEntry.of(d.plusDays(i), Category.SPECIFIC_TRAINING, ofHours(8)));
        }
        ServiceRecord r = ServiceRecord.of(YEAR, training, List.of(), List.of());
        assertEquals(ofHours(40), r.total(Category.SPECIFIC_TRAINING));
        ValidationResult over = r.validate(HourEntry.of(LocalDate.of(2026, 3, 9), Category.SPECIFIC_TRAINING, ofMinutes(15)), CLOCK);
        assertTrue(over.isAccepted(), "Leva Civica accepts with a warning");
        Violation target = over.violations().stream().filter(v -> v.rule() == RuleId.CATEGORY_TARGET_EXCEEDED).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, target.severity());
        assertEquals(Category.SPECIFIC_TRAINING, target.values().get("category"));
        assertEquals(ofMinutes(40 * 60 + 15), target.values().get("total"));
        ServiceRecord scu = ServiceRecord.of(ServiceYear.of(START, RuleSets.SERVIZIO_CIVILE_UNIVERSALE), List.of(), List.of(), List.of());
        ValidationResult refused = scu.validate(HourEntry.of(LocalDate.of(2026, 3, 9), Category.COMPETENCE_CERTIFICATE, ofMinutes(15)), CLOCK);
        assertFalse(refused.isAccepted(), "SCU has no certificate hours and refuses extra hours");
        assertTrue(refused.has(RuleId.CATEGORY_TARGET_EXCEEDED));
    }

    @Test
    void serviceNeedsAnActivityType() {
        HourEntry e = new HourEntry(LocalDate.of(2026, 4, 7), Category.SERVICE, ofHours(2), null);
        ValidationResult r = empty().validate(e, CLOCK);
        assertTrue(r.has(RuleId.ACTIVITY_TYPE_REQUIRED));
        assertEquals(Field.ACTIVITY_TYPE, r.errors().get(0).field());
        assertTrue(empty().validate(HourEntry.of(LocalDate.of(2026, 4, 7), Category.COMPETENCE_CERTIFICATE, ofHours(2)), CLOCK).isAccepted());
    }

    @Test
    void weeklyAndMonthlyGuidanceWarnButDoNotRefuse() {
        LocalDate monday = LocalDate.of(2026, 4, 6);
        ServiceRecord r = empty();
        for (int i = 0; i < 4; i++) {
            r = r.withEntry(service(monday.plusDays(i), ofHours(8)));
        }
        // 32 h so far; the band's upper edge is 36 h
        assertTrue(r.validate(service(monday.plusDays(4), ofHours(4)), CLOCK).violations().stream()
                .noneMatch(v -> v.rule() == RuleId.WEEKLY_HOURS_ABOVE_GUIDANCE), "36 h is inside the band");
        ValidationResult above = r.validate(service(monday.plusDays(4), ofMinutes(4 * 60 + 15)), CLOCK);
        assertTrue(above.isAccepted());
        assertTrue(above.has(RuleId.WEEKLY_HOURS_ABOVE_GUIDANCE));

        ServiceRecord month = empty();
        LocalDate d = LocalDate.of(2026, 5, 1);
        int total = 0;
        while (total + 8 * 60 <= 162 * 60) {
            if (d.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
                month = month.withEntry(service(d, ofHours(8)));
                total += 8 * 60;
            }
            d = d.plusDays(1);
        }
        // 160 h in May; 2 more hours reach 162 h (the edge), 2:15 go beyond
        LocalDate free = LocalDate.of(2026, 5, 30);
        assertTrue(month.validate(service(free, ofHours(2)), CLOCK).violations().stream().noneMatch(v -> v.rule() == RuleId.MONTHLY_HOURS_ABOVE_GUIDANCE));
        assertTrue(month.validate(service(free, ofMinutes(135)), CLOCK).has(RuleId.MONTHLY_HOURS_ABOVE_GUIDANCE));
    }

    @Test
    void aFinishedWeekWithoutCheckInIsWarned() {
        LocalDate lastWeek = LocalDate.of(2026, 11, 17);
        ValidationResult noCheckIn = empty().validate(service(lastWeek, ofHours(4)), CLOCK);
        assertTrue(noCheckIn.isAccepted());
        assertTrue(noCheckIn.has(RuleId.WEEK_WITHOUT_CHECK_IN));
        ServiceRecord met = empty().withCheckIn(LocalDate.of(2026, 11, 20));
        assertFalse(met.validate(service(lastWeek, ofHours(4)), CLOCK).has(RuleId.WEEK_WITHOUT_CHECK_IN));
        assertFalse(empty().validate(service(LocalDate.of(2026, 11, 23), ofHours(4)), CLOCK).has(RuleId.WEEK_WITHOUT_CHECK_IN),
                "the current week may still get its check-in");
    }

    @Test
    void aReplacementDoesNotCountTheOldEntry() {
        LocalDate d = LocalDate.of(2026, 4, 7);
        HourEntry old = service(d, ofHours(8));
        ServiceRecord r = empty().withEntry(old);
        assertTrue(r.validateReplacement(old, service(d, ofHours(7)), CLOCK).isAccepted());
        assertFalse(r.validate(service(d, ofHours(7)), CLOCK).isAccepted());
        assertTrue(r.withoutEntry(old).hoursOn(d).isZero());
        assertThrows(IllegalArgumentException.class, () -> empty().withoutEntry(old));
    }

    @Test
    void reviewFindsFinishedWeeksBelowGuidanceAndHardBreaches() {
        LocalDate monday = LocalDate.of(2026, 11, 9);
        List<HourEntry> entries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            entries.add(service(monday.plusDays(i), ofHours(5)));
        }
        entries.add(service(LocalDate.of(2026, 11, 16), ofHours(9))); // over the daily maximum, stored by an older rule
        ServiceRecord r = ServiceRecord.of(YEAR, entries, List.of(), List.of(monday));
        ValidationResult review = r.review(CLOCK);
        Optional<Week> w46 = Optional.of(Week.of(monday));
        Optional<Week> w47 = Optional.of(Week.of(monday.plusWeeks(1)));
        assertTrue(review.violations().stream().anyMatch(v -> v.rule() == RuleId.WEEKLY_HOURS_BELOW_GUIDANCE && v.week().equals(w46)));
        assertTrue(review.violations().stream().anyMatch(v -> v.rule() == RuleId.DAYS_PER_WEEK_MIN && v.week().equals(w46)));
        assertTrue(review.violations().stream().noneMatch(v -> v.rule() == RuleId.WEEK_WITHOUT_CHECK_IN && v.week().equals(w46)));
        assertTrue(review.violations().stream().anyMatch(v -> v.rule() == RuleId.WEEK_WITHOUT_CHECK_IN && v.week().equals(w47)));
        assertTrue(review.violations().stream().anyMatch(v -> v.rule() == RuleId.HOURS_PER_DAY_MAX
                && v.date().equals(Optional.of(LocalDate.of(2026, 11, 16)))));
        assertTrue(review.violations().stream().noneMatch(v -> v.week().equals(Optional.of(Week.of(LocalDate.of(2026, 11, 23))))),
                "the current week is not over");
    }

    @Test
    void aDayOfLeaveLowersTheDaysOfServiceExpectedThatWeek() {
        LocalDate monday = LocalDate.of(2026, 9, 7);
        List<HourEntry> entries = new ArrayList<>();
        for (int i = 1; i < 5; i++) {
            entries.add(service(monday.plusDays(i), ofHours(6)));
        }
        ServiceRecord withLeave = ServiceRecord.of(YEAR, entries, List.of(new Absence(monday, AbsenceType.LEAVE)), List.of(monday.plusDays(1)));
        Optional<Week> week = Optional.of(Week.of(monday));
        assertTrue(withLeave.review(CLOCK).violations().stream().noneMatch(v -> v.week().equals(week)),
                withLeave.review(CLOCK).toString());
        ServiceRecord without = ServiceRecord.of(YEAR, entries, List.of(), List.of(monday.plusDays(1)));
        assertTrue(without.review(CLOCK).violations().stream().anyMatch(v -> v.rule() == RuleId.DAYS_PER_WEEK_MIN && v.week().equals(week)));
    }

    @Test
    void aWeekOfLeaveNeedsNoCheckInAndNoHours() {
        LocalDate monday = LocalDate.of(2026, 8, 10);
        List<Absence> leave = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            leave.add(new Absence(monday.plusDays(i), AbsenceType.LEAVE));
        }
        ValidationResult review = ServiceRecord.of(YEAR, List.of(), leave, List.of()).review(CLOCK);
        assertTrue(review.violations().stream().noneMatch(v -> v.week().equals(Optional.of(Week.of(monday)))), review.toString());
        assertTrue(review.violations().stream().anyMatch(v -> v.week().equals(Optional.of(Week.of(monday.plusWeeks(1))))));
    }

    @Test
    void messagesInItalianByDefaultAndInEnglish() {
        LocalDate d = LocalDate.of(2026, 4, 7);
        Violation v = empty().withEntry(service(d, ofHours(8))).validate(service(d, ofHours(1)), CLOCK).errors().get(0);
        assertEquals("Il 7 aprile 2026 le ore diventerebbero 9 h: il massimo giornaliero è 8 h.", v.message(Locale.ITALIAN));
        assertEquals(v.message(Locale.ITALIAN), v.message(Locale.GERMAN), "Italian for every other language");
        assertEquals("On 7 April 2026 the hours would become 9 h: the daily maximum is 8 h.", v.message(Locale.UK));
        for (RuleId id : RuleId.values()) {
            Violation any = Violation.of(id, Severity.ERROR, Field.PERIOD, "a", "1", "b", "2", "c", "3");
            assertFalse(any.message(Locale.ITALIAN).contains("{"), id + " it");
            assertFalse(any.message(Locale.ENGLISH).contains("{"), id + " en");
            assertFalse(any.message(Locale.ITALIAN).equals(any.message(Locale.ENGLISH)), id + " translated");
        }
    }
}
