package it.milano.levacivica.core.rules;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Values are written for the reader at the edge: days, weeks and months in words, hours one way. */
class TextsTest {

    static final Locale IT = Locale.ITALIAN;
    static final Locale EN = Locale.ENGLISH;

    @Test
    void hoursAreWrittenOneWay() {
        assertEquals("5 h 15", Texts.hours(ofMinutes(315)));
        assertEquals("9 h", Texts.hours(ofHours(9)));
        assertEquals("8 h 05", Texts.hours(ofMinutes(485)));
        assertEquals("45 min", Texts.hours(ofMinutes(45)));
        assertEquals("0 h", Texts.hours(ofMinutes(0)));
        assertEquals("-15 min", Texts.hours(ofMinutes(-15)));
        assertEquals("1400 h", Texts.hours(ofHours(1400)));
        assertEquals("15 min 1 s", Texts.hours(ofMinutes(15).plusSeconds(1)));
    }

    @Test
    void aDayInItalianCarriesItsArticle() {
        assertEquals("il 7 aprile 2026", Texts.date(LocalDate.of(2026, 4, 7), IT));
        assertEquals("l'8 aprile 2026", Texts.date(LocalDate.of(2026, 4, 8), IT));
        assertEquals("l'11 aprile 2026", Texts.date(LocalDate.of(2026, 4, 11), IT));
        assertEquals("il 1º maggio 2026", Texts.date(LocalDate.of(2026, 5, 1), IT));
        assertEquals("7 April 2026", Texts.date(LocalDate.of(2026, 4, 7), EN));
        assertEquals("1 May 2026", Texts.date(LocalDate.of(2026, 5, 1), EN));
        assertEquals(Texts.date(LocalDate.of(2026, 4, 7), IT), Texts.date(LocalDate.of(2026, 4, 7), Locale.GERMAN), "Italian for the others");
        assertEquals("il 7 aprile 2026 alle 14:30", Texts.dateTime(LocalDate.of(2026, 4, 7).atTime(14, 30), IT));
        assertEquals("7 April 2026 at 9:05", Texts.dateTime(LocalDate.of(2026, 4, 7).atTime(9, 5), EN));
    }

    @Test
    void aWeekIsItsDates() {
        assertEquals("la settimana dal 20 al 26 ottobre", Texts.week(Week.of(LocalDate.of(2025, 10, 22)), IT));
        assertEquals("the week of 20–26 October", Texts.week(Week.of(LocalDate.of(2025, 10, 22)), EN));
        assertEquals("la settimana dal 28 settembre al 4 ottobre", Texts.week(Week.of(LocalDate.of(2026, 10, 4)), IT));
        assertEquals("the week of 28 September – 4 October", Texts.week(Week.of(LocalDate.of(2026, 10, 4)), EN));
        assertEquals("la settimana dal 28 dicembre 2026 al 3 gennaio 2027", Texts.week(Week.of(LocalDate.of(2026, 12, 31)), IT));
        assertEquals("the week of 28 December 2026 – 3 January 2027", Texts.week(Week.of(LocalDate.of(2027, 1, 3)), EN));
        assertEquals("la settimana dall'8 al 14 giugno", Texts.week(Week.of(LocalDate.of(2026, 6, 8)), IT));
        assertEquals("la settimana dal 5 all'11 ottobre", Texts.week(Week.of(LocalDate.of(2026, 10, 5)), IT));
        assertEquals("la settimana dal 1º al 7 giugno", Texts.week(Week.of(LocalDate.of(2026, 6, 7)), IT));
    }

    @Test
    void monthsAndDaysOfTheWeekInWords() {
        assertEquals("ottobre 2026", Texts.month(YearMonth.of(2026, 10), IT));
        assertEquals("October 2026", Texts.month(YearMonth.of(2026, 10), EN));
        assertEquals("lunedì", Texts.dayOfWeek(DayOfWeek.MONDAY, IT));
        assertEquals("Monday", Texts.dayOfWeek(DayOfWeek.MONDAY, EN));
        assertEquals("domenica", Texts.dayOfWeek(DayOfWeek.SUNDAY, IT));
        assertEquals("formazione specifica", Texts.category(Category.SPECIFIC_TRAINING, IT));
        assertEquals("sickness", Texts.absence(AbsenceType.SICKNESS, EN));
        for (java.time.Month m : java.time.Month.values()) {
            assertFalse(Texts.month(YearMonth.of(2026, m), IT).equals(Texts.month(YearMonth.of(2026, m), EN)), m + " translated");
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            assertFalse(Texts.dayOfWeek(d, IT).equals(Texts.dayOfWeek(d, EN)), d + " translated");
        }
    }

