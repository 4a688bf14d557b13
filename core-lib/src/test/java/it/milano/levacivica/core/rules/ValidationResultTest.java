package it.milano.levacivica.core.rules;

import static it.milano.levacivica.core.ValueAssertions.assertOtherValue;
import static it.milano.levacivica.core.ValueAssertions.assertSameValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results compare by value: the same check on equal inputs gives equal results. */
class ValidationResultTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 24).atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** A record built anew each time from the same data: 7 h every weekday of March, a day of leave, Monday check-ins. */
    static ServiceRecord march() {
        ServiceYear year = ServiceYear.of(START, RuleSets.LEVA_CIVICA);
        List<HourEntry> entries = new ArrayList<>();
        List<LocalDate> checkIns = new ArrayList<>();
        for (LocalDate d = START; d.isBefore(LocalDate.of(2026, 4, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && !d.equals(LocalDate.of(2026, 3, 13))) {
                entries.add(HourEntry.service(d, Duration.ofHours(7), ActivityType.TESTIMONIES));
            }
            if (d.getDayOfWeek().getValue() == 1) {
                checkIns.add(d);
            }
        }
        return ServiceRecord.of(year, entries, List.of(new Absence(LocalDate.of(2026, 3, 13), AbsenceType.LEAVE)), checkIns);
    }

    @Test
    void theSameCheckOnEqualInputsGivesEqualResults() {
        HourEntry tooLong = HourEntry.service(LocalDate.of(2026, 3, 10), Duration.ofHours(2), ActivityType.COMMUNICATION);
        ValidationResult a = march().validate(tooLong, CLOCK);
        ValidationResult b = march().validate(
                HourEntry.service(LocalDate.of(2026, 3, 10), Duration.ofHours(2), ActivityType.COMMUNICATION), CLOCK);
        assertFalse(a.isAccepted());
        assertSameValue(a, b);
        assertSameValue(march().review(CLOCK), march().review(CLOCK));
    }

    @Test
    void anotherViolationOrAnotherValueIsAnotherResult() {
        ServiceRecord r = march();
        ValidationResult nine = r.validate(HourEntry.service(LocalDate.of(2026, 3, 10), Duration.ofHours(2), ActivityType.COMMUNICATION), CLOCK);
        ValidationResult ten = r.validate(HourEntry.service(LocalDate.of(2026, 3, 10), Duration.ofHours(3), ActivityType.COMMUNICATION), CLOCK);
        assertTrue(nine.has(RuleId.HOURS_PER_DAY_MAX) && ten.has(RuleId.HOURS_PER_DAY_MAX));
        assertOtherValue(nine, ten); // total 9:00 against 10:00
        ValidationResult onLeave = r.validate(HourEntry.service(LocalDate.of(2026, 3, 13), Duration.ofHours(2), ActivityType.COMMUNICATION), CLOCK);
        assertOtherValue(nine, onLeave);
    }

    @Test
    void acceptedResultsWithoutViolationsAreEqual() {
        ValidationResult a = march().validate(HourEntry.service(LocalDate.of(2026, 3, 10), Duration.ofHours(1), ActivityType.COMMUNICATION), CLOCK);
        ValidationResult b = ValidationResult.of(new ArrayList<>());
        assertTrue(a.isAccepted());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("accepted []", a.toString());
    }

    @Test
    void theOrderOfViolationsIsPartOfTheValue() {
        Violation day = Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION, "date", "2026-03-10");
        Violation week = Violation.of(RuleId.WEEKLY_HOURS_ABOVE_GUIDANCE, Severity.WARNING, Field.PERIOD, "week", "2026-W11");
        assertSameValue(ValidationResult.of(List.of(day, week)), ValidationResult.of(new ArrayList<>(List.of(day, week))));
        assertOtherValue(ValidationResult.of(List.of(day, week)), ValidationResult.of(List.of(week, day)));
    }

    @Test
    void violationsCompareByRuleSeverityFieldAndValues() {
        Violation a = Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION, "total", "9:00", "limit", "8:00");
        assertSameValue(a, Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION, "total", "9:00", "limit", "8:00"));
        assertOtherValue(a, Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.WARNING, Field.DURATION, "total", "9:00", "limit", "8:00"));
        assertOtherValue(a, Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DATE, "total", "9:00", "limit", "8:00"));
        assertOtherValue(a, Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION, "total", "9:15", "limit", "8:00"));
        assertOtherValue(a, Violation.of(RuleId.DAYS_PER_WEEK_MAX, Severity.ERROR, Field.DURATION, "total", "9:00", "limit", "8:00"));
    }
}
