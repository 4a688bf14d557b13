package it.milano.levacivica.portal.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.File;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Check-ins and tasks over HTTP and in the browser, on Payara Micro against a real MariaDB: the
 * two-party confirmation, core-lib's weekly rule, hours flowing into entries once, tasks and the hours
 * that name them, bad input and access. Each test makes its own volunteers and tutor.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class CheckInIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return it.milano.levacivica.portal.demo.DemoWar.of(java.nio.file.Path.of(System.getProperty("portal.war", "target/portal.war")));
    }

    @ArquillianResource
    private URL base;

    private Fixtures fx;
    private Map.Entry<String, Long> tutor;

    @BeforeEach
    void fixtures() {
        fx = new Fixtures(base);
        tutor = fx.person("TUTOR");
    }

    private static LocalDate mondayWeeksAgo(int weeks) {
        return LocalDate.now(ROME).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks);
    }

    private Fixtures.Volunteer volunteer() {
        return fx.volunteer(tutor.getValue(), mondayWeeksAgo(12));
    }

    private Response recordAsTutor(List<Long> years, String heldAt, int minutes, List<Map<String, Object>> tasks) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceYearIds", years);
        body.put("heldAt", heldAt);
        body.put("mode", "IN_PERSON");
        body.put("minutes", minutes);
        body.put("activityType", "ADMINISTRATIVE_SUPPORT");
        body.put("summary", "Programmazione della settimana");
        body.put("tasks", tasks);
        return fx.as(tutor.getKey(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(body).post("/api/v1/check-ins");
    }

    private List<Map<String, Object>> entries(Fixtures.Volunteer v) {
        return fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/entries")
                .then().statusCode(200).extract().jsonPath().getList("");
    }

    @Test
    void aCheckInCountsOnlyWhenBothConfirmAndItsHoursJoinTheEntriesOnce() {
        Fixtures.Volunteer v = volunteer();
        LocalDate day = mondayWeeksAgo(1).plusDays(1);
        long id = recordAsTutor(List.of(v.serviceYearId()), day + "T10:00", 45, List.of()).then().statusCode(201)
                .body("[0].tutorConfirmed", equalTo(true)).body("[0].confirmed", equalTo(false))
                .extract().jsonPath().getLong("[0].id");
        assertEquals(0, entries(v).size(), "not counted before the volunteer confirms");
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("remark", "Abbiamo parlato anche del volantino"))
                .post("/api/v1/check-ins/" + id + "/confirm").then().statusCode(200)
                .body("confirmed", equalTo(true)).body("volunteerRemark", equalTo("Abbiamo parlato anche del volantino"));
        List<Map<String, Object>> after = entries(v);
        assertEquals(1, after.size());
        assertEquals(45, after.get(0).get("minutes"));
        assertEquals("SERVICE", after.get(0).get("category"), "check-ins count as service, never as specific training");
        assertEquals((int) id, after.get(0).get("checkInId"));
        // confirming again, from either side, adds nothing
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/check-ins/" + id + "/confirm").then().statusCode(200);
        fx.as(tutor.getKey(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/check-ins/" + id + "/confirm").then().statusCode(200);
        assertEquals(1, entries(v).size());
        // the hours are counted once in the progress
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/status").then()
                .body("countedMinutes", equalTo(45));
    }

    @Test
    void aVolunteerMayRecordACheckInForTheTutorToConfirm() {
        Fixtures.Volunteer v = volunteer();
        Map<String, Object> body = Map.of("serviceYearIds", List.of(v.serviceYearId()), "heldAt", mondayWeeksAgo(2) + "T09:00",
                "mode", "PHONE", "minutes", 30, "activityType", "COMMUNICATION", "summary", "Telefonata con il tutor");
        long id = fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(body).post("/api/v1/check-ins")
                .then().statusCode(201).body("[0].volunteerConfirmed", equalTo(true)).body("[0].confirmed", equalTo(false))
                .extract().jsonPath().getLong("[0].id");
        fx.as(tutor.getKey(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/check-ins/" + id + "/confirm")
                .then().statusCode(200).body("confirmed", equalTo(true));
        assertEquals(1, entries(v).size());
        // a volunteer cannot record for others, nor give tasks
        Map<String, Object> withTask = new HashMap<>(body);
        withTask.put("tasks", List.of(Map.of("title", "x", "activityType", "COMMUNICATION", "dueDate", LocalDate.now(ROME).toString())));
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(withTask).post("/api/v1/check-ins").then().statusCode(403);
    }

    @Test
    void aGroupMeetingMakesOneCheckInPerVolunteerWithTheirTasks() {
        Fixtures.Volunteer a = volunteer();
        Fixtures.Volunteer b = volunteer();
        Response r = recordAsTutor(List.of(a.serviceYearId(), b.serviceYearId()), mondayWeeksAgo(1) + "T11:00", 60,
                List.of(Map.of("title", "Preparare il volantino", "activityType", "COMMUNICATION",
                        "dueDate", LocalDate.now(ROME).plusDays(3).toString())));
        r.then().statusCode(201);
        assertEquals(r.jsonPath().getString("[0].meetingRef"), r.jsonPath().getString("[1].meetingRef"));
        for (Fixtures.Volunteer v : List.of(a, b)) {
            fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/tasks").then().statusCode(200)
                    .body("title", equalTo(List.of("Preparare il volantino"))).body("status", equalTo(List.of("OPEN")));
        }
    }

    @Test
    void theWeeklyRuleFlagsWeeksWithoutAConfirmedCheckIn() {
        Fixtures.Volunteer v = volunteer();
        LocalDate monday = mondayWeeksAgo(3);
        YearMonth month = YearMonth.from(monday.plusDays(2));
        Map<String, Object> entry = Map.of("date", monday.plusDays(2).toString(), "category", "SERVICE", "minutes", 240,
                "activityType", "TESTIMONIES");
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(entry)
                .post("/api/v1/service-years/" + v.serviceYearId() + "/entries").then().statusCode(201)
                .body("warnings.rule", hasItem("WEEK_WITHOUT_CHECK_IN"));
        // the week is named by its dates, Monday to Sunday, not by an ISO label to parse
        String week = monday.toString();
        String sheet = "/api/v1/service-years/" + v.serviceYearId() + "/timesheets/" + month;
        assertTrue(fx.as(tutor.getKey(), Fixtures.PASSWORD).get(sheet).then().extract().jsonPath()
                .getList("warnings.findAll { it.rule == 'WEEK_WITHOUT_CHECK_IN' }.values.week.monday").contains(week));
        fx.as(tutor.getKey(), Fixtures.PASSWORD).get(sheet).then()
                .body("warnings.find { it.rule == 'WEEK_WITHOUT_CHECK_IN' && it.values.week.monday == '" + week + "' }.values.week.sunday",
                        equalTo(monday.plusDays(6).toString()));
        long id = recordAsTutor(List.of(v.serviceYearId()), monday.plusDays(1) + "T09:00", 30, List.of()).then().statusCode(201)
                .extract().jsonPath().getLong("[0].id");
        // recorded but not yet confirmed by the volunteer: the week still has none
        assertTrue(fx.as(tutor.getKey(), Fixtures.PASSWORD).get(sheet).then().extract().jsonPath()
                .getList("warnings.findAll { it.rule == 'WEEK_WITHOUT_CHECK_IN' }.values.week.monday").contains(week));
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/check-ins/" + id + "/confirm").then().statusCode(200);
        assertTrue(!fx.as(tutor.getKey(), Fixtures.PASSWORD).get(sheet).then().extract().jsonPath()
                .getList("warnings.findAll { it.rule == 'WEEK_WITHOUT_CHECK_IN' }.values.week.monday").contains(week));
    }

    @Test
    void badCheckInsAreRefusedAndStoreNothing() {
        Fixtures.Volunteer v = volunteer();
        String now = java.time.LocalDateTime.now(ROME).plusHours(2).withSecond(0).withNano(0).toString();
        // core-lib's rules for a check-in, on the command's fields
        recordAsTutor(List.of(v.serviceYearId()), now, 30, List.of()).then().statusCode(400).body("errors", hasKey("heldAt"))
                .body("violations.rule", hasItem("DATE_IN_FUTURE")).body("errors.heldAt", containsString("nel futuro"));
        recordAsTutor(List.of(v.serviceYearId()), mondayWeeksAgo(1) + "T10:00", 0, List.of()).then().statusCode(400).body("errors", hasKey("minutes"))
                .body("violations.rule", hasItem("DURATION_NOT_POSITIVE"));
        recordAsTutor(List.of(v.serviceYearId()), mondayWeeksAgo(1) + "T10:00", 9 * 60, List.of()).then().statusCode(400).body("errors", hasKey("minutes"))
                .body("violations.rule", hasItem("HOURS_PER_DAY_MAX")).body("violations[0].values.limit", equalTo(480));
        recordAsTutor(List.of(v.serviceYearId()), mondayWeeksAgo(1) + "T10:00", 50, List.of()).then().statusCode(400).body("errors", hasKey("minutes"))
                .body("violations.rule", hasItem("DURATION_GRANULARITY"));
        recordAsTutor(List.of(v.serviceYearId()), "yesterday", 30, List.of()).then().statusCode(400).body("errors", hasKey("heldAt"));
        recordAsTutor(List.of(v.serviceYearId()), mondayWeeksAgo(1) + "T10:00", 30,
                List.of(Map.of("title", " ", "activityType", "COMMUNICATION", "dueDate", "2026-99-01"))).then().statusCode(400);
        // someone else's volunteer: another tutor sees nothing
        Fixtures.Volunteer others = fx.volunteer(fx.idOf("tutor"), mondayWeeksAgo(12));
        recordAsTutor(List.of(others.serviceYearId()), mondayWeeksAgo(1) + "T10:00", 30, List.of()).then().statusCode(404);
        fx.as(tutor.getKey(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "activityType", "COMMUNICATION", "dueDate", LocalDate.now(ROME).toString()))
                .post("/api/v1/service-years/" + others.serviceYearId() + "/tasks").then().statusCode(404);
        fx.as(tutor.getKey(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/check-ins").then().statusCode(200)
                .body("id", equalTo(List.of()));
        fx.as(tutor.getKey(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/tasks").then().body("id", equalTo(List.of()));
        // another volunteer cannot confirm my check-in
        long id = recordAsTutor(List.of(v.serviceYearId()), mondayWeeksAgo(1) + "T10:00", 30, List.of()).then().statusCode(201)
                .extract().jsonPath().getLong("[0].id");
        fx.as(others.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/check-ins/" + id + "/confirm")
                .then().statusCode(404);
    }

    @Test
    void tasksAreDoneByTheirVolunteerAndHoursCanNameThem() {
        Fixtures.Volunteer v = volunteer();
        Fixtures.Volunteer other = volunteer();
        long task = fx.as(tutor.getKey(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("title", "Raccogliere le testimonianze del centro diurno", "activityType", "TESTIMONIES",
                        "dueDate", LocalDate.now(ROME).plusDays(2).toString()))
                .post("/api/v1/service-years/" + v.serviceYearId() + "/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> entry = new HashMap<>(Map.of("date", mondayWeeksAgo(1).toString(), "category", "SERVICE", "minutes", 150,
                "activityType", "TESTIMONIES", "taskId", task));
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(entry)
                .post("/api/v1/service-years/" + v.serviceYearId() + "/entries").then().statusCode(201).body("entry.taskId", equalTo((int) task));
        // a task of another year cannot be named
        fx.as(other.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(entry)
                .post("/api/v1/service-years/" + other.serviceYearId() + "/entries").then().statusCode(400).body("errors", hasKey("taskId"));
        fx.as(tutor.getKey(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/tasks").then()
                .body("[0].minutesLogged", equalTo(150));
        fx.as(other.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("outcome", "x"))
                .post("/api/v1/tasks/" + task + "/done").then().statusCode(404);
        fx.as(tutor.getKey(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("outcome", "x"))
                .post("/api/v1/tasks/" + task + "/done").then().statusCode(403);
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("outcome", "Dodici testimonianze raccolte"))
                .post("/api/v1/tasks/" + task + "/done").then().statusCode(200).body("status", equalTo("DONE"));
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("outcome", "again"))
                .post("/api/v1/tasks/" + task + "/done").then().statusCode(409);
    }

    @Test
    void theTutorRecordsACheckInWithATaskAndTheVolunteerConfirmsItAndMarksTheTaskDone() throws Exception {
        Fixtures.Volunteer v = volunteer();
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waitFor(browser);
            signIn(browser, wait, tutor.getKey());
            browser.get(fx.url("/tutor/checkins.xhtml"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checkInForm:serviceYearIds")));
            browser.findElement(By.xpath("//label[text()='Test " + v.username() + "']")).click();
            browser.findElement(By.id("checkInForm:summary")).sendKeys("Briefing del mattino allo sportello");
            browser.findElement(By.id("checkInForm:title")).sendKeys("Chiamare l’associazione di quartiere");
            browser.findElement(By.id("checkInForm:dueDate_input")).sendKeys(LocalDate.now(ROME).plusDays(2)
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            // the date picker's panel is open over the form: click Save as a script would
            browser.executeScript("arguments[0].click();", browser.findElement(By.id("checkInForm:save")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Incontro registrato"));
            browser.findElement(By.id("signOut")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signedOut")));

            signIn(browser, wait, v.username());
            wait.until(ExpectedConditions.urlContains("/volunteer/home.xhtml"));
            assertTrue(browser.findElement(By.id("dayForm")).getText().contains("Chiamare l’associazione di quartiere"));
            browser.findElement(By.cssSelector(".checkin-confirm")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dayForm"), "Confermato da entrambi"));
            browser.findElement(By.cssSelector(".outcome")).sendKeys("Appuntamento fissato per giovedì");
            browser.findElement(By.cssSelector(".task-done")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Compito chiuso"));
        } finally {
            browser.quit();
        }
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/tasks").then()
                .body("[0].status", equalTo("DONE")).body("[0].outcome", equalTo("Appuntamento fissato per giovedì"));
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/check-ins").then()
                .body("[0].confirmed", equalTo(true));
        assertEquals(1, entries(v).size(), "the check-in's 30 minutes are in the entries");
    }

    private void signIn(ChromeDriver browser, WebDriverWait wait, String user) {
        browser.get(fx.url("/login.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm")));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("signIn")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }
}
