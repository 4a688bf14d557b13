package it.milano.levacivica.portal.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.Field;
import it.milano.levacivica.core.rules.RuleId;
import it.milano.levacivica.core.rules.Severity;
import it.milano.levacivica.core.rules.Violation;
import it.milano.levacivica.core.rules.Week;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values of core-lib's violations reach JSON typed: ISO dates, weeks as their dates, minutes, names. */
class ProblemTest {

    @Test
    void valuesAreIsoTextNumbersAndNamesInMessageOrder() {
        Violation day = Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION,
                "date", LocalDate.of(2026, 4, 7), "total", Duration.ofMinutes(555), "limit", Duration.ofHours(8));
        Map<String, Object> values = Problem.values(day);
        assertEquals(Map.of("date", "2026-04-07", "total", 555L, "limit", 480L), values);
        assertEquals(List.of("date", "total", "limit"), List.copyOf(values.keySet()));

        Violation week = Violation.of(RuleId.DAYS_PER_WEEK_MAX, Severity.ERROR, Field.DATE,
                "week", Week.of(LocalDate.of(2026, 10, 21)), "days", 7, "limit", 6);
        assertEquals(Map.of("week", Map.of("monday", "2026-10-19", "sunday", "2026-10-25"), "days", 7, "limit", 6), Problem.values(week));

        Violation others = Violation.of(RuleId.HOURS_ON_ABSENCE_DAY, Severity.ERROR, Field.DATE, "month", YearMonth.of(2026, 10),
                "absence", AbsenceType.LEAVE, "day", DayOfWeek.MONDAY, "time", LocalDate.of(2026, 4, 7).atTime(14, 30));
        assertEquals(Map.of("month", "2026-10", "absence", "LEAVE", "day", "MONDAY", "time", "2026-04-07T14:30"), Problem.values(others));
    }

    @Test
    void theViewCarriesTheMessageInTheCallersLanguage() {
        Violation week = Violation.of(RuleId.WEEK_WITHOUT_CHECK_IN, Severity.WARNING, Field.PERIOD, "week", Week.of(LocalDate.of(2025, 10, 20)));
        Problem.RuleViolationView it = Problem.RuleViolationView.of(week, Locale.ITALIAN, null);
        assertEquals("Per la settimana dal 20 al 26 ottobre non c'è un incontro con il tutor confermato.", it.message());
        assertEquals("WEEK_WITHOUT_CHECK_IN", it.rule());
        assertEquals("PERIOD", it.field());
        assertEquals("In the week of 20–26 October there is no confirmed meeting with the tutor.",
                Problem.RuleViolationView.of(week, Locale.ENGLISH, null).message());
    }
}
