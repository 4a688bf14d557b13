package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.core.rules.Texts;
import it.milano.levacivica.portal.infrastructure.ClockProducer;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The one way the pages write hours, numbers, days, months, weeks and times, in Italian
 * ({@code 5 h 15}, {@code 1.061 h}, {@code 30/11/2026}, {@code 30 novembre 2026}, {@code novembre 2026},
 * {@code 24–30 novembre 2026}, {@code 30/11/2026 07:38}) and English ({@code 1,061 h}, {@code 30 November 2026}).
 * Pages call it as {@code #{fmt.hours(m)}}; times are Milan's ({@link ClockProducer#ZONE}).
 */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    LanguageSwitch language;

    /** @return the reader's locale (the page's, or Italian outside a page) */
    Locale locale() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null && fc.getViewRoot() != null) {
            return fc.getViewRoot().getLocale();
        }
        return language == null ? Locale.ITALIAN : language.getLocale();
    }

    /** @param minutes an amount of minutes (null reads as none) @return e.g. {@code 5 h 15}, {@code 45 min}, {@code 1.061 h} */
    public String hours(Number minutes) {
        return hours(minutes == null ? 0 : Math.round(minutes.doubleValue()), locale());
    }

    /** @param hours hours as a decimal number, e.g. 5.25 (null reads as none) @return e.g. {@code 5 h 15} */
    public String hoursOf(Number hours) {
        if (hours == null) {
            return hours(0, locale());
        }
        BigDecimal minutes = new BigDecimal(hours.toString()).multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP);
        return hours(minutes.longValueExact(), locale());
    }

    /**
     * The one way to write hours: whole hours with thousands separators, then the minutes with two digits;
     * under an hour, minutes ({@code 45 min}); none is {@code 0 h}.
     *
     * @param minutes minutes, may be negative
     * @param locale the reader's locale
     * @return the text
     */
    public static String hours(long minutes, Locale locale) {
        if (minutes == 0) {
            return "0 h";
        }
        String sign = minutes < 0 ? "−" : "";
        long m = Math.abs(minutes);
        if (m < 60) {
            return sign + m + " min";
        }
        long h = m / 60;
        long rest = m % 60;
        // below a thousand no locale writes a separator: no NumberFormat to make (a page writes hours dozens of times)
        String whole = h < 1000 ? Long.toString(h) : NumberFormat.getIntegerInstance(locale).format(h);
        return sign + whole + " h" + (rest == 0 ? "" : rest < 10 ? " 0" + rest : " " + rest);
    }

    /** @param n a number @return it with thousands separators and at most one decimal, e.g. {@code 1.061,5} */
    public String number(Number n) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(1);
        return f.format(n);
    }

    /** @param share a share between 0 and 1 @return e.g. {@code 76 %} */
    public String percent(Number share) {
        if (share == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale());
        return f.format(share);
    }

    /** @param date a day @return {@code 30/11/2026} */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", locale()));
    }

    /** @param date a day @return {@code 30 novembre 2026} or {@code 30 November 2026} */
    public String longDate(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale()));
    }

    /** @param date a day @return {@code lun 30 nov} or {@code Mon 30 Nov} */
    public String day(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("EEE d MMM", locale()));
    }

    /** @param date a day @return its day of the week, {@code lunedì} or {@code Monday} */
    public String weekday(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("EEEE", locale()));
    }

    /** @param date a day @return its day of the week, short: {@code lun} or {@code Mon} */
    public String weekdayShort(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("EEE", locale()));
    }

    /** @param date a day @return {@code lunedì 30 novembre} or {@code Monday 30 November} */
    public String dayLong(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale()));
    }

    /** @param month a month (a {@link YearMonth} or its ISO text) @return {@code novembre 2026} */
    public String month(Object month) {
        if (month == null) {
            return "";
        }
        YearMonth m = month instanceof YearMonth ym ? ym : YearMonth.parse(month.toString());
        return Texts.month(m, locale());
    }

    /** @param anyDay a day of the week (a {@link LocalDate} or its ISO text) @return {@code 24–30 novembre 2026} */
    public String week(Object anyDay) {
        if (anyDay == null) {
            return "";
        }
        LocalDate d = anyDay instanceof LocalDate ld ? ld : LocalDate.parse(anyDay.toString());
        LocalDate from = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = from.plusDays(6);
        Locale l = locale();
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", l);
        if (from.getYear() != to.getYear()) {
            return from.format(full) + " – " + to.format(full);
        }
        if (from.getMonth() != to.getMonth()) {
            return from.format(DateTimeFormatter.ofPattern("d MMMM", l)) + " – " + to.format(full);
        }
        return from.getDayOfMonth() + "–" + to.format(full);
    }

    /**
     * A period as the reminders keep it, written for a person: an ISO week ({@code 2026-W47}) as its days, a month
     * ({@code 2026-10}) by name, a day as a date; anything else as it is.
     *
     * @param period the period's code
     * @return the text
     */
    public String period(String period) {
        if (period == null) {
            return "";
        }
        if (period.matches("\\d{4}-W\\d{2}")) {
            LocalDate monday = LocalDate.parse(period + "-1", java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
            return week(monday);
        }
        if (period.matches("\\d{4}-\\d{2}")) {
            return month(period);
        }
        if (period.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return date(LocalDate.parse(period));
        }
        return period;
    }

    /**
     * @param time an instant, or a day and time already in Milan's time
     * @return {@code 30/11/2026 07:38} in Milan's time
     */
    public String dateTime(Object time) {
        LocalDateTime local = local(time);
        return local == null ? "" : local.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale()));
    }

    /** @param time an instant, or a day and time already in Milan's time @return it with seconds */
    public String dateTimeSeconds(Object time) {
        LocalDateTime local = local(time);
        return local == null ? "" : local.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", locale()));
    }

    /** @param utc a day and time in UTC (as the audit and sign-in failures keep them) @return it in Milan's time, with seconds */
    public String fromUtc(LocalDateTime utc) {
        return utc == null ? "" : dateTimeSeconds(utc.atOffset(java.time.ZoneOffset.UTC));
    }

    private static LocalDateTime local(Object time) {
        if (time == null) {
            return null;
        }
        if (time instanceof LocalDateTime t) {
            return t;
        }
        if (time instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ClockProducer.ZONE);
        }
        if (time instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ClockProducer.ZONE).toLocalDateTime();
        }
        if (time instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ClockProducer.ZONE).toLocalDateTime();
        }
        if (time instanceof Duration) {
            throw new IllegalArgumentException("a duration is not a time");
        }
        return LocalDateTime.parse(time.toString());
    }

    /**
     * A name from the bundle for a code of the domain: {@code fmt.label('audit.action.', a.action)}.
     *
     * @param prefix the keys' prefix
     * @param code an enum constant or its name
     * @return the translated name, or the code itself if the bundle has none
     */
    public String label(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString();
        return PortalMessages.get(locale(), prefix + name);
    }
}
