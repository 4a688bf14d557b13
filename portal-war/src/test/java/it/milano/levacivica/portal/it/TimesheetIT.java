package it.milano.levacivica.portal.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import it.milano.levacivica.portal.demo.EmbeddedMariaDb;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hours and monthly timesheets over HTTP, on Payara Micro against a real MariaDB: every rule of core-lib
 * surfaced through the API, bad input, locking of submitted months, concurrent approvals and edits,
 * idempotency, access between volunteers and between tutors, the register PDF, and the number of SQL
 * queries of the dashboard. Each test makes its own volunteer, project and tutor.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class TimesheetIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

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

    private static LocalDate today() {
        return LocalDate.now(ROME);
    }

    /** A Monday at least {@code weeks} weeks ago. */
    private static LocalDate mondayWeeksAgo(int weeks) {
        return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks);
    }

    private Response log(Fixtures.Volunteer v, LocalDate date, String category, Integer minutes, String activity) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("category", category);
        body.put("minutes", minutes);
        if (activity != null) {
            body.put("activityType", activity);
        }
        return fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .post("/api/v1/service-years/" + v.serviceYearId() + "/entries");
    }

    private int entryCount(Fixtures.Volunteer v) {
        return fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/entries")
                .then().statusCode(200).extract().jsonPath().getList("id").size();
    }

    private Fixtures.Volunteer newVolunteer(int weeksAgo) {
        return fx.volunteer(fx.idOf("tutor"), mondayWeeksAgo(weeksAgo));
    }

    // ---------------------------------------------------------------- rules through the API

    @Test
    void everyRuleOfCoreLibIsSurfacedAndARefusedEntryIsNotStored() {
        Fixtures.Volunteer v = newVolunteer(10);
        LocalDate monday = mondayWeeksAgo(6);
        log(v, monday, "SERVICE", 240, "COMMUNICATION").then().statusCode(201).body("entry.minutes", equalTo(240));
        Map<String, Object[]> refused = new java.util.LinkedHashMap<>();
        refused.put("HOURS_PER_DAY_MAX", new Object[] {monday, "SERVICE", 25 * 60, "COMMUNICATION"});
        refused.put("DURATION_NOT_POSITIVE", new Object[] {monday.plusDays(1), "SERVICE", 0, "COMMUNICATION"});
        refused.put("DURATION_GRANULARITY", new Object[] {monday.plusDays(1), "SERVICE", 50, "COMMUNICATION"});
        refused.put("DATE_IN_FUTURE", new Object[] {today().plusDays(1), "SERVICE", 60, "COMMUNICATION"});
        refused.put("DATE_OUTSIDE_SERVICE_YEAR", new Object[] {mondayWeeksAgo(11), "SERVICE", 60, "COMMUNICATION"});
        refused.put("ACTIVITY_TYPE_REQUIRED", new Object[] {monday.plusDays(1), "SERVICE", 60, null});
        for (Map.Entry<String, Object[]> r : refused.entrySet()) {
            Object[] a = r.getValue();
            log(v, (LocalDate) a[0], (String) a[1], (Integer) a[2], (String) a[3]).then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("/problems/rule-violation"))
                    .body("violations.rule", hasItem(r.getKey()));
        }
        // the message says what is wrong, in the caller's language and in words; the values are typed
        String day = monday.getDayOfMonth() + " " + monday.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + monday.getYear();
        log(v, monday, "SERVICE", 5 * 60, "COMMUNICATION").then().statusCode(422)
                .body("violations[0].message", equalTo("On " + day + " the hours would become 9 h: the daily maximum is 8 h."))
                .body("violations[0].values.date", equalTo(monday.toString()))
                .body("violations[0].values.total", equalTo(540))
                .body("violations[0].values.limit", equalTo(480))
                .body("errors.minutes", containsString("daily maximum"));
        assertEquals(1, entryCount(v), "nothing refused was stored");
    }

    @Test
    void aSeventhDayAndHoursOnALeaveDayAreRefused() {
        Fixtures.Volunteer v = newVolunteer(10);
        LocalDate monday = mondayWeeksAgo(4);
        for (int i = 0; i < 6; i++) {
            log(v, monday.plusDays(i), "SERVICE", 300, "TESTIMONIES").then().statusCode(201);
        }
        log(v, monday.plusDays(6), "SERVICE", 60, "TESTIMONIES").then().statusCode(422).body("violations.rule", hasItem("DAYS_PER_WEEK_MAX"));
        LocalDate leave = monday.plusWeeks(1);
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("date", leave.toString(), "type", "LEAVE"))
                .post("/api/v1/service-years/" + v.serviceYearId() + "/absences").then().statusCode(201);
        log(v, leave, "SERVICE", 60, "TESTIMONIES").then().statusCode(422).body("violations.rule", hasItem("HOURS_ON_ABSENCE_DAY"));
        // warnings inform and do not refuse: 36 h in the week is the edge of the guidance band, 36 h 15 above it
        log(v, monday, "SPECIFIC_TRAINING", 180, null).then().statusCode(201).body("warnings.rule", not(hasItem("WEEKLY_HOURS_ABOVE_GUIDANCE")));
        log(v, monday.plusDays(1), "SPECIFIC_TRAINING", 180, null).then().statusCode(201).body("warnings.rule", not(hasItem("WEEKLY_HOURS_ABOVE_GUIDANCE")));
        log(v, monday.plusDays(2), "SPECIFIC_TRAINING", 15, null).then().statusCode(201)
                .body("warnings.rule", hasItem("WEEKLY_HOURS_ABOVE_GUIDANCE"));
    }

    @Test
    void badInputGetsA4xxThatSaysWhatIsWrongAndStoresNothing() {
        Fixtures.Volunteer v = newVolunteer(10);
        String path = "/api/v1/service-years/" + v.serviceYearId() + "/entries";
        Map<String, String> bodies = Map.of(
                "date", "{\"date\":\"2026-13-45\",\"category\":\"SERVICE\",\"minutes\":60,\"activityType\":\"COMMUNICATION\"}",
                "category", "{\"date\":\"" + mondayWeeksAgo(2) + "\",\"category\":\"NAPPING\",\"minutes\":60}",
                "minutes", "{\"date\":\"" + mondayWeeksAgo(2) + "\",\"category\":\"SERVICE\",\"activityType\":\"COMMUNICATION\"}",
                "note", "{\"date\":\"" + mondayWeeksAgo(2) + "\",\"category\":\"SERVICE\",\"minutes\":60,\"activityType\":\"COMMUNICATION\",\"note\":\"" + "x".repeat(1001) + "\"}",
                "activityType", "{\"date\":\"" + mondayWeeksAgo(2) + "\",\"category\":\"SERVICE\",\"minutes\":60,\"activityType\":\"DANCING\"}");
        bodies.forEach((field, body) -> fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors", hasKey(field)));
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body("").post(path).then().statusCode(400);
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body("{\"date\": [").post(path).then().statusCode(400)
                .contentType("application/problem+json");
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body("{\"minutes\":\"lots\"}").post(path).then().statusCode(400);
        assertEquals(0, entryCount(v));
        // markup and SQL in a note are only text
        String note = "<script>alert('x')</script>'; DROP TABLE hour_entry; --";
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("date", mondayWeeksAgo(2).toString(), "category", "SERVICE", "minutes", 60, "activityType", "COMMUNICATION", "note", note))
                .post(path).then().statusCode(201).body("entry.note", equalTo(note));
        assertEquals(1, entryCount(v));
    }

    @Test
    void theSameIdempotencyKeyTwiceCreatesOneEntry() {
        Fixtures.Volunteer v = newVolunteer(10);
        Map<String, Object> body = Map.of("date", mondayWeeksAgo(3).toString(), "category", "SERVICE", "minutes", 120, "activityType", "COMMUNICATION");
        long first = fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).header("Idempotency-Key", "k-1").body(body)
                .post("/api/v1/service-years/" + v.serviceYearId() + "/entries").then().statusCode(201).extract().jsonPath().getLong("entry.id");
        long second = fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).header("Idempotency-Key", "k-1").body(body)
                .post("/api/v1/service-years/" + v.serviceYearId() + "/entries").then().statusCode(201).extract().jsonPath().getLong("entry.id");
        assertEquals(first, second);
        assertEquals(1, entryCount(v));
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).header("Idempotency-Key", "k-2").body(body)
                .post("/api/v1/service-years/" + v.serviceYearId() + "/entries").then().statusCode(201);
        assertEquals(2, entryCount(v));
    }

    // ---------------------------------------------------------------- timesheets and locking

    @Test
    void aSubmittedMonthLocksItsEntriesATutorRejectsOrApprovesAndOnlyACoordinatorReopens() {
        Fixtures.Volunteer v = newVolunteer(14);
        LocalDate day = YearMonth.from(today()).minusMonths(2).atDay(8);
        YearMonth month = YearMonth.from(day);
        String sheet = "/api/v1/service-years/" + v.serviceYearId() + "/timesheets/" + month;
        long entry = log(v, day, "SERVICE", 180, "MEETING_SUMMARIES").then().statusCode(201).extract().jsonPath().getLong("entry.id");
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).post(sheet + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));

        log(v, day.plusDays(1), "SERVICE", 60, "MEETING_SUMMARIES").then().statusCode(423).contentType("application/problem+json")
                .body("type", equalTo("/problems/month-locked"));
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("date", day.toString(), "category", "SERVICE", "minutes", 120, "activityType", "MEETING_SUMMARIES", "version", 0))
                .put("/api/v1/entries/" + entry).then().statusCode(423);
        fx.as(v.username(), Fixtures.PASSWORD).delete("/api/v1/entries/" + entry).then().statusCode(423);

        // the tutor rejects with a reason: the month opens again
        fx.as("tutor").contentType(ContentType.JSON).body(Map.of()).post(sheet + "/reject").then().statusCode(400).body("errors", hasKey("reason"));
        long version = fx.as("tutor").get(sheet).then().statusCode(200).extract().jsonPath().getLong("version");
        fx.as("tutor").contentType(ContentType.JSON).body(Map.of("reason", "Manca il giovedì", "version", version))
                .post(sheet + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
        log(v, day.plusDays(2), "SERVICE", 60, "MEETING_SUMMARIES").then().statusCode(201);

        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).post(sheet + "/submit").then().statusCode(200);
        version = fx.as("tutor").get(sheet).then().extract().jsonPath().getLong("version");
        // weeks of the month have no confirmed check-in: approving needs a reason
        fx.as("tutor").contentType(ContentType.JSON).body(Map.of("version", version)).post(sheet + "/approve").then().statusCode(400)
                .body("errors", hasKey("reason"));
        fx.as("tutor").contentType(ContentType.JSON).body(Map.of("version", version, "reason", "Incontri svolti fuori sede"))
                .post(sheet + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        log(v, day.plusDays(3), "SERVICE", 60, "MEETING_SUMMARIES").then().statusCode(423);
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).post(sheet + "/submit").then().statusCode(409);

        // only a coordinator reopens, and only with a reason
        version = fx.as("tutor").get(sheet).then().extract().jsonPath().getLong("version");
        fx.as("tutor").contentType(ContentType.JSON).body(Map.of("reason", "x", "version", version)).post(sheet + "/reopen").then().statusCode(403);
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("reason", "x", "version", version)).post(sheet + "/reopen").then().statusCode(403);
        fx.as("coordinator").contentType(ContentType.JSON).body(Map.of("version", version)).post(sheet + "/reopen").then().statusCode(400);
        fx.as("coordinator").contentType(ContentType.JSON).body(Map.of("reason", "Correzione richiesta dal volontario", "version", version))
                .post(sheet + "/reopen").then().statusCode(200).body("status", equalTo("OPEN"));
        log(v, day.plusDays(3), "SERVICE", 60, "MEETING_SUMMARIES").then().statusCode(201);

        // every transition is recorded: who, when, why
        fx.as(v.username(), Fixtures.PASSWORD).get(sheet).then().statusCode(200)
                .body("transitions", hasSize(5))
                .body("transitions.to", equalTo(List.of("SUBMITTED", "REJECTED", "SUBMITTED", "APPROVED", "OPEN")))
                .body("transitions[1].reason", equalTo("Manca il giovedì"))
                .body("transitions[4].actor", equalTo("Paolo Ricci"));
    }

    @Test
    void ofTwoConcurrentApprovalsOneWinsAndTheOtherIsRefused() throws Exception {
        Fixtures.Volunteer v = newVolunteer(10);
        LocalDate day = mondayWeeksAgo(8).plusDays(2);
        String sheet = "/api/v1/service-years/" + v.serviceYearId() + "/timesheets/" + YearMonth.from(day);
        log(v, day, "SERVICE", 180, "COMMUNICATION").then().statusCode(201);
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).post(sheet + "/submit").then().statusCode(200);
        long version = fx.as("tutor").get(sheet).then().extract().jsonPath().getLong("version");
        List<Integer> statuses = race(8, () -> fx.as("tutor").contentType(ContentType.JSON).body(Map.of("version", version, "reason", "ok"))
                .post(sheet + "/approve").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), statuses.toString());
        fx.as("tutor").get(sheet).then().body("transitions.to", equalTo(List.of("SUBMITTED", "APPROVED")));
    }

    @Test
    void ofTwoConcurrentEditsOneWinsAndNoUpdateIsLost() throws Exception {
        Fixtures.Volunteer v = newVolunteer(10);
        LocalDate day = mondayWeeksAgo(3);
        Response created = log(v, day, "SERVICE", 60, "COMMUNICATION");
        long id = created.jsonPath().getLong("entry.id");
        long version = created.jsonPath().getLong("entry.version");
        List<Integer> minutes = List.of(75, 90, 105, 120, 135, 150);
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int m : minutes) {
            edits.add(() -> fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("date", day.toString(), "category", "SERVICE", "minutes", m, "activityType", "COMMUNICATION", "version", version))
                    .put("/api/v1/entries/" + id).statusCode());
        }
        List<Integer> statuses = raceAll(edits);
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), statuses.toString());
        // a stale If-Match loses too
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("date", day.toString(), "category", "SERVICE", "minutes", 45, "activityType", "COMMUNICATION"))
                .put("/api/v1/entries/" + id).then().statusCode(412);
        int stored = fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/entries")
                .then().extract().jsonPath().getInt("[0].minutes");
        assertTrue(minutes.contains(stored));
    }

    private static List<Integer> race(int n, Callable<Integer> call) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        return raceAll(calls);
    }

    private static List<Integer> raceAll(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> c : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            start.countDown();
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- access

    @Test
    void aVolunteerReachesOnlyTheirOwnYearAndATutorOnlyTheirVolunteers() {
        Fixtures.Volunteer mine = newVolunteer(10);
        Fixtures.Volunteer other = newVolunteer(10);
        long entry = log(mine, mondayWeeksAgo(2), "SERVICE", 60, "COMMUNICATION").then().statusCode(201).extract().jsonPath().getLong("entry.id");
        String minePath = "/api/v1/service-years/" + mine.serviceYearId();
        fx.as(other.username(), Fixtures.PASSWORD).get(minePath + "/entries").then().statusCode(404);
        fx.as(other.username(), Fixtures.PASSWORD).get(minePath + "/status").then().statusCode(404);
        fx.as(other.username(), Fixtures.PASSWORD).get(minePath + "/timesheets").then().statusCode(404);
        log(new Fixtures.Volunteer(other.username(), other.personId(), mine.serviceYearId()), mondayWeeksAgo(2), "SERVICE", 60, "COMMUNICATION")
                .then().statusCode(404);
        fx.as(other.username(), Fixtures.PASSWORD).delete("/api/v1/entries/" + entry).then().statusCode(404);
        fx.as(other.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).post(minePath + "/timesheets/" + YearMonth.from(mondayWeeksAgo(2)) + "/submit").then().statusCode(404);

        // their tutor reads but does not log; another tutor sees nothing and approves nothing
        fx.as("tutor").get(minePath + "/entries").then().statusCode(200).body("id", hasItem((int) entry));
        fx.as("tutor").contentType(ContentType.JSON)
                .body(Map.of("date", mondayWeeksAgo(2).toString(), "category", "SERVICE", "minutes", 60, "activityType", "COMMUNICATION"))
                .post(minePath + "/entries").then().statusCode(403);
        Map.Entry<String, Long> otherTutor = fx.person("TUTOR");
        fx.as(otherTutor.getKey(), Fixtures.PASSWORD).get(minePath + "/entries").then().statusCode(404);
        fx.as(mine.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).post(minePath + "/timesheets/" + YearMonth.from(mondayWeeksAgo(2)) + "/submit").then().statusCode(200);
        fx.as(otherTutor.getKey(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of())
                .post(minePath + "/timesheets/" + YearMonth.from(mondayWeeksAgo(2)) + "/approve").then().statusCode(404);
        fx.as("coordinator").get(minePath + "/entries").then().statusCode(200);
    }

    // ---------------------------------------------------------------- register, status, exports

    @Test
    void theRegisterOfAnApprovedMonthCarriesTheSameTotalsAsTheApi() throws Exception {
        Fixtures.Volunteer v = newVolunteer(12);
        LocalDate monday = mondayWeeksAgo(9);
        YearMonth month = YearMonth.from(monday);
        for (int i = 0; i < 5; i++) {
            LocalDate d = monday.plusDays(i);
            if (YearMonth.from(d).equals(month)) {
                log(v, d, "SERVICE", 345, "ADMINISTRATIVE_SUPPORT").then().statusCode(201);
                log(v, d, "SPECIFIC_TRAINING", 60, null).then().statusCode(201);
            }
        }
        String sheet = "/api/v1/service-years/" + v.serviceYearId() + "/timesheets/" + month;
        fx.as(v.username(), Fixtures.PASSWORD).accept("application/pdf, application/problem+json").get(sheet + "/register.pdf")
                .then().statusCode(409).contentType("application/problem+json");
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).post(sheet + "/submit").then().statusCode(200);
        fx.as("tutor").contentType(ContentType.JSON).body(Map.of("reason", "Incontri telefonici")).post(sheet + "/approve").then().statusCode(200);
        Response detail = fx.as(v.username(), Fixtures.PASSWORD).get(sheet);
        int service = detail.jsonPath().getInt("monthMinutes.SERVICE");
        int training = detail.jsonPath().getInt("monthMinutes.SPECIFIC_TRAINING");
        Response pdf = fx.as(v.username(), Fixtures.PASSWORD).accept("application/pdf").get(sheet + "/register.pdf");
        pdf.then().statusCode(200).contentType("application/pdf");
        byte[] bytes = pdf.asByteArray();
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        String text = new PdfTextExtractor(new PdfReader(bytes)).getTextFromPage(1);
        assertTrue(text.contains("Registro mensile"), text);
        assertTrue(text.contains(hours(service)) && text.contains(hours(training)), "month totals " + hours(service) + " and " + hours(training) + " in:\n" + text);
        assertTrue(text.contains("Marco Ferri"), "the approval names the tutor");
    }

    /** Hours as the portal writes them everywhere: {@code 28 h 45}, {@code 5 h}. */
    private static String hours(int minutes) {
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : (minutes % 60 < 10 ? " 0" : " ") + minutes % 60);
    }

    @Test
    void statusCountsEachCategoryUpToItsTargetAndExportsMatch() {
        Fixtures.Volunteer v = newVolunteer(10);
        LocalDate monday = mondayWeeksAgo(5);
        log(v, monday, "SERVICE", 300, "COMMUNICATION").then().statusCode(201);
        log(v, monday.plusDays(1), "COMPETENCE_CERTIFICATE", 120, null).then().statusCode(201);
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("date", monday.plusDays(2).toString(), "type", "SICKNESS"))
                .post("/api/v1/service-years/" + v.serviceYearId() + "/absences").then().statusCode(201);
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/status").then().statusCode(200)
                .body("countedMinutes", equalTo(420)).body("targetMinutes", equalTo(1400 * 60))
                .body("categories.find { it.category == 'SERVICE' }.doneMinutes", equalTo(300))
                .body("categories.find { it.category == 'COMPETENCE_CERTIFICATE' }.remainingMinutes", equalTo(38 * 60 - 120))
                .body("sickness.used", equalTo(1)).body("forecast.pace", equalTo("BEHIND"));
        String csv = fx.as(v.username(), Fixtures.PASSWORD).accept("text/csv").get("/api/v1/service-years/" + v.serviceYearId() + "/entries")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("volunteer;date;category;minutes;hours;activity;note"), csv);
        assertTrue(csv.contains(monday + ";SERVICE;300;5.00;COMMUNICATION"), csv);
    }

    @Test
    void exportsGiveEachRoleTheEntriesItMaySeeAsCsvAndXlsx() throws Exception {
        Map.Entry<String, Long> ownTutor = fx.person("TUTOR");
        Fixtures.Volunteer mine = fx.volunteer(ownTutor.getValue(), mondayWeeksAgo(10));
        Fixtures.Volunteer other = newVolunteer(10);
        log(mine, mondayWeeksAgo(2), "SERVICE", 120, "TESTIMONIES").then().statusCode(201);
        fx.as(mine.username(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("date", mondayWeeksAgo(2).plusDays(1).toString(), "category", "SERVICE", "minutes", 60,
                        "activityType", "TESTIMONIES", "note", "=HYPERLINK(\"x\") & <b>"))
                .post("/api/v1/service-years/" + mine.serviceYearId() + "/entries").then().statusCode(201);
        log(other, mondayWeeksAgo(2), "SERVICE", 90, "COMMUNICATION").then().statusCode(201);

        // a tutor gets their volunteers' entries only
        List<String> tutorSees = fx.as(ownTutor.getKey(), Fixtures.PASSWORD).get("/api/v1/entries").then().statusCode(200)
                .extract().jsonPath().getList("serviceYearId", Object.class).stream().map(Object::toString).distinct().toList();
        assertEquals(List.of(Long.toString(mine.serviceYearId())), tutorSees);
        String csv = fx.as(ownTutor.getKey(), Fixtures.PASSWORD).accept("text/csv").get("/api/v1/entries").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("\"'=HYPERLINK"), "a formula is neutralised in CSV: " + csv);
        // a volunteer cannot ask for a project; a coordinator gets one project's entries, as XLSX
        fx.as(mine.username(), Fixtures.PASSWORD).get("/api/v1/entries?project=1").then().statusCode(403);
        long project = fx.as("coordinator").get("/api/v1/service-years/" + mine.serviceYearId()).then().extract().jsonPath().getLong("projectId");
        byte[] xlsx = fx.as("coordinator").get("/api/v1/entries?format=xlsx&project=" + project).then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        String sheet = null;
        // read as spreadsheet programs do, through the zip's central directory (the file is streamed, with data descriptors)
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ore", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            StringBuilder text = new StringBuilder();
            // the sheet's cells, and the texts they share (FastExcel writes a shared-strings table)
            for (String name : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")) {
                java.util.zip.ZipEntry e = zip.getEntry(name);
                if (e != null) {
                    text.append(new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            sheet = text.length() == 0 ? null : text.toString();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertTrue(sheet != null && sheet.contains("Test " + mine.username()) && !sheet.contains("Test " + other.username()), sheet);
        assertTrue(sheet.contains("&lt;b&gt;"), "markup is escaped in the sheet");
        assertTrue(sheet.contains("'=HYPERLINK") || sheet.contains("&apos;=HYPERLINK"), "a formula is neutralised in XLSX too");
        assertFalse(sheet.contains("<f>"), "no cell of the export is a formula");
        fx.as("coordinator").get("/api/v1/entries?format=pdf").then().statusCode(400);
    }

    // ---------------------------------------------------------------- in the browser

    @Test
    void aVolunteerFillsAWeekInTheGridSubmitsTheMonthAndTheTutorApprovesIt() throws Exception {
        Fixtures.Volunteer v = newVolunteer(12);
        int back = 1;
        while (!YearMonth.from(mondayWeeksAgo(back)).equals(YearMonth.from(mondayWeeksAgo(back).plusDays(6)))) {
            back++;
        }
        LocalDate monday = mondayWeeksAgo(back);
        YearMonth month = YearMonth.from(monday);
        org.openqa.selenium.chrome.ChromeDriver browser = Browser.start();
        try {
            var wait = Browser.waitFor(browser);
            signIn(browser, wait, v.username(), Fixtures.PASSWORD);
            browser.get(fx.url("/volunteer/week.xhtml"));
            for (int i = 0; i < back; i++) {
                String before = browser.findElement(org.openqa.selenium.By.id("weekLabel")).getText();
                browser.findElement(org.openqa.selenium.By.id("weekForm:prev")).click();
                wait.until(d -> !d.findElement(org.openqa.selenium.By.id("weekLabel")).getText().equals(before));
            }
            // Monday to Friday: 6 h of service with an activity; Monday also 1 h of specific training
            for (int i = 0; i < 5; i++) {
                browser.findElement(org.openqa.selenium.By.id("weekForm:cell_SERVICE_" + i + "_input")).sendKeys("6");
                new org.openqa.selenium.support.ui.Select(browser.findElement(org.openqa.selenium.By.id("weekForm:activity_" + i)))
                        .selectByValue("ADMINISTRATIVE_SUPPORT");
            }
            browser.findElement(org.openqa.selenium.By.id("weekForm:cell_SPECIFIC_TRAINING_0_input")).sendKeys("1");
            // Saturday: 9 h breaks the daily maximum: the error shows under that cell and nothing is saved
            browser.findElement(org.openqa.selenium.By.id("weekForm:cell_SERVICE_5_input")).sendKeys("9");
            new org.openqa.selenium.support.ui.Select(browser.findElement(org.openqa.selenium.By.id("weekForm:activity_5")))
                    .selectByValue("COMMUNICATION");
            browser.findElement(org.openqa.selenium.By.id("weekForm:save")).click();
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("weekForm"), "il massimo giornaliero è 8 h"));
            // the refused cell is marked invalid, tied to its message, and focused
            wait.until(d -> "true".equals(d.findElement(org.openqa.selenium.By.id("weekForm:cell_SERVICE_5_input")).getAttribute("aria-invalid")));
            // the page ties the message to the field and moves the focus just after the update is in place
            wait.until(d -> "weekForm:cell_SERVICE_5_input".equals(d.switchTo().activeElement().getAttribute("id")));
            var refused = browser.findElement(org.openqa.selenium.By.id("weekForm:cell_SERVICE_5_input"));
            String describedBy = refused.getAttribute("aria-describedby");
            assertTrue(describedBy != null && browser.findElement(org.openqa.selenium.By.id(describedBy.split(" ")[0])).getText()
                    .contains("il massimo giornaliero"), "the error is tied to its field: " + describedBy);
            var focused = browser.switchTo().activeElement();
            assertEquals("true", focused.getAttribute("aria-invalid"), "focus moves to the first field in error: " + focused.getAttribute("id"));
            assertEquals(0, entryCount(v), "all or nothing");
            var saturday = browser.findElement(org.openqa.selenium.By.id("weekForm:cell_SERVICE_5_input"));
            saturday.clear();
            browser.executeScript("document.getElementById('weekForm:cell_SERVICE_5_input').value='';"
                    + "document.getElementById('weekForm:cell_SERVICE_5_hinput').value='';");
            browser.findElement(org.openqa.selenium.By.id("weekForm:save")).click();
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    org.openqa.selenium.By.id("messages"), "Settimana salvata"));
            assertEquals(6, entryCount(v));

            browser.get(fx.url("/year/month.xhtml?id=" + v.serviceYearId() + "&month=" + month));
            browser.findElement(org.openqa.selenium.By.id("decision:submit")).click();
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                    org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(org.openqa.selenium.By.id("monthStatus"), "Inviato"));
            browser.findElement(org.openqa.selenium.By.id("signOut")).click();
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("signedOut")));

            signIn(browser, wait, "tutor", "demo");
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/tutor/home.xhtml"));
            browser.get(fx.url("/year/month.xhtml?id=" + v.serviceYearId() + "&month=" + month));
            assertTrue(Browser.element(browser, org.openqa.selenium.By.id("totals")).getText().contains("30 h"), "30 h of service in the month");
            // the decision card puts what the tutor must weigh next to the buttons: the month's total and the
            // weeks without a check-in, which is why a reason is needed to approve
            String card = browser.findElement(org.openqa.selenium.By.id("decision:decisionCard")).getText();
            assertTrue(card.contains("Ore del mese: 31 h"), card); // 5 × 6 h of service and 1 h of training
            assertTrue(browser.findElement(org.openqa.selenium.By.id("decision:noCheckInNotice")).isDisplayed());
            browser.findElement(org.openqa.selenium.By.id("decision:reason")).sendKeys("Incontri svolti al telefono");
            browser.findElement(org.openqa.selenium.By.id("decision:approve")).click();
            // nothing happens before the tutor confirms
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                    org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes")));
            assertEquals("Inviato", browser.findElement(org.openqa.selenium.By.id("monthStatus")).getText());
            browser.findElement(org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes")).click();
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(org.openqa.selenium.By.id("monthStatus"), "Approvato"));
            assertTrue(browser.findElement(org.openqa.selenium.By.id("history")).getText().contains("Marco Ferri"));
        } finally {
            browser.quit();
        }
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/timesheets/" + month)
                .then().body("status", equalTo("APPROVED")).body("monthMinutes.SERVICE", equalTo(5 * 360))
                .body("monthMinutes.SPECIFIC_TRAINING", equalTo(60));
    }

    private void signIn(org.openqa.selenium.chrome.ChromeDriver browser, org.openqa.selenium.support.ui.WebDriverWait wait,
            String user, String password) {
        browser.get(fx.url("/login.xhtml"));
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("loginForm")));
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.id("signIn")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    // ---------------------------------------------------------------- a fixed number of queries

    @Test
    void theDashboardRunsTheSameNumberOfQueriesForAFewEntriesAndForAFullYear() throws Exception {
        Fixtures.Volunteer small = newVolunteer(52);
        Fixtures.Volunteer full = newVolunteer(52);
        log(small, mondayWeeksAgo(50), "SERVICE", 300, "COMMUNICATION").then().statusCode(201);
        int logged = 0;
        for (LocalDate d = mondayWeeksAgo(52); d.isBefore(today()); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                log(full, d, "SERVICE", 330, "ADMINISTRATIVE_SUPPORT").then().statusCode(201);
                logged++;
            }
        }
        assertTrue(logged > 200, "a full year: " + logged + " entries");
        long fewQueries = queriesOf(() -> fx.as(small.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + small.serviceYearId() + "/status")
                .then().statusCode(200));
        long fullQueries = queriesOf(() -> fx.as(full.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + full.serviceYearId() + "/status")
                .then().statusCode(200));
        assertEquals(fewQueries, fullQueries, "queries for 1 entry vs " + logged + " entries");
        assertTrue(fullQueries <= 12, "a handful of queries, was " + fullQueries);
    }

    /** SELECT statements the database ran while {@code call} ran (the server's own counter). */
    private static long queriesOf(Runnable call) throws Exception {
        EmbeddedMariaDb db = MariaDbExtension.server();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            call.run(); // warm: the first call of a year may load lazily what later calls reuse
            long before = selects(c);
            call.run();
            long after = selects(c);
            return after - before;
        }
    }

    private static long selects(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
            r.next();
            return r.getLong(2);
        }
    }
}
