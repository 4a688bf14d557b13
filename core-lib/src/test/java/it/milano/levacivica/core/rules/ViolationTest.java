package it.milano.levacivica.core.rules;

import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A violation's values are typed: a program reads dates, weeks, months, hours and counts, never text. */
class ViolationTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 24).atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Test
    void everyRuleOfARecordGivesTypedValues() {
        ServiceYear year = ServiceYear.of(START, RuleSets.LEVA_CIVICA);
        LocalDate tuesday = LocalDate.of(2026, 10, 20);
        ServiceRecord r = ServiceRecord.empty(year).withEntry(HourEntry.service(tuesday, ofHours(8), ActivityType.TESTIMONIES));
        Violation day = r.validate(HourEntry.service(tuesday, ofHours(1), ActivityType.TESTIMONIES), CLOCK).errors().get(0);
        assertEquals(Optional.of(tuesday), day.date());
        assertEquals(Optional.of(ofHours(9)), day.value("total", Duration.class));
        assertEquals(Optional.of(ofHours(8)), day.value("limit", Duration.class));
        assertEquals(Optional.empty(), day.value("limit", Integer.class), "asked with another type");
        assertEquals(List.of("date", "total", "limit"), List.copyOf(day.values().keySet()), "message order");

        ValidationResult review = r.review(CLOCK);
        Violation week = review.violations().stream().filter(v -> v.rule() == RuleId.WEEKLY_HOURS_BELOW_GUIDANCE
                && v.week().equals(Optional.of(Week.of(tuesday)))).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 19), week.week().get().monday());
        assertEquals(LocalDate.of(2026, 10, 25), week.week().get().sunday());
        Violation month = review.violations().stream().filter(v -> v.rule() == RuleId.MONTHLY_HOURS_BELOW_GUIDANCE
                && v.month().equals(Optional.of(YearMonth.of(2026, 10)))).findFirst().orElseThrow();
        assertEquals(Optional.of(ofHours(8)), month.value("total", Duration.class));

        Violation absenceDay = r.validateAbsence(new Absence(tuesday, AbsenceType.LEAVE), CLOCK).errors().get(0);
        assertEquals(AbsenceType.LEAVE, absenceDay.values().get("absence"));
    }

    @Test
    void aViolationOverlapsTheDaysItIsAbout() {
        Violation day = Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION, "date", LocalDate.of(2026, 10, 31));
        assertTrue(day.overlaps(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)));
        assertFalse(day.overlaps(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)), "half-open: November starts after it");
        Violation week = Violation.of(RuleId.WEEK_WITHOUT_CHECK_IN, Severity.WARNING, Field.PERIOD, "week", Week.of(LocalDate.of(2026, 10, 28)));
        assertTrue(week.overlaps(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)));
        assertTrue(week.overlaps(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)), "26 October to 1 November is in both months");
        assertFalse(week.overlaps(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1)));
        Violation month = Violation.of(RuleId.MONTHLY_HOURS_ABOVE_GUIDANCE, Severity.WARNING, Field.PERIOD, "month", YearMonth.of(2026, 10));
        assertTrue(month.overlaps(LocalDate.of(2026, 10, 31), LocalDate.MAX));
        assertFalse(month.overlaps(LocalDate.of(2026, 11, 1), LocalDate.MAX));
        Violation checkIn = Violation.of(RuleId.DATE_IN_FUTURE, Severity.ERROR, Field.DATE, "time", LocalDate.of(2026, 10, 31).atTime(15, 0));
        assertTrue(checkIn.overlaps(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1)));
        Violation year = Violation.of(RuleId.LEAVE_ALLOWANCE_EXCEEDED, Severity.ERROR, Field.DATE, "used", 21, "allowance", 20);
        assertFalse(year.overlaps(LocalDate.MIN, LocalDate.MAX), "about the whole year, not about days");
        Violation planned = Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION, "day", DayOfWeek.MONDAY);
        assertFalse(planned.overlaps(LocalDate.MIN, LocalDate.MAX));
    }

    @Test
    void onlyValuesThatCanBeWrittenAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION,
                "limit", 8.0));
        assertThrows(IllegalArgumentException.class, () -> Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION,
                3, ofHours(8)));
        assertThrows(IllegalArgumentException.class, () -> Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION, "limit"));
        assertThrows(NullPointerException.class, () -> Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION, "limit", null));
        assertEquals("ERROR HOURS_PER_DAY_MAX {date=2026-05-29, total=PT9H, limit=PT8H}", Violation.of(RuleId.HOURS_PER_DAY_MAX,
                Severity.ERROR, Field.DURATION, "date", LocalDate.of(2026, 5, 29), "total", ofHours(9), "limit", ofHours(8)).toString());
        assertEquals("2026-10-19/2026-10-25", Week.of(LocalDate.of(2026, 10, 25)).toString());
    }
}
