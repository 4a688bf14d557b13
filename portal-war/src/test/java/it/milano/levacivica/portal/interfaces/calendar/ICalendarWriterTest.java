package it.milano.levacivica.portal.interfaces.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.milano.levacivica.portal.application.CalendarFeedService.Content;
import it.milano.levacivica.portal.domain.calendar.CalendarEvent;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** The hand-written iCalendar, read back by ical4j as a calendar application would, and validated by it. */
class ICalendarWriterTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String BASE = "https://levacivica.comune.milano.it";

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Map<String, VEvent> byUid(Calendar c) {
        List<net.fortuna.ical4j.model.component.CalendarComponent> all = c.getComponents();
        return all.stream().filter(x -> x instanceof VEvent).map(x -> (VEvent) x)
                .collect(Collectors.toMap(e -> e.<Property>getProperty("UID").orElseThrow().getValue(), Function.identity()));
    }

    private static String value(VEvent e, String name) {
        return e.<Property>getProperty(name).orElseThrow().getValue();
    }

    @Test
    void aFeedParsesAndValidatesWithEscapedFoldedTextAllDayEventsAndRomeTimes() throws Exception {
        String tricky = "Riunione; con, virgole \\ e barre\nseconda riga – àèìòù €€€ 日本語 " + "x".repeat(120);
        Content content = new Content(Locale.ITALIAN, List.of(
                CalendarEvent.allDay("timesheet-7-2026-11", LocalDate.of(2026, 12, 5), "calendar.timesheet.due", "/year/month.xhtml?id=7&month=2026-11",
                        YearMonth.of(2026, 11)),
                CalendarEvent.timed("checkin-1", LocalDateTime.of(2026, 7, 6, 10, 0), 30, "calendar.checkIn.volunteer", "/volunteer/home.xhtml"),
                CalendarEvent.timed("checkin-2", LocalDateTime.of(2026, 12, 7, 9, 15), 45, tricky, "/volunteer/home.xhtml")),
                Instant.parse("2026-11-30T10:15:30Z"));
        String text = ICalendarWriter.write(content, BASE);

        for (String line : text.split("\r\n", -1)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));

        Calendar c = parse(text);
        ValidationResult result = c.validate();
        assertFalse(result.hasErrors(), result.toString());
        List<net.fortuna.ical4j.model.component.CalendarComponent> components = c.getComponents();
        for (var component : components) {
            ValidationResult r = component.validate();
            assertFalse(r.hasErrors(), component.getName() + ": " + r);
        }
        Map<String, VEvent> events = byUid(c);
        assertEquals(3, events.size(), events.keySet().toString());

        VEvent due = events.get("timesheet-7-2026-11@levacivica.comune.milano.it");
        assertEquals("Invia il foglio ore di novembre 2026", value(due, "SUMMARY"));
        Temporal dueStart = due.getStartDate().orElseThrow().getDate();
        assertEquals(LocalDate.of(2026, 12, 5), dueStart, "an all-day event is a DATE");
        assertEquals(LocalDate.of(2026, 12, 6), due.getEndDate().orElseThrow().getDate());
        assertEquals(BASE + "/year/month.xhtml?id=7&month=2026-11", value(due, "URL"));
        assertEquals("20261130T101530Z", value(due, "DTSTAMP"));

        // summer and winter: the VTIMEZONE gives the same instants as java.time
        VEvent summer = events.get("checkin-1@levacivica.comune.milano.it");
        assertEquals(ZonedDateTime.of(2026, 7, 6, 10, 0, 0, 0, ROME).toInstant(), Instant.from(summer.getStartDate().orElseThrow().getDate()));
        assertEquals(ZonedDateTime.of(2026, 7, 6, 10, 30, 0, 0, ROME).toInstant(), Instant.from(summer.getEndDate().orElseThrow().getDate()));
        VEvent winter = events.get("checkin-2@levacivica.comune.milano.it");
        assertEquals(ZonedDateTime.of(2026, 12, 7, 9, 15, 0, 0, ROME).toInstant(), Instant.from(winter.getStartDate().orElseThrow().getDate()));
        assertEquals(tricky, value(winter, "SUMMARY"), "escaped and folded text comes back as it was");
    }

    @Test
    void theTimeZoneAgreesWithJavaTimeOnEveryChangeOfTheNextTwentyYears() throws Exception {
        Calendar c = parse(ICalendarWriter.write(new Content(Locale.ENGLISH, List.of(), Instant.now()), BASE));
        assertFalse(c.validate().hasErrors());
        List<net.fortuna.ical4j.model.component.CalendarComponent> all = c.getComponents();
        VTimeZone tz = (VTimeZone) all.stream().filter(x -> x instanceof VTimeZone).findFirst().orElseThrow();
        var rules = ROME.getRules();
        var t = rules.nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
        for (int i = 0; i < 40; i++) {
            // a day after and a day before each change, ical4j's observance must give java.time's offset (ical4j itself
            // is unsure within hours of a change)
            Instant after = t.getInstant().plusSeconds(86_400);
            var observance = tz.getApplicableObservance(after);
            assertEquals(rules.getOffset(after), observance.getTimeZoneOffsetTo().orElseThrow().getOffset(), "after " + t);
            Instant before = t.getInstant().minusSeconds(86_400);
            assertEquals(rules.getOffset(before), tz.getApplicableObservance(before).getTimeZoneOffsetTo().orElseThrow().getOffset(), "before " + t);
            t = rules.nextTransition(t.getInstant());
        }
    }

    @Test
    void englishReadersGetEnglishTitles() throws Exception {
        Content content = new Content(Locale.ENGLISH, List.of(CalendarEvent.allDay("task-9", LocalDate.of(2026, 12, 1), "calendar.task.case",
                "/socialworker/home.xhtml", "9", "M5-2026-00042")), Instant.now());
        VEvent e = byUid(parse(ICalendarWriter.write(content, BASE))).get("task-9@levacivica.comune.milano.it");
        assertEquals("Task no. 9 due (M5-2026-00042)", value(e, "SUMMARY"));
    }
}
