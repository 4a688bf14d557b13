package it.milano.levacivica.portal.domain.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One event of a calendar feed: either a whole day ({@link #allDay}) or a meeting with a start (Rome time) and
 * a length ({@link #timed}). Its text is a resource-bundle key with arguments (codes, numbers, a month), rendered
 * in the reader's language by the feed; it never carries names or case content. Immutable.
 *
 * @param uid stable over time for the same record (e.g. {@code checkin-123}); the domain part is added by the feed
 * @param day the day of an all-day event, or null
 * @param start the start of a timed event in Rome time, or null
 * @param minutes the length of a timed event (positive), 0 for an all-day one
 * @param summaryKey the bundle key of the title
 * @param args the title's arguments: strings, or {@link java.time.YearMonth} / {@link LocalDate} values to format
 * @param link the portal path that shows the record, e.g. {@code /volunteer/home.xhtml}
 */
public record CalendarEvent(String uid, LocalDate day, LocalDateTime start, int minutes, String summaryKey, List<Object> args, String link) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summaryKey, "summaryKey");
        Objects.requireNonNull(link, "link");
        args = List.copyOf(args);
        if ((day == null) == (start == null)) {
            throw new IllegalArgumentException("an event has a day or a start, not both: " + uid);
        }
        if (start != null && minutes <= 0) {
            throw new IllegalArgumentException("a timed event lasts at least a minute: " + uid + ", " + minutes);
        }
    }

    /** @return an all-day event */
    public static CalendarEvent allDay(String uid, LocalDate day, String summaryKey, String link, Object... args) {
        return new CalendarEvent(uid, Objects.requireNonNull(day, "day"), null, 0, summaryKey, List.of(args), link);
    }

    /** @return an event from {@code start} (Rome) lasting {@code minutes} */
    public static CalendarEvent timed(String uid, LocalDateTime start, int minutes, String summaryKey, String link, Object... args) {
        return new CalendarEvent(uid, null, Objects.requireNonNull(start, "start"), minutes, summaryKey, List.of(args), link);
    }

    /** @return the day the event is on (its start's day for a timed one) */
    public LocalDate date() {
        return day != null ? day : start.toLocalDate();
    }
}
