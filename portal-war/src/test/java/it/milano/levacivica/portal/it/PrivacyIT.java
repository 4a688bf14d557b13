package it.milano.levacivica.portal.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import it.milano.levacivica.portal.demo.EmbeddedMariaDb;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
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
 * Privacy by design (issue 15) on Payara Micro against a real MariaDB: retention with the server's clock moved
 * forward (before and after each period), the subject-access exports (everything about the person, nothing about
 * others, each audited), rectification with history, restriction, small-cell suppression in what coordinators
 * read, and minimisation of check-in and task texts.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class PrivacyIT {

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
        moveClock(0);
    }

    // ---------------------------------------------------------------- helpers

    /** Moves the server's clock to the system's time plus {@code days}; @return the server's day then */
    private LocalDate moveClock(long days) {
        Instant now = Instant.parse(fx.as("admin").contentType(ContentType.JSON).body(Map.of("days", days)).put("/api/v1/test/clock")
                .then().statusCode(200).body("offsetDays", equalTo((int) days)).extract().jsonPath().getString("now"));
        return LocalDate.ofInstant(now, ROME);
    }

    private JsonPath runRetention() {
        return fx.as("admin").contentType(ContentType.JSON).post("/api/v1/retention/run").then().statusCode(200)
                .body("ran", equalTo(true)).extract().jsonPath();
    }

    private String socialWorker(int municipio) {
        String username = Fixtures.unique("sw");
        fx.as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", username, "fullName", "Test " + username, "email", username + "@example.org",
                        "password", Fixtures.PASSWORD, "roles", List.of("SOCIAL_WORKER"), "municipio", municipio))
                .post("/api/v1/people").then().statusCode(201);
        return username;
    }

    private long newCase(String sw, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("level", "FIRST", "accessChannel", "IN_PERSON", "targetGroup", "ADULTS",
                "summary", "Sommario di prova (fittizio)"));
        body.putAll(extra);
        return fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static final Map<String, Object> COURT_ORDER = Map.of("level", "SECOND", "courtAuthority", "Tribunale per i Minorenni",
            "courtOrderRef", "R.G. 0/2026 (fittizio)", "courtOrderDate", "2026-01-15");

    private long member(String sw, long caseId, String name) {
        return fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("fullName", name, "birthDate", "1980-05-17",
                "relation", "richiedente")).post("/api/v1/cases/" + caseId + "/members").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void close(String sw, long caseId) {
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("to", "CLOSED", "outcome", "ORIENTED_ELSEWHERE", "note", "Nota di chiusura"))
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200);
    }

    private static Connection owner() throws SQLException {
        EmbeddedMariaDb db = MariaDbExtension.server();
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection c = owner(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<Map<String, Object>> audit(String query) {
        return fx.as("admin").get("/api/v1/audit?" + query).then().statusCode(200).extract().jsonPath().getList("$");
    }

    // ---------------------------------------------------------------- 2. retention, with the clock moved forward

    @Test
    void theClockMovesOnlyForAnAdministratorOfTheTestProfile() {
        fx.as("coordinator").contentType(ContentType.JSON).body(Map.of("days", 3)).put("/api/v1/test/clock").then().statusCode(403);
        fx.as("admin").contentType(ContentType.JSON).post("/api/v1/retention/run").then().statusCode(200);
        fx.as("coordinator").contentType(ContentType.JSON).post("/api/v1/retention/run").then().statusCode(403);
        fx.as("admin").get("/api/v1/retention").then().statusCode(200).body("loginFailureDays", equalTo(90))
                .body("closedCaseYears", equalTo(5)).body("serviceYearTextYears", equalTo(2));
    }

    @Test
    void eachRetentionRuleAppliesAfterItsPeriodAndNotBeforeAndALegalHoldKeepsItsCase() throws Exception {
        LocalDate today = moveClock(0);
        // a failed sign-in, today
        String nobody = Fixtures.unique("nobody");
        fx.as(nobody, "wrong-password-1").header("X-Forwarded-For", "198.51.100.77").get("/api/v1/me").then().statusCode(401);
        String failures = "select count(*) from login_failure where username = ?";
        assertEquals(1, count(failures, nobody));

        // two closed cases with household data, one under a court order (a legal hold)
        String sw = socialWorker(4);
        long plain = newCase(sw, Map.of());
        long plainMember = member(sw, plain, "Mario Esempio");
        close(sw, plain);
        long held = newCase(sw, COURT_ORDER);
        member(sw, held, "Carla Esempio");
        close(sw, held);
        String plainCode = fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + plain).then().extract().jsonPath().getString("ssptCase.code");
        String heldCode = fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + held).then().extract().jsonPath().getString("ssptCase.code");

        // a service year that ended a few weeks ago, with a note, a check-in and a task
        Fixtures.Volunteer v = fx.volunteer(fx.idOf("tutor"), today.minusYears(1).minusWeeks(6));
        LocalDate yearEnd = LocalDate.parse(fx.as("coordinator").get("/api/v1/service-years/" + v.serviceYearId()).then().statusCode(200)
                .extract().jsonPath().getString("endDate"));
        LocalDate served = yearEnd.minusWeeks(3).with(java.time.DayOfWeek.TUESDAY);
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("date", served.toString(), "category", "SERVICE",
                "minutes", 120, "activityType", "TESTIMONIES", "note", "Nota del volontario da cancellare"))
                .post("/api/v1/service-years/" + v.serviceYearId() + "/entries").then().statusCode(201);
        fx.as("tutor").contentType(ContentType.JSON).body(Map.of("serviceYearIds", List.of(v.serviceYearId()), "heldAt", served + "T09:00",
                "mode", "IN_PERSON", "minutes", 30, "activityType", "ADMINISTRATIVE_SUPPORT", "summary", "Sommario dell'incontro da cancellare",
                "tasks", List.of(Map.of("title", "Compito da cancellare", "activityType", "COMMUNICATION", "dueDate", served.plusDays(2).toString()))))
                .post("/api/v1/check-ins").then().statusCode(201);
        String entries = "/api/v1/service-years/" + v.serviceYearId() + "/entries";
        String checkIns = "/api/v1/service-years/" + v.serviceYearId() + "/check-ins";
        String tasks = "/api/v1/service-years/" + v.serviceYearId() + "/tasks";

        long caseDays = ChronoUnit.DAYS.between(today, today.plusYears(5));
        long yearDays = ChronoUnit.DAYS.between(today, yearEnd.plusYears(2));

        // 89 days on: everything is kept
        moveClock(89);
        runRetention();
        assertEquals(1, count(failures, nobody), "a sign-in failure is kept 90 days");
        // 91 days on: the sign-in failure is gone, and the erasure is audited
        moveClock(91);
        assertTrue(runRetention().getInt("loginFailuresErased") >= 1);
        assertEquals(0, count(failures, nobody));
        assertTrue(audit("recordType=LOGIN_FAILURE").stream().anyMatch(a -> "ERASE".equals(a.get("action"))));

        // the day before the service year's texts are due: kept
        moveClock(yearDays - 1);
        assertFalse(runRetention().getList("serviceYearsErased").contains((int) v.serviceYearId()));
        fx.as(v.username(), Fixtures.PASSWORD).get(entries).then().body("[0].note", equalTo("Nota del volontario da cancellare"));
        // two years after its end: notes, check-in summaries and task texts are erased, the hours stay
        moveClock(yearDays);
        assertTrue(runRetention().getList("serviceYearsErased").contains((int) v.serviceYearId()));
        fx.as(v.username(), Fixtures.PASSWORD).get(entries).then().statusCode(200).body("[0].note", equalTo(null)).body("[0].minutes", equalTo(120));
        fx.as(v.username(), Fixtures.PASSWORD).get(checkIns).then().statusCode(200).body("[0].summary", equalTo("—"));
        fx.as(v.username(), Fixtures.PASSWORD).get(tasks).then().statusCode(200).body("[0].title", equalTo("—"));
        assertTrue(audit("recordType=SERVICE_YEAR&recordId=" + v.serviceYearId()).stream().anyMatch(a -> "ERASE_TEXTS".equals(a.get("action"))));
        // the closed case is not due yet
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + plain).then().body("household[0].fullName", equalTo("Mario Esempio"));

        // five years after closing, to the day: kept
        moveClock(caseDays);
        JsonPath notYet = runRetention();
        assertFalse(notYet.getList("casesPseudonymised").contains(plainCode), notYet.prettify());
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + plain).then().body("household[0].fullName", equalTo("Mario Esempio"));
        // the day after: pseudonymised, the counts kept; the case under a court order is held untouched
        moveClock(caseDays + 1);
        JsonPath done = runRetention();
        assertTrue(done.getList("casesPseudonymised").contains(plainCode), done.prettify());
        assertTrue(done.getList("casesHeld").contains(heldCode), done.prettify());
        assertFalse(done.getList("casesPseudonymised").contains(heldCode));
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + plain).then().statusCode(200)
                .body("household.size()", equalTo(1))
                .body("household[0].id", equalTo((int) plainMember))
                .body("household[0].fullName", equalTo("Persona 1"))
                .body("household[0].birthDate", equalTo(null))
                .body("summary", equalTo(null))
                .body("ssptCase.phase", equalTo("CLOSED"))
                .body("ssptCase.outcome", equalTo("ORIENTED_ELSEWHERE"))
                .body("timeline[0].note", equalTo(null));
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + held).then().statusCode(200)
                .body("household[0].fullName", equalTo("Carla Esempio")).body("summary", equalTo("Sommario di prova (fittizio)"));
        List<Map<String, Object>> trail = audit("recordType=CASE&recordId=" + plain);
        assertTrue(trail.stream().anyMatch(a -> "PSEUDONYMISE".equals(a.get("action")) && "admin".equals(a.get("actor"))), trail.toString());
        assertFalse(audit("recordType=CASE&recordId=" + held).stream().anyMatch(a -> "PSEUDONYMISE".equals(a.get("action"))));
        assertTrue(audit("recordType=JOB").stream().anyMatch(a -> "RETENTION".equals(a.get("action"))));
        // the audit trail itself is never erased, and its chain still holds
        fx.as("admin").get("/api/v1/audit/chain").then().statusCode(200).body("intact", equalTo(true));
    }
}
