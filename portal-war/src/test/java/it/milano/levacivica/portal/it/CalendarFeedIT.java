package it.milano.levacivica.portal.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.StringReader;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The private calendar feed end to end: made on the page or over the API, fetched as a calendar application does
 * (no cookies, no sign-in), parsed and validated by ical4j; each role's own records only, codes instead of names,
 * revocation at once, no session.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class CalendarFeedIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String AT = "@levacivica.comune.milano.it";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return it.milano.levacivica.portal.demo.DemoWar.of(java.nio.file.Path.of(System.getProperty("portal.war", "target/portal.war")));
    }

    @ArquillianResource
    private URL base;

    private Fixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new Fixtures(base);
    }

    /** A feed as a calendar application reads it: no cookie, no credentials; the answer sets no cookie either. */
    private static Response fetch(String url) {
        Response r = given().redirects().follow(false).get(url);
        assertNull(r.getHeader("Set-Cookie"), "the feed opens no session: " + r.getHeaders());
        assertFalse(r.getCookies().containsKey("JSESSIONID"));
        return r;
    }

    private static Calendar parseAndValidate(Response r) throws Exception {
        assertEquals(200, r.statusCode(), r.asString());
        String type = r.getContentType().toLowerCase().replace(" ", "");
        assertTrue(type.startsWith("text/calendar") && type.contains("charset=utf-8"), type);
        String cache = r.getHeader("Cache-Control");
        assertTrue(cache.contains("private") && cache.contains("no-store"), cache);
        Calendar c = new CalendarBuilder().build(new StringReader(r.asString()));
        ValidationResult result = c.validate();
        assertFalse(result.hasErrors(), result.toString());
        List<CalendarComponent> components = c.getComponents();
        for (CalendarComponent component : components) {
            ValidationResult cr = component.validate();
            assertFalse(cr.hasErrors(), component.getName() + ": " + cr);
        }
        return c;
    }

    private static Map<String, VEvent> events(Calendar c) {
        List<CalendarComponent> all = c.getComponents();
        return all.stream().filter(x -> x instanceof VEvent).map(x -> (VEvent) x)
                .collect(Collectors.toMap(e -> value(e, "UID"), Function.identity()));
    }

    private static String value(VEvent e, String name) {
        return e.<Property>getProperty(name).orElseThrow().getValue();
    }

    private static Temporal start(VEvent e) {
        return e.getStartDate().orElseThrow().getDate();
    }

    private String createFeed(String user, String password) {
        return fx.as(user, password).contentType(ContentType.JSON).post("/api/v1/me/calendar-feed").then().statusCode(201)
                .extract().jsonPath().getString("url");
    }

    private Response checkIn(String tutor, long yearId, LocalDateTime at, int minutes, List<Map<String, Object>> tasks) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceYearIds", List.of(yearId));
        body.put("heldAt", at.toString());
        body.put("mode", "IN_PERSON");
        body.put("minutes", minutes);
        body.put("activityType", "ADMINISTRATIVE_SUPPORT");
        body.put("summary", "Programmazione riservata della settimana");
        body.put("tasks", tasks);
        return fx.as(tutor, Fixtures.PASSWORD).contentType(ContentType.JSON).body(body).post("/api/v1/check-ins");
    }

    @Test
    void aVolunteersFeedHoldsTheirCheckInsTasksLeaveAndDeadlinesAndNothingOfAnotherVolunteer() throws Exception {
        LocalDate today = LocalDate.now(ROME);
        LocalDate start = today.minusWeeks(9).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map.Entry<String, Long> tutor = fx.person("TUTOR");
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), start);
        Fixtures.Volunteer other = fx.volunteer(tutor.getValue(), start);

        LocalDateTime met = today.minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atTime(9, 30);
        LocalDate due = today.plusDays(10);
        Response mine = checkIn(tutor.getKey(), v.serviceYearId(), met, 45,
                List.of(Map.of("title", "Preparare il volantino segreto", "activityType", "COMMUNICATION", "dueDate", due.toString())));
        mine.then().statusCode(201);
        long checkInId = mine.jsonPath().getLong("[0].id");
        long taskId = fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/tasks").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        Response theirs = checkIn(tutor.getKey(), other.serviceYearId(), met.plusHours(2), 30,
                List.of(Map.of("title", "Compito dell'altro", "activityType", "COMMUNICATION", "dueDate", due.toString())));
        theirs.then().statusCode(201);
        long otherCheckIn = theirs.jsonPath().getLong("[0].id");
        long otherTask = fx.as(other.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + other.serviceYearId() + "/tasks")
                .then().extract().jsonPath().getLong("[0].id");
        LocalDate leave = today.plusDays(20);
        long leaveId = fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("date", leave.toString(), "type", "LEAVE"))
                .post("/api/v1/service-years/" + v.serviceYearId() + "/absences").then().statusCode(201).extract().jsonPath().getLong("absence.id");
        LocalDate sick = today.minusDays(today.getDayOfWeek() == DayOfWeek.MONDAY ? 3 : 1);
        long sickId = fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("date", sick.toString(), "type", "SICKNESS"))
                .post("/api/v1/service-years/" + v.serviceYearId() + "/absences").then().statusCode(201).extract().jsonPath().getLong("absence.id");
        fx.as(other.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("date", leave.plusDays(1).toString(), "type", "LEAVE"))
                .post("/api/v1/service-years/" + other.serviceYearId() + "/absences").then().statusCode(201);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .post("/api/v1/service-years/" + v.serviceYearId() + "/timesheets/" + lastMonth + "/submit").then().statusCode(200);

        String url = createFeed(v.username(), Fixtures.PASSWORD);
        assertTrue(url.matches("https?://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
        Response r = fetch(url);
        String text = r.asString();
        Map<String, VEvent> events = events(parseAndValidate(r));

        VEvent meeting = events.get("checkin-" + checkInId + AT);
        assertNotNull(meeting, events.keySet().toString());
        assertEquals(met.atZone(ROME).toInstant(), Instant.from(start(meeting)), "the meeting's time, in Rome");
        assertEquals(met.plusMinutes(45).atZone(ROME).toInstant(), Instant.from(meeting.getEndDate().orElseThrow().getDate()));
        assertEquals("Incontro con il tutor (da confermare)", value(meeting, "SUMMARY"));

        VEvent task = events.get("task-" + taskId + AT);
        assertEquals(due, start(task), "the task's due day, all day");
        assertEquals("Scadenza del compito n. " + taskId, value(task, "SUMMARY"));
        assertEquals(leave, start(events.get("leave-" + leaveId + AT)));
        assertFalse(events.containsKey("leave-" + sickId + AT), "sickness is health data: not in a calendar");

        String sent = "timesheet-" + v.serviceYearId() + "-" + lastMonth + AT;
        assertEquals(lastMonth.atEndOfMonth().plusDays(5), start(events.get(sent)), "five days after the month's end");
        assertTrue(value(events.get(sent), "SUMMARY").contains("(inviato)"), value(events.get(sent), "SUMMARY"));
        YearMonth thisMonth = YearMonth.from(today);
        VEvent open = events.get("timesheet-" + v.serviceYearId() + "-" + thisMonth + AT);
        assertEquals(thisMonth.atEndOfMonth().plusDays(5), start(open));
        assertTrue(value(open, "SUMMARY").startsWith("Invia il foglio ore di "), value(open, "SUMMARY"));
        assertTrue(value(open, "URL").endsWith("/year/month.xhtml?id=" + v.serviceYearId() + "&month=" + thisMonth), value(open, "URL"));

        // nothing of the other volunteer, no texts, no names
        assertFalse(events.containsKey("checkin-" + otherCheckIn + AT));
        assertFalse(events.containsKey("task-" + otherTask + AT));
        assertTrue(events.keySet().stream().noneMatch(uid -> uid.contains("-" + other.serviceYearId() + "-")), events.keySet().toString());
        for (String forbidden : List.of("volantino", "riservata", "altro", v.username(), other.username(), "Test ", "@example.org")) {
            assertFalse(text.contains(forbidden), "the feed holds " + forbidden);
        }

        // the tutor's feed: both volunteers' meetings by year number; the month waiting for them
        String tutorFeed = createFeed(tutor.getKey(), Fixtures.PASSWORD);
        Response tr = fetch(tutorFeed);
        Map<String, VEvent> tutorEvents = events(parseAndValidate(tr));
        assertEquals("Incontro di verifica, anno di servizio n. " + other.serviceYearId() + " (da confermare)",
                value(tutorEvents.get("checkin-" + otherCheckIn + AT), "SUMMARY"), "recorded by the tutor, not yet confirmed by the volunteer");
        assertTrue(tutorEvents.containsKey("checkin-" + checkInId + AT));
        assertTrue(tutorEvents.keySet().stream().anyMatch(uid -> uid.startsWith("approval-")), tutorEvents.keySet().toString());
        assertFalse(tr.asString().contains("Test "), "no names in the tutor's feed either");

        // in the language chosen for reminders
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("language", "en", "enabled", List.of()))
                .put("/api/v1/me/reminders").then().statusCode(200);
        assertEquals("Task no. " + taskId + " due", value(events(parseAndValidate(fetch(url))).get("task-" + taskId + AT), "SUMMARY"));
    }

    @Test
    void revokingOrReplacingAFeedMakesTheOldAddress404AtOnceAndUnknownTokensTellNothing() {
        Fixtures.Volunteer v = fx.volunteer(fx.idOf("tutor"), LocalDate.now(ROME).minusWeeks(3));
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/me/calendar-feed").then().statusCode(404);
        String first = createFeed(v.username(), Fixtures.PASSWORD);
        assertEquals(200, fetch(first).statusCode());
        String lastUsed = fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/me/calendar-feed").then().statusCode(200)
                .body("url", org.hamcrest.Matchers.nullValue()).extract().jsonPath().getString("lastUsedAt");
        assertNotNull(lastUsed, "the read is recorded");

        String second = createFeed(v.username(), Fixtures.PASSWORD);
        Response old = fetch(first);
        assertEquals(404, old.statusCode(), "replaced: the old address stops at once");
        assertEquals(200, fetch(second).statusCode());
        fx.as(v.username(), Fixtures.PASSWORD).delete("/api/v1/me/calendar-feed").then().statusCode(204);
        Response revoked = fetch(second);
        assertEquals(404, revoked.statusCode());
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/me/calendar-feed").then().statusCode(404);
        fx.as(v.username(), Fixtures.PASSWORD).delete("/api/v1/me/calendar-feed").then().statusCode(404);

        String origin = second.substring(0, second.indexOf("/calendar/"));
        Response unknown = fetch(origin + "/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics");
        Response malformed = fetch(origin + "/calendar/x.ics");
        for (Response r : List.of(old, revoked, unknown, malformed)) {
            assertEquals(404, r.statusCode());
            assertEquals(revoked.asString(), r.asString(), "every refusal looks the same");
        }
        // audited, without the token
        String audit = fx.as("admin").get("/api/v1/audit?recordType=CALENDAR_FEED&actor=" + v.username()).then().statusCode(200).extract().asString();
        assertTrue(audit.contains("\"CREATE\"") && audit.contains("\"REVOKE\""), audit);
        String token = second.substring(second.lastIndexOf('/') + 1, second.length() - ".ics".length());
        assertFalse(audit.contains(token), "the token is never audited");
    }

    @Test
    void aSocialWorkersFeedHasCaseCodesAndPlacementDatesButNoNamesOrCaseContent() throws Exception {
        String sw = Fixtures.unique("sw");
        fx.as("admin").contentType(ContentType.JSON).body(Map.of("username", sw, "fullName", "Test " + sw, "email", sw + "@example.org",
                "password", Fixtures.PASSWORD, "roles", List.of("SOCIAL_WORKER"), "municipio", 9)).post("/api/v1/people").then().statusCode(201);
        Response c = fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("level", "FIRST", "accessChannel", "IN_PERSON",
                "targetGroup", "ELDERLY", "summary", "Anziana sola, Via Padova 12")).post("/api/v1/cases");
        c.then().statusCode(201);
        long caseId = c.jsonPath().getLong("id");
        String code = c.jsonPath().getString("code");
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("fullName", "Ermenegilda Riservata", "relation", "richiedente"))
                .post("/api/v1/cases/" + caseId + "/members").then().statusCode(201);
        Fixtures.Volunteer v = fx.volunteer(fx.idOf("tutor"), LocalDate.now(ROME).minusWeeks(8));
        LocalDate due = LocalDate.now(ROME).plusDays(3);
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("serviceYearId", v.serviceYearId(),
                "title", "Raccogliere la testimonianza", "activityType", "TESTIMONIES", "dueDate", due.toString()))
                .post("/api/v1/cases/" + caseId + "/tasks").then().statusCode(201);
        long taskId = fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/tasks").then()
                .extract().jsonPath().getLong("[0].id");

        Response r = fetch(createFeed(sw, Fixtures.PASSWORD));
        Map<String, VEvent> events = events(parseAndValidate(r));
        VEvent task = events.get("task-" + taskId + AT);
        assertEquals(due, start(task));
        assertEquals("Scadenza del compito n. " + taskId + " (" + code + ")", value(task, "SUMMARY"));
        for (String forbidden : List.of("Ermenegilda", "Riservata", "Padova", "testimonianza", "Test ")) {
            assertFalse(r.asString().contains(forbidden), "the feed holds " + forbidden);
        }
        // the volunteer sees the same task by code, without its title
        Response vr = fetch(createFeed(v.username(), Fixtures.PASSWORD));
        assertEquals("Scadenza del compito n. " + taskId + " (" + code + ")", value(events(parseAndValidate(vr)).get("task-" + taskId + AT), "SUMMARY"));
        assertFalse(vr.asString().contains("testimonianza"));

        // the demo's social worker: her placements' 16 and 18 months by code, never the names of the people placed
        Response anna = fetch(createFeed("socialworker", "demo"));
        Map<String, VEvent> annaEvents = events(parseAndValidate(anna));
        List<String> placement16 = annaEvents.keySet().stream().filter(u -> u.startsWith("placement16-")).toList();
        assertFalse(placement16.isEmpty(), annaEvents.keySet().toString());
        assertTrue(annaEvents.keySet().stream().anyMatch(u -> u.startsWith("placement18-")), annaEvents.keySet().toString());
        assertTrue(value(annaEvents.get(placement16.get(0)), "SUMMARY").contains("(M5-"), value(annaEvents.get(placement16.get(0)), "SUMMARY"));
        for (String forbidden : List.of("Rosa", "Fittizia", "Paolo", "Inventato", "Esempio", "Anna", "Colombo")) {
            assertFalse(anna.asString().contains(forbidden), "the feed holds " + forbidden);
        }
    }

    @Test
    void aVolunteerMakesTheFeedOnTheirPageCopiesItOnceAndACalendarReadsIt() throws Exception {
        Fixtures.Volunteer v = fx.volunteer(fx.idOf("tutor"), LocalDate.now(ROME).minusWeeks(3));
        String url;
        ChromeDriver browser = Browser.start();
        try {
            Browser.openSignIn(browser, fx.url("/login.xhtml"));
            browser.findElement(By.id("username")).sendKeys(v.username());
            browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
            browser.findElement(By.id("signIn")).click();
            Browser.waitFor(browser).until(ExpectedConditions.urlContains("/volunteer/home"));
            browser.get(fx.url("/account/calendar.xhtml"));
            Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("calendarForm:create"))).click();
            url = Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("feedUrl"))).getAttribute("value");
            assertTrue(browser.findElement(By.id("active")).isDisplayed());
            assertEquals(List.of(), Browser.cspRefusals(browser));
            // shown once: a new visit shows the state, not the address
            browser.get(fx.url("/account/calendar.xhtml"));
            Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("calendarForm:revoke")));
            assertTrue(browser.findElements(By.id("feedUrl")).isEmpty(), "the address is not shown again");
            assertTrue(url.endsWith(".ics"), url);
            assertEquals(200, fetch(url).statusCode());
            browser.findElement(By.id("calendarForm:revoke")).click();
            Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("calendarForm:create")));
        } finally {
            browser.quit();
        }
        assertEquals(404, fetch(url).statusCode(), "revoked on the page");
    }
}
