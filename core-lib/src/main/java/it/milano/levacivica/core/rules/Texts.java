package it.milano.levacivica.core.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * How core-lib writes the values of its messages for a person, in Italian (the default) or English:
 * the words {@link Violation#message(Locale)} uses, public so that an application shows hours, days,
 * weeks and months the same way as the messages do.
 *
 * <ul>
 *   <li>hours: {@code 5 h 15}, {@code 9 h}, under an hour {@code 45 min} (the same in both languages);
 *   <li>a day: {@code il 7 aprile 2026} (with its article, elided as in {@code l'8 aprile 2026}),
 *       {@code 7 April 2026};
 *   <li>a week: {@code la settimana dal 20 al 26 ottobre}, {@code the week of 20–26 October} (the year is
 *       named only when the week crosses into another year);
 *   <li>a month: {@code ottobre 2026}, {@code October 2026};
 *   <li>a day of the week: {@code lunedì}, {@code Monday};
 *   <li>a day and time: {@code il 7 aprile 2026 alle 14:30}, {@code 7 April 2026 at 14:30}.
 * </ul>
 *
 * <p>Names of months and days come from core-lib's own message bundles, not from the JDK's locale
 * data, so they are the same on every runtime. A locale whose language is English gets English;
 * every other locale gets Italian. Stateless and thread-safe.
 */
public final class Texts {

    static final String BUNDLE = "it.milano.levacivica.core.rules.messages";

    private Texts() {
    }

    /**
     * Hours as a person reads them: {@code 5 h 15}, {@code 9 h}, {@code 45 min}, {@code 0 h};
     * a negative amount starts with {@code -}; seconds, which no rule uses, are added as {@code 10 s}.
     *
     * @param duration an amount of time, not null
     * @return the text
     * @throws NullPointerException if {@code duration} is null
     */
    public static String hours(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        String sign = duration.isNegative() ? "-" : "";
        Duration d = duration.abs();
        long h = d.toHours();
        int m = d.toMinutesPart();
        int s = d.toSecondsPart();
        String text;
        if (h == 0 && m == 0 && s == 0) {
            text = "0 h";
        } else if (h == 0) {
            text = m + " min";
        } else {
            text = h + " h" + (m == 0 ? "" : m < 10 ? " 0" + m : " " + m);
        }
        return sign + text + (s == 0 ? "" : " " + s + " s");
    }

    /**
     * A day: {@code il 7 aprile 2026} (Italian, with its article) or {@code 7 April 2026}.
     *
     * @param date a day, not null
     * @param locale the reader's locale, not null
     * @return the text
     * @throws NullPointerException if an argument is null
     */
    public static String date(LocalDate date, Locale locale) {
        Objects.requireNonNull(date, "date");
        ResourceBundle b = bundle(locale);
        if (english(locale)) {
            return date.getDayOfMonth() + " " + month(b, date.getMonth()) + " " + date.getYear();
        }
        int d = date.getDayOfMonth();
        return (elides(d) ? "l'" : "il ") + dayNumber(d, locale) + " " + month(b, date.getMonth()) + " " + date.getYear();
    }

    /**
     * A day and a time of day: {@code il 7 aprile 2026 alle 14:30} or {@code 7 April 2026 at 14:30}.
     *
     * @param time a day and time, not null
     * @param locale the reader's locale, not null
     * @return the text
     * @throws NullPointerException if an argument is null
     */
    public static String dateTime(LocalDateTime time, Locale locale) {
        Objects.requireNonNull(time, "time");
        String clock = time.getHour() + ":" + (time.getMinute() < 10 ? "0" : "") + time.getMinute();
        return date(time.toLocalDate(), locale) + (english(locale) ? " at " : " alle ") + clock;
    }

    /**
     * A week: {@code la settimana dal 20 al 26 ottobre} or {@code the week of 20–26 October}; a week
     * across two months names both ({@code dal 28 settembre al 4 ottobre}, {@code 28 September – 4 October}),
     * a week across two years names both years.
     *
     * @param week a week, not null
     * @param locale the reader's locale, not null
     * @return the text
     * @throws NullPointerException if an argument is null
     */
    public static String week(Week week, Locale locale) {
        Objects.requireNonNull(week, "week");
        ResourceBundle b = bundle(locale);
        LocalDate from = week.monday();
        LocalDate to = week.sunday();
        boolean sameYear = from.getYear() == to.getYear();
        boolean sameMonth = sameYear && from.getMonth() == to.getMonth();
        String first = dayNumber(from.getDayOfMonth(), locale)
                + (sameMonth ? "" : " " + month(b, from.getMonth()) + (sameYear ? "" : " " + from.getYear()));
        String last = dayNumber(to.getDayOfMonth(), locale) + " " + month(b, to.getMonth())
                + (sameYear ? "" : " " + to.getYear());
        if (english(locale)) {
            return "the week of " + first + (sameMonth ? "–" : " – ") + last;
        }
        return "la settimana " + (elides(from.getDayOfMonth()) ? "dall'" : "dal ") + first + " "
                + (elides(to.getDayOfMonth()) ? "all'" : "al ") + last;
    }

    /**
     * A month: {@code ottobre 2026} or {@code October 2026}.
     *
     * @param month a month, not null
     * @param locale the reader's locale, not null
     * @return the text
     * @throws NullPointerException if an argument is null
     */
    public static String month(YearMonth month, Locale locale) {
        Objects.requireNonNull(month, "month");
        return month(bundle(locale), month.getMonth()) + " " + month.getYear();
    }

    /**
     * A day of the week: {@code lunedì} or {@code Monday}.
     *
     * @param day a day of the week, not null
     * @param locale the reader's locale, not null
     * @return the text
     * @throws NullPointerException if an argument is null
     */
    public static String dayOfWeek(DayOfWeek day, Locale locale) {
        Objects.requireNonNull(day, "day");
        return bundle(locale).getString("day." + day.name());
    }

    /**
     * A category of hours: {@code formazione specifica} or {@code specific training}.
     *
     * @param category a category, not null
     * @param locale the reader's locale, not null
     * @return the text
     * @throws NullPointerException if an argument is null
     */
    public static String category(Category category, Locale locale) {
        Objects.requireNonNull(category, "category");
        return bundle(locale).getString("category." + category.name());
    }

    /**
     * A kind of absence: {@code permesso} or {@code leave}.
     *
     * @param type a kind of absence, not null
     * @param locale the reader's locale, not null
     * @return the text
     * @throws NullPointerException if an argument is null
     */
    public static String absence(AbsenceType type, Locale locale) {
        Objects.requireNonNull(type, "type");
        return bundle(locale).getString("absence." + type.name());
    }

    /**
     * Any value a {@link Violation} may hold, written as above; a count as digits, a text as it is.
     *
     * @param value a value of one of the types {@link Violation#of} accepts, not null
     * @param locale the reader's locale, not null
     * @return the text
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the value is of another type
     */
    public static String value(Object value, Locale locale) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(locale, "locale");
        if (value instanceof LocalDate d) {
            return date(d, locale);
        } else if (value instanceof LocalDateTime t) {
            return dateTime(t, locale);
        } else if (value instanceof Week w) {
            return week(w, locale);
        } else if (value instanceof YearMonth m) {
            return month(m, locale);
        } else if (value instanceof Duration d) {
            return hours(d);
        } else if (value instanceof DayOfWeek d) {
            return dayOfWeek(d, locale);
        } else if (value instanceof Category c) {
            return category(c, locale);
        } else if (value instanceof AbsenceType a) {
            return absence(a, locale);
        } else if (value instanceof ActivityType a) {
            return bundle(locale).getString("activity." + a.name());
        } else if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        } else if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("not a value of a violation: " + value.getClass().getName());
    }

    /** The message bundle for a reader: English for English, Italian (the root bundle) for everyone else. */
    static ResourceBundle bundle(Locale locale) {
        // No ResourceBundle.Control: a named module may not pass one (UnsupportedOperationException).
        // None is needed either: for ROOT and ENGLISH the bundle asked for exists (messages.properties,
        // messages_en.properties), so the JVM's default locale is never consulted.
        return ResourceBundle.getBundle(BUNDLE, english(Objects.requireNonNull(locale, "locale")) ? Locale.ENGLISH : Locale.ROOT);
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static String month(ResourceBundle b, Month m) {
        return b.getString("month." + m.getValue());
    }

    /** Italian writes the first of the month as 1º; English as 1. */
    private static String dayNumber(int day, Locale locale) {
        return day == 1 && !english(locale) ? "1º" : Integer.toString(day);
    }

    /** Whether the Italian article before a day number elides: l'8, l'11 (otto, undici start with a vowel). */
    private static boolean elides(int day) {
        return day == 8 || day == 11;
    }
}
