package it.milano.levacivica.portal.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.milano.levacivica.portal.domain.reminder.ReminderKind;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository.Delivery;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ReminderMailsTest {

    private static Delivery of(ReminderKind kind) {
        String detail = switch (kind) {
            case MONTH_NOT_SUBMITTED, TIMESHEET_WAITING -> "2026-05";
            case WEEKLY_DIGEST -> "3,2,1,0";
            case VOLUNTEER_BEHIND -> null;
            default -> "2026-05-11";
        };
        return new Delivery(1, 2, "someone", "someone@example.org", kind, "Y42", "2026-W20", kind.role().name().startsWith("SOCIAL") ? "M5-2026-00042" : null,
                detail, "/year/month.xhtml?id=42&month=2026-05", "PENDING", 0, null, LocalDateTime.of(2026, 6, 1, 9, 0), null);
    }

    @Test
    void everyKindHasItsTextInBothLanguagesWithItsLinkAndNoPlaceholderLeft() {
        for (ReminderKind kind : ReminderKind.values()) {
            for (String language : new String[] {"it", "en"}) {
                ReminderMails.Mail m = ReminderMails.compose(of(kind), language, "https://portal.example/");
                String all = m.subject() + "\n" + m.body();
                assertFalse(m.subject().startsWith("reminder."), "missing text for " + kind + " in " + language);
                assertFalse(all.contains("{") || all.contains("}"), all);
                assertTrue(all.contains("https://portal.example/account/reminders.xhtml"), all);
                assertTrue(all.contains("https://portal.example/year/month.xhtml?id=42&month=2026-05"), "the link: " + all);
                assertFalse(all.contains("someone"), "no user name or address: " + all);
            }
        }
    }

    @Test
    void theMonthIsNamedInTheReadersLanguage() {
        assertTrue(ReminderMails.compose(of(ReminderKind.MONTH_NOT_SUBMITTED), "it", "http://x").subject().contains("maggio 2026"));
        assertTrue(ReminderMails.compose(of(ReminderKind.MONTH_NOT_SUBMITTED), "en", "http://x").subject().contains("May 2026"));
        assertTrue(ReminderMails.compose(of(ReminderKind.TASK_PAST_DUE), "it", "http://x").subject().contains("M5-2026-00042"));
    }
}