    @Test
    void onlyTheValuesOfAViolationAreWritten() {
        assertEquals("3", Texts.value(3, IT));
        assertEquals("text", Texts.value("text", IT));
        assertThrows(IllegalArgumentException.class, () -> Texts.value(new Object(), IT));
    }

    @Test
    void theMessagesTheIssueQuotedAreNowInWords() {
        Violation day = Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION,
                "date", LocalDate.of(2026, 4, 7), "total", ofHours(9), "limit", ofHours(8));
        assertEquals("Il 7 aprile 2026 le ore diventerebbero 9 h: il massimo giornaliero è 8 h.", day.message(IT));
        assertEquals("On 7 April 2026 the hours would become 9 h: the daily maximum is 8 h.", day.message(EN));
        Violation eighth = Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION,
                "date", LocalDate.of(2026, 4, 8), "total", ofMinutes(555), "limit", ofHours(8));
        assertEquals("L'8 aprile 2026 le ore diventerebbero 9 h 15: il massimo giornaliero è 8 h.", eighth.message(IT));
        Violation week = Violation.of(RuleId.WEEKLY_HOURS_ABOVE_GUIDANCE, Severity.WARNING, Field.PERIOD,
                "week", Week.of(LocalDate.of(2025, 10, 20)), "total", ofMinutes(37 * 60 + 15), "limit", ofHours(36));
        assertEquals("Per la settimana dal 20 al 26 ottobre le ore sono 37 h 15, oltre l'indicazione di 36 h.", week.message(IT));
        assertEquals("In the week of 20–26 October the hours are 37 h 15, above the guidance of 36 h.", week.message(EN));
        Violation planned = Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION,
                "day", DayOfWeek.MONDAY, "total", ofHours(9), "limit", ofHours(8));
        assertEquals("Lunedì il piano prevede 9 h: il massimo giornaliero è 8 h.", planned.message(IT));
        Violation month = Violation.of(RuleId.MONTHLY_HOURS_BELOW_GUIDANCE, Severity.WARNING, Field.PERIOD,
                "month", YearMonth.of(2026, 10), "total", ofHours(90), "limit", ofHours(108));
        assertEquals("Nel mese di ottobre 2026 le ore sono 90 h, sotto l'indicazione di 108 h.", month.message(IT));
        assertEquals("In October 2026 the hours are 90 h, below the guidance of 108 h.", month.message(EN));
        Violation target = Violation.of(RuleId.CATEGORY_TARGET_EXCEEDED, Severity.WARNING, Field.CATEGORY,
                "category", Category.SPECIFIC_TRAINING, "total", ofMinutes(40 * 60 + 15), "target", ofHours(40));
        assertEquals("Le ore di formazione specifica diventerebbero 40 h 15, oltre l'obiettivo di 40 h: le ore in più non contano "
                + "per altre categorie.", target.message(IT));
        Violation leaveDay = Violation.of(RuleId.HOURS_ON_ABSENCE_DAY, Severity.ERROR, Field.DATE,
                "date", LocalDate.of(2026, 4, 7), "absence", AbsenceType.LEAVE);
        assertEquals("On 7 April 2026 a day of leave is recorded: hours and an absence cannot share a day.", leaveDay.message(EN));
        Violation later = Violation.of(RuleId.DATE_IN_FUTURE, Severity.ERROR, Field.DATE,
                "time", LocalDate.of(2026, 4, 7).atTime(14, 30), "now", LocalDate.of(2026, 4, 7).atTime(12, 0));
        assertEquals("Il 7 aprile 2026 alle 14:30 è nel futuro: ora è il 7 aprile 2026 alle 12:00.", later.message(IT));
        for (String m : new String[] {day.message(IT), week.message(IT), planned.message(IT), month.message(IT), target.message(IT)}) {
            assertFalse(m.matches(".*(\\d{4}-\\d\\d|-W\\d|MONDAY|SPECIFIC_TRAINING|\\d:\\d\\d).*"), m);
        }
        assertTrue(week.message(Locale.forLanguageTag("en-GB")).startsWith("In the week"));
    }
}
