package it.milano.levacivica.portal.infrastructure.mail;

import it.milano.levacivica.core.rules.Texts;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository.Delivery;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The text of a reminder mail, in the person's language, from the resource bundle: the subject's code or
 * period, a count or a date, and a link into the portal. Nothing else reaches it: the stored reminder holds
 * no names and no case content, so no mail can carry them. Stateless and thread-safe.
 */
public final class ReminderMails {

    /** A mail to send. */
    public record Mail(String subject, String body) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReminderMails() {
    }

    /**
     * @param d the reminder
     * @param language "it" or "en"
     * @param baseUrl the portal's public origin, without a trailing slash
     * @return its subject and plain-text body
     */
    public static Mail compose(Delivery d, String language, String baseUrl) {
        Objects.requireNonNull(d, "d");
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.ITALIAN;
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String key = "reminder." + d.kind().name();
        Object[] args = args(d, locale, base + d.link());
        String subject = PortalMessages.get(locale, key + ".subject", args);
        String body = PortalMessages.get(locale, key + ".body", args) + "\n\n"
                + PortalMessages.get(locale, "reminder.footer", base + "/account/reminders.xhtml");
        return new Mail(subject, body);
    }

    private static Object[] args(Delivery d, Locale locale, String link) {
        String code = d.subjectCode() == null ? "" : d.subjectCode();
        String detail = d.detail() == null ? "" : d.detail();
        return switch (d.kind()) {
            case MONTH_NOT_SUBMITTED, TIMESHEET_WAITING -> new Object[] {code, Texts.month(YearMonth.parse(detail), locale), link,
                    d.subjectRef().substring(1)};
            case WEEK_WITHOUT_CHECK_IN -> new Object[] {code, LocalDate.parse(detail).format(DAY), link, d.period()};
            case VOLUNTEER_BEHIND -> new Object[] {code, d.period(), link, d.subjectRef().substring(1)};
            case TASK_PAST_DUE, PLACEMENT_16_MONTHS, PACT_STEP_OVERDUE -> new Object[] {code, LocalDate.parse(detail).format(DAY), link,
                    d.subjectRef().substring(1)};
            case WEEKLY_DIGEST -> {
                String[] n = detail.split(",");
                yield new Object[] {d.period(), link, n[0], n[1], n[2], n[3]};
            }
        };
    }
}
