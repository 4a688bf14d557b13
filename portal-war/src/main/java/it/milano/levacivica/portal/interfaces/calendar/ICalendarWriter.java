package it.milano.levacivica.portal.interfaces.calendar;

import it.milano.levacivica.core.rules.Texts;
import it.milano.levacivica.portal.application.CalendarFeedService.Content;
import it.milano.levacivica.portal.domain.calendar.CalendarEvent;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a feed as iCalendar (RFC 5545) text by hand: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, TEXT values escaped ({@code \\ ; , } and new lines), a VTIMEZONE for Europe/Rome, stable UIDs,
 * DTSTAMP in UTC, all-day events as {@code VALUE=DATE} and meetings in Rome time.
 *
 * <p>Why not ical4j at run time (it parses and validates the feed in the tests): in a war it brings slf4j-api
 * (without a binding), commons-lang3, commons-codec and threeten-extra, keeps global configuration in statics, uses
 * JCache for its time-zone cache by default (on Payara that is Hazelcast's provider), and by default fetches time-zone
 * updates from tzurl.org with no connect timeout, which on a closed network hangs the request. Writing the format
 * takes this one class. Stateless, thread-safe.
 */
public final class ICalendarWriter {

    /** The domain part of every UID. */
    public static final String UID_DOMAIN = "levacivica.comune.milano.it";
    /** The time zone of meetings. */
    public static final String TZID = "Europe/Rome";

    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /**
     * Europe/Rome as the EU has kept it since 1996: summer time from the last Sunday of March, 02:00, to the last
     * Sunday of October, 03:00. {@code ICalendarWriterTest} checks it against java.time for years to come.
     */
    private static final String VTIMEZONE = String.join(CRLF,
            "BEGIN:VTIMEZONE",
            "TZID:" + TZID,
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE") + CRLF;

    private ICalendarWriter() {
    }

    /**
     * @param content what the feed shows, not null
     * @param base the portal's origin for links, e.g. {@code https://levacivica.comune.milano.it}, not null
     * @return the calendar, CRLF-terminated lines
     */
    public static String write(Content content, String base) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(base, "base");
        Locale locale = content.locale();
        String stamp = UTC.format(content.generatedAt().atOffset(ZoneOffset.UTC));
        StringBuilder out = new StringBuilder(512 + 300 * content.events().size());
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Comune di Milano//Leva Civica portal//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(PortalMessages.get(locale, "calendar.name")));
        line(out, "X-WR-TIMEZONE:" + TZID);
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "X-PUBLISHED-TTL:PT1H");
        out.append(VTIMEZONE);
        for (CalendarEvent e : content.events()) {
            String url = base + e.link();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid() + "@" + UID_DOMAIN);
            line(out, "DTSTAMP:" + stamp);
            if (e.day() != null) {
                line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
                line(out, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
                line(out, "TRANSP:TRANSPARENT");
            } else {
                line(out, "DTSTART;TZID=" + TZID + ":" + LOCAL.format(e.start()));
                line(out, "DTEND;TZID=" + TZID + ":" + LOCAL.format(e.start().plusMinutes(e.minutes())));
            }
            line(out, "SUMMARY:" + text(summary(e, locale)));
            line(out, "DESCRIPTION:" + text(PortalMessages.get(locale, "calendar.description", url)));
            line(out, "URL:" + url);
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** @return the event's title in the reader's language: months and days formatted, anything else as it is */
    static String summary(CalendarEvent e, Locale locale) {
        Object[] args = e.args().stream().map(a -> a instanceof YearMonth m ? Texts.month(m, locale)
                : a instanceof LocalDate d ? Texts.date(d, locale) : String.valueOf(a)).toArray();
        return PortalMessages.get(locale, e.summaryKey(), args);
    }

    /**
     * @param value a TEXT value
     * @return it escaped as RFC 5545 3.3.11 says: backslash, semicolon, comma, and line breaks as {@code \n}
     */
    static String text(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        continue;
                    }
                    b.append("\\n");
                }
                default -> {
                    if (c < 0x20 && c != '\t') {
                        continue; // other control characters are not allowed in TEXT
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1): continuation lines start with a space. */
    static void line(StringBuilder out, String contentLine) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < contentLine.length();) {
            int cp = contentLine.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
