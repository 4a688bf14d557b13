package it.milano.levacivica.portal.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * E-mail reminders end to end: the portal on Payara Micro sends through a real SMTP server (GreenMail, in this
 * JVM) with its clock moved to a chosen day (test profile only). Each reminder is sent once, not after an
 * opt-out, in the chosen language, with no names and no case content; a send that fails is retried and shown.
 */
@ExtendWith({MariaDbExtension.class, SmtpExtension.class, ArquillianExtension.class})
@RunAsClient
class RemindersIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return it.milano.levacivica.portal.demo.DemoWar.withTestClock(java.nio.file.Path.of(System.getProperty("portal.war", "target/portal.war")));
    }

    @ArquillianResource
    private URL base;

    private Fixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new Fixtures(base);
    }

    @AfterEach
    void clockBack() {
        clockAt(LocalDate.now(ROME));
    }

    /**
     * @return the 12th of this month, or the Friday before it when it falls on a weekend: the day two days later is in
     *         the same week (a new week brings its own reminder, and the tests count them; on 1 December 2026 the 12th
     *         was a Saturday and a third mail came on Monday the 14th)
     */
    private static LocalDate twelfth() {
        LocalDate d = YearMonth.now(ROME).atDay(12);
        return d.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue() ? d.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY)) : d;
    }

    /** Pins the portal's day (the time of day stays the system's). */
    private void clockAt(LocalDate day) {
        fx.as("admin").contentType(ContentType.JSON).body(Map.of("days", ChronoUnit.DAYS.between(LocalDate.now(ROME), day)))
                .put("/api/v1/test/clock").then().statusCode(200);
    }

    private Map<String, Object> run() {
        return fx.as("admin").contentType(ContentType.JSON).post("/api/v1/reminders/run").then().statusCode(200)
                .body("ran", equalTo(true)).extract().jsonPath().getMap("");
    }

    private static List<MimeMessage> mailsTo(String address) {
        return SmtpExtension.server().received().stream().filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void nothingPersonal(List<MimeMessage> mails, String... forbidden) {
        for (MimeMessage m : mails) {
            String t = text(m);
            for (String f : forbidden) {
                assertFalse(t.contains(f), "the mail names " + f + ": " + t);
            }
            assertFalse(t.matches("(?s).*[\\w.-]+@[\\w.-]+\\.\\w+.*"), "no e-mail address in the mail: " + t);
        }
    }

    @Test
    void aVolunteerAndTheirTutorAreRemindedOnceWithoutNames() {
        LocalDate day = twelfth();
        LocalDate start = day.minusWeeks(12).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map.Entry<String, Long> tutor = fx.person("TUTOR");
        clockAt(day);
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), start);
        run();
        String volunteerMail = v.username() + "@example.org";
        List<MimeMessage> toVolunteer = mailsTo(volunteerMail);
        String lastMonth = it.milano.levacivica.core.rules.Texts.month(YearMonth.from(day).minusMonths(1), java.util.Locale.ITALIAN);
        assertEquals(2, toVolunteer.size(), "the month not submitted and last week without a check-in: " + subjects(toVolunteer));
        assertTrue(subjects(toVolunteer).stream().anyMatch(s -> s.contains(lastMonth)), subjects(toVolunteer).toString());
        assertTrue(text(toVolunteer.get(0)).contains("/year/month.xhtml?id=" + v.serviceYearId())
                || text(toVolunteer.get(1)).contains("/year/month.xhtml?id=" + v.serviceYearId()), "a link to the month");
        List<MimeMessage> toTutor = mailsTo(tutor.getKey() + "@example.org");
        assertEquals(1, toTutor.size(), "no hours in twelve weeks: behind the pace");
        assertTrue(text(toTutor.get(0)).contains("n. " + v.serviceYearId()), text(toTutor.get(0)));
        nothingPersonal(toVolunteer, "Test " + v.username(), v.username());
        nothingPersonal(toTutor, "Test " + v.username(), v.username(), "Test " + tutor.getKey());

        // the next run, the same day or two days later, sends none of them again
        run();
        clockAt(day.plusDays(2));
        run();
        assertEquals(2, mailsTo(volunteerMail).size());
        assertEquals(1, mailsTo(tutor.getKey() + "@example.org").size());
    }

    @Test
    void nothingIsSentAfterAnOptOutAndTheLanguageIsThePersonsChoice() {
        LocalDate day = twelfth();
        Map.Entry<String, Long> tutor = fx.person("TUTOR");
        clockAt(day);
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), day.minusWeeks(12).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("language", "en", "enabled", List.of()))
                .put("/api/v1/me/reminders").then().statusCode(200).body("language", equalTo("en"))
                .body("available", equalTo(List.of("MONTH_NOT_SUBMITTED", "WEEK_WITHOUT_CHECK_IN"))).body("enabled", equalTo(List.of()));
        run();
        assertEquals(0, mailsTo(v.username() + "@example.org").size(), "opted out of everything");

        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("language", "en", "enabled", List.of("MONTH_NOT_SUBMITTED"))).put("/api/v1/me/reminders").then().statusCode(200);
        run();
        List<MimeMessage> mails = mailsTo(v.username() + "@example.org");
        assertEquals(1, mails.size(), "only the kind turned back on: " + subjects(mails));
        String english = it.milano.levacivica.core.rules.Texts.month(YearMonth.from(day).minusMonths(1), java.util.Locale.ENGLISH);
        assertTrue(subjects(mails).get(0).startsWith("Leva Civica: the timesheet of " + english), subjects(mails).get(0));

        // a language that is not offered is refused, naming the field
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("language", "fr", "enabled", List.of()))
                .put("/api/v1/me/reminders").then().statusCode(400).body("errors.language", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aTimesheetWaitingForTheTutorRemindsThemAfterThreeDays() {
        LocalDate day = twelfth();
        Map.Entry<String, Long> tutor = fx.person("TUTOR");
        clockAt(day);
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), day.minusWeeks(12).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        String month = YearMonth.from(day).minusMonths(1).toString();
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).post("/api/v1/service-years/" + v.serviceYearId()
                + "/timesheets/" + month + "/submit").then().statusCode(200);
        run();
        String tutorMail = tutor.getKey() + "@example.org";
        assertTrue(subjects(mailsTo(tutorMail)).stream().noneMatch(s -> s.contains("approv")), "not yet: submitted today");
        clockAt(day.plusDays(4));
        run();
        List<String> s = subjects(mailsTo(tutorMail));
        assertEquals(1, s.stream().filter(x -> x.contains("aspetta la tua approvazione")).count(), s.toString());
        assertTrue(mailsTo(v.username() + "@example.org").stream().map(RemindersIT::text)
                .noneMatch(t -> t.contains("foglio ore di") && t.contains("non è ancora inviato")), "the submitted month is not reminded");
    }

    @Test
    void theSocialWorkerIsRemindedOfCodesOnlyAndTheCoordinatorGetsOneDigestAWeek() {
        // the demo data: Anna's task for Giulia is due in four days, Rosa Ferrari's placement is at 16 months with a verification
        // ten days overdue; ten days on, all three are due
        LocalDate day = LocalDate.now(ROME).plusDays(10);
        clockAt(day);
        run();
        run();
        List<MimeMessage> anna = mailsTo("anna.colombo@example.org");
        List<String> s = subjects(anna);
        assertEquals(1, s.stream().filter(x -> x.startsWith("Leva Civica: compito scaduto (M5-")).count(), s.toString());
        assertEquals(1, s.stream().filter(x -> x.startsWith("Leva Civica: inserimento a 16 mesi (M5-")).count(), s.toString());
        assertEquals(1, s.stream().filter(x -> x.startsWith("Leva Civica: verifica del Patto Sociale scaduta (M5-")).count(), s.toString());
        nothingPersonal(anna, "Rosa", "Ferrari", "Paolo Conti", "testimonianza", "ERP", "Anna", "Colombo", "Giulia");
        String week = String.format("%d-W%02d", day.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                day.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        List<MimeMessage> digest = mailsTo("paolo.ricci@example.org").stream()
                .filter(m -> text(m).contains("riepilogo della settimana " + week)).toList();
        assertEquals(1, digest.size());
        assertTrue(text(digest.get(0)).contains("Fogli ore in attesa di approvazione:"), text(digest.get(0)));
    }

    @Test
    void aFailedSendIsShownAndRetried() throws Exception {
        LocalDate day = twelfth();
        Map.Entry<String, Long> tutor = fx.person("TUTOR");
        clockAt(day);
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), day.minusWeeks(12).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        int port = SmtpExtension.server().smtpPort();
        int imap = SmtpExtension.server().imapPort();
        SmtpExtension.server().stop();
        try {
            Map<String, Object> r = run();
            assertTrue(((Number) r.get("failed")).intValue() >= 2, r.toString());
        } finally {
            SmtpExtension.server().restart(port, imap);
        }
        List<Map<String, Object>> failed = fx.as("admin").get("/api/v1/reminders").then().statusCode(200).extract().jsonPath()
                .getList("latest.findAll { it.username == '" + v.username() + "' }");
        assertEquals(2, failed.size());
        assertTrue(failed.stream().allMatch(f -> "FAILED".equals(f.get("status")) && ((Number) f.get("attempts")).intValue() == 1
                && f.get("lastError") != null), failed.toString());
        run();
        assertEquals(0, mailsTo(v.username() + "@example.org").size(), "not before its retry time");
        clockAt(day.plusDays(1));
        run();
        assertEquals(2, mailsTo(v.username() + "@example.org").size(), "retried once the time came");
        fx.as("admin").get("/api/v1/reminders").then().statusCode(200)
                .body("latest.findAll { it.username == '" + v.username() + "' }.status", equalTo(List.of("SENT", "SENT")));
    }

    @Test
    void onlyTheAdministratorSeesAndRunsTheReminders() {
        for (String user : List.of("volunteer", "tutor", "socialworker", "coordinator")) {
            fx.as(user).get("/api/v1/reminders").then().statusCode(403);
            fx.as(user).contentType(ContentType.JSON).post("/api/v1/reminders/run").then().statusCode(403);
        }
        // each person reads and changes only their own choices: there is no id to name anyone else's
        fx.as("volunteer").get("/api/v1/me/reminders").then().statusCode(200)
                .body("available", equalTo(List.of("MONTH_NOT_SUBMITTED", "WEEK_WITHOUT_CHECK_IN")));
        fx.as("admin").get("/api/v1/me/reminders").then().statusCode(200).body("available", equalTo(List.of()));
        given().baseUri(fx.url("")).get("/api/v1/me/reminders").then().statusCode(401);
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }
}
