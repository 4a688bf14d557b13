package it.milano.levacivica.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one way the pages write hours, in both languages. */
class FormatsTest {

    @Test
    void hoursAreWrittenOneWay() {
        assertEquals("0 h", Formats.hours(0, Locale.ITALIAN));
        assertEquals("45 min", Formats.hours(45, Locale.ITALIAN));
        assertEquals("1 h", Formats.hours(60, Locale.ITALIAN));
        assertEquals("5 h 15", Formats.hours(315, Locale.ITALIAN));
        assertEquals("5 h 05", Formats.hours(305, Locale.ITALIAN));
        assertEquals("−2 h 30", Formats.hours(-150, Locale.ITALIAN));
    }

    @Test
    void thousandsAreSeparatedAsEachLanguageDoes() {
        assertEquals("1.061 h 30", Formats.hours(1061 * 60 + 30, Locale.ITALIAN));
        assertEquals("1.400 h", Formats.hours(1400 * 60, Locale.ITALIAN));
        assertEquals("1,400 h", Formats.hours(1400 * 60, Locale.ENGLISH));
    }

    @Test
    void periodsAreWrittenAsDaysMonthsAndWeeks() {
        Formats f = new Formats() {
            @Override
            java.util.Locale locale() {
                return Locale.ITALIAN;
            }
        };
        assertEquals("16–22 novembre 2026", f.period("2026-W47"));
        assertEquals("ottobre 2026", f.period("2026-10"));
        assertEquals("30/11/2026", f.period("2026-11-30"));
        assertEquals("any", f.period("any"));
    }
}
