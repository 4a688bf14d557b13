package it.milano.levacivica.portal.it;

import static io.restassured.RestAssured.given;
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

    // ---------------------------------------------------------------- 3. subject access and portability

    @Test
    void aVolunteerDownloadsEverythingAboutThemNothingAboutOthersAndTheCopyIsAudited() {
        LocalDate today = LocalDate.now(ROME);
        Fixtures.Volunteer v = fx.volunteer(fx.idOf("tutor"), today.minusWeeks(10));
        Fixtures.Volunteer other = fx.volunteer(fx.idOf("tutor"), today.minusWeeks(10));
        LocalDate day = today.minusWeeks(2).with(java.time.DayOfWeek.WEDNESDAY);
        for (Fixtures.Volunteer x : List.of(v, other)) {
            fx.as(x.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("date", day.toString(), "category", "SERVICE",
                    "minutes", 180, "activityType", "COMMUNICATION", "note", "Nota di " + x.username()))
                    .post("/api/v1/service-years/" + x.serviceYearId() + "/entries").then().statusCode(201);
            fx.as(x.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("date", day.plusDays(1).toString(), "type", "SICKNESS"))
                    .post("/api/v1/service-years/" + x.serviceYearId() + "/absences").then().statusCode(201);
            fx.as("tutor").contentType(ContentType.JSON).body(Map.of("serviceYearIds", List.of(x.serviceYearId()), "heldAt", day + "T09:00",
                    "mode", "PHONE", "minutes", 30, "activityType", "COMMUNICATION", "summary", "Incontro con " + x.username(),
                    "tasks", List.of(Map.of("title", "Compito per " + x.username(), "activityType", "COMMUNICATION",
                            "dueDate", today.plusDays(3).toString())))).post("/api/v1/check-ins").then().statusCode(201);
        }
        Response copy = fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/me/personal-data");
        copy.then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
                .body("account.username", equalTo(v.username()))
                .body("account.email", equalTo(v.username() + "@example.org"))
                .body("serviceYears.size()", equalTo(1))
                .body("serviceYears[0].id", equalTo((int) v.serviceYearId()))
                .body("serviceYears[0].tutor", equalTo("Marco Ferri"))
                .body("serviceYears[0].entries.note", org.hamcrest.Matchers.hasItem("Nota di " + v.username()))
                .body("serviceYears[0].absences[0].type", equalTo("SICKNESS"))
                .body("serviceYears[0].checkIns[0].summary", equalTo("Incontro con " + v.username()))
                .body("serviceYears[0].tasks[0].title", equalTo("Compito per " + v.username()));
        String json = copy.asString();
        assertFalse(json.contains(other.username()), "nothing about another volunteer");
        assertFalse(json.contains("passwordHash") || json.contains("securityStamp") || json.contains("pbkdf2"), "no credentials");
        // the audit about them: the account's creation by the administrator, their own sign-ins' traces, the year
        List<String> actions = copy.jsonPath().getList("audit.action");
        assertTrue(actions.contains("CREATE"), actions.toString());
        // the copy itself is audited; the next copy shows it
        assertTrue(audit("recordType=PERSON&recordId=" + v.personId()).stream().anyMatch(a -> "EXPORT_PERSONAL_DATA".equals(a.get("action"))
                && v.username().equals(a.get("actor"))));
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/me/personal-data").then().body("audit.action", org.hamcrest.Matchers.hasItem("EXPORT_PERSONAL_DATA"));
        // the same as a readable PDF
        Response pdf = fx.as(v.username(), Fixtures.PASSWORD).accept("application/pdf").get("/api/v1/me/personal-data.pdf?lang=en");
        pdf.then().statusCode(200).contentType("application/pdf");
        String text = pdfText(pdf.asByteArray());
        assertTrue(text.contains("Test " + v.username()) && text.contains("Nota di " + v.username()), text);
        assertTrue(text.contains("Copy of personal data") && text.contains("Hours logged"), text);
        assertFalse(text.contains(other.username()), "nothing about others in the PDF");
        // anyone signed in gets their own, and only their own; nobody else's by any path
        fx.as("tutor").get("/api/v1/me/personal-data").then().statusCode(200).body("account.username", equalTo("tutor"))
                .body("serviceYears.size()", equalTo(0));
        given().baseUri(fx.url("")).get("/api/v1/me/personal-data").then().statusCode(401);
    }

    /** The text of a PDF made by OpenPDF, read back with its own parser. */
    private static String pdfText(byte[] pdf) {
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder out = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                out.append(extractor.getTextFromPage(i)).append('\n');
            }
            return out.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theResponsibleSocialWorkerMakesAMembersCopyWithTheCaseButNoOtherMemberAndNobodyElseCan() {
        String sw = socialWorker(6);
        String colleague = socialWorker(6);
        String elsewhere = socialWorker(7);
        long caseId = newCase(sw, Map.of());
        long anna = member(sw, caseId, "Anna Esempio");
        member(sw, caseId, "Bruno Altrapersona");
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("to", "FIRST_INTERVIEW", "note", "Primo colloquio svolto"))
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200);
        String path = "/api/v1/cases/" + caseId + "/members/" + anna + "/personal-data";
        Response copy = fx.as(sw, Fixtures.PASSWORD).get(path);
        copy.then().statusCode(200)
                .body("member.fullName", equalTo("Anna Esempio"))
                .body("member.birthDate", equalTo("1980-05-17"))
                .body("ssptCase.householdSize", equalTo(2))
                .body("ssptCase.summary", equalTo("Sommario di prova (fittizio)"))
                .body("ssptCase.phases[0].note", equalTo("Primo colloquio svolto"))
                .body("audit.action", org.hamcrest.Matchers.hasItems("CREATE", "ADD_MEMBER", "TRANSITION"));
        assertFalse(copy.asString().contains("Bruno Altrapersona"), "nothing about the other member");
        assertTrue(audit("recordType=CASE_MEMBER&recordId=" + anna).stream().anyMatch(a -> "EXPORT_PERSONAL_DATA".equals(a.get("action"))));
        String text = pdfText(fx.as(sw, Fixtures.PASSWORD).accept("application/pdf").get(path + ".pdf").then().statusCode(200).extract().asByteArray());
        assertTrue(text.contains("Anna Esempio") && text.contains("Copia dei dati personali"), text);
        assertFalse(text.contains("Bruno Altrapersona"));
        // a colleague of the Municipio who is not on the case: 403; another Municipio and other roles: 404/403
        fx.as(colleague, Fixtures.PASSWORD).get(path).then().statusCode(403);
        fx.as(elsewhere, Fixtures.PASSWORD).get(path).then().statusCode(404);
        for (String nobody : List.of("coordinator", "admin", "volunteer", "tutor")) {
            fx.as(nobody).get(path).then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));
        }
        // a collaborator may make it
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("personId", fx.idOf(colleague, Fixtures.PASSWORD)))
                .post("/api/v1/cases/" + caseId + "/collaborators").then().statusCode(201);
        fx.as(colleague, Fixtures.PASSWORD).get(path).then().statusCode(200);
        // a member of another case is not found through this one
        long otherCase = newCase(sw, Map.of());
        long stranger = member(sw, otherCase, "Carlo Esempio");
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + caseId + "/members/" + stranger + "/personal-data").then().statusCode(404);
    }

    // ---------------------------------------------------------------- 4. rectification and restriction

    @Test
    void theResponsibleCorrectsAMemberAndTheHistoryIsKept() {
        String sw = socialWorker(6);
        String colleague = socialWorker(6);
        long caseId = newCase(sw, Map.of());
        long m = member(sw, caseId, "Mariu Esempio");
        String path = "/api/v1/cases/" + caseId + "/members/" + m;
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("fullName", "Mario Esempio")).put(path)
                .then().statusCode(400).body("errors", org.hamcrest.Matchers.hasKey("reason"));
        fx.as(colleague, Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Mario Esempio", "reason", "refuso")).put(path).then().statusCode(403);
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Mario Esempio", "birthDate", "1980-05-18", "relation", "richiedente", "reason", "Refuso nel nome, verificato sul documento"))
                .put(path).then().statusCode(200).body("fullName", equalTo("Mario Esempio")).body("birthDate", equalTo("1980-05-18"));
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("household[0].fullName", equalTo("Mario Esempio"))
                .body("corrections.size()", equalTo(1))
                .body("corrections[0].oldFullName", equalTo("Mariu Esempio"))
                .body("corrections[0].oldBirthDate", equalTo("1980-05-17"))
                .body("corrections[0].reason", equalTo("Refuso nel nome, verificato sul documento"))
                .body("corrections[0].changedBy", equalTo("Test " + sw));
        fx.as(sw, Fixtures.PASSWORD).get(path + "/personal-data").then().body("member.corrections[0].oldFullName", equalTo("Mariu Esempio"));
        List<Map<String, Object>> trail = audit("recordType=CASE&recordId=" + caseId);
        assertTrue(trail.stream().anyMatch(a -> "RECTIFY".equals(a.get("action")) && ("member " + m).equals(a.get("detail"))), trail.toString());
        assertFalse(trail.toString().contains("Mariu"), "no member's name in the audit trail");
    }

    @Test
    void aRestrictedCaseIsReadOnlyAndEveryReadNeedsAReasonThatIsRecorded() {
        String sw = socialWorker(6);
        String colleague = socialWorker(6);
        long caseId = newCase(sw, Map.of());
        long m = member(sw, caseId, "Dario Esempio");
        String path = "/api/v1/cases/" + caseId;
        fx.as(colleague, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("restricted", true, "reason", "x"))
                .post(path + "/restriction").then().statusCode(403);
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("restricted", true))
                .post(path + "/restriction").then().statusCode(400).body("errors", org.hamcrest.Matchers.hasKey("reason"));
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("restricted", true, "reason", "La persona contesta i dati"))
                .post(path + "/restriction").then().statusCode(200).body("restricted", equalTo(true));
        // reads need a reason
        fx.as(sw, Fixtures.PASSWORD).get(path).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/reason-required"));
        fx.as(colleague, Fixtures.PASSWORD).get(path).then().statusCode(403).body("type", equalTo("/problems/reason-required"));
        fx.as(sw, Fixtures.PASSWORD).get(path + "/members/" + m + "/personal-data").then().statusCode(403);
        fx.as(sw, Fixtures.PASSWORD).header("X-Access-Reason", "verifica%20richiesta%20dall%E2%80%99interessato").get(path).then().statusCode(200)
                .body("ssptCase.restricted", equalTo(true)).body("editable", equalTo(false));
        fx.as(sw, Fixtures.PASSWORD).header("X-Access-Reason", "copia per la persona").get(path + "/members/" + m + "/personal-data")
                .then().statusCode(200).body("ssptCase.restricted", equalTo(true));
        fx.as(sw, Fixtures.PASSWORD).header("X-Access-Reason", "elenco").get("/api/v1/rst/cases/" + caseId + "/placements").then().statusCode(200);
        List<Map<String, Object>> trail = audit("recordType=CASE&recordId=" + caseId);
        assertTrue(trail.stream().anyMatch(a -> "READ_RESTRICTED".equals(a.get("action"))
                && String.valueOf(a.get("detail")).endsWith("reason: verifica richiesta dall\u2019interessato")), trail.toString());
        assertTrue(trail.stream().anyMatch(a -> "DENIED_READ".equals(a.get("action"))), "a read without a reason is recorded as refused");
        assertTrue(trail.stream().anyMatch(a -> "RESTRICT".equals(a.get("action")) && String.valueOf(a.get("detail")).contains("La persona contesta i dati")));
        // read only: no change, not even by the responsible
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("to", "FIRST_INTERVIEW"))
                .post(path + "/transitions").then().statusCode(423).body("type", equalTo("/problems/case-restricted"));
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("fullName", "Altro", "reason", "x"))
                .put(path + "/members/" + m).then().statusCode(423);
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("fullName", "Altra persona"))
                .post(path + "/members").then().statusCode(423);
        // lifted: readable without a reason, changes again
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("restricted", false, "reason", "Verifica conclusa"))
                .post(path + "/restriction").then().statusCode(200).body("restricted", equalTo(false));
        fx.as(sw, Fixtures.PASSWORD).get(path).then().statusCode(200).body("editable", equalTo(true));
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("to", "FIRST_INTERVIEW"))
                .post(path + "/transitions").then().statusCode(200);
    }

    // ---------------------------------------------------------------- 5. small cells, 6. minimisation

    @Test
    void coordinatorsNeverSeeACountOfOneOrTwoAndSmallCellsHaveAComplement() {
        String sw = socialWorker(3);
        newCase(sw, Map.of());
        // the cases of Municipio 3 as its social worker sees them (other test classes may have opened some)
        int inThree = fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases?limit=500").then().statusCode(200).extract().jsonPath().getList("id").size();
        JsonPath stats = fx.as("coordinator").get("/api/v1/case-statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(3, stats.getInt("minCell"));
        for (String table : List.of("byMunicipio", "byLevel", "byTargetGroup", "byPhase", "openedPerMonth", "closedPerMonth")) {
            Map<String, Map<String, Object>> cells = stats.getMap(table + ".cells");
            for (var e : cells.entrySet()) {
                Object value = e.getValue().get("value");
                assertTrue(value == null || ((Number) value).longValue() == 0 || ((Number) value).longValue() >= 3, table + " " + e);
            }
            boolean small = cells.values().stream().anyMatch(c -> "SMALL".equals(c.get("suppressed")));
            boolean complement = cells.values().stream().anyMatch(c -> "COMPLEMENT".equals(c.get("suppressed")));
            assertTrue(!small || complement, table + ": a small cell is hidden with a complement: " + cells);
        }
        Map<String, Object> three = stats.getMap("byMunicipio.cells.'3'");
        if (inThree < 3) {
            assertTrue(stats.getBoolean("byMunicipio.withheld") || (three != null && three.get("value") == null
                    && "SMALL".equals(three.get("suppressed"))), inThree + " cases in Municipio 3 are not shown: " + stats.getMap("byMunicipio"));
        } else {
            assertTrue(stats.getBoolean("byMunicipio.withheld") || three.get("value") == null || ((Number) three.get("value")).intValue() == inThree,
                    "a count is shown as it is, or hidden: " + three);
        }
        // the page says "< 3"
        String page = fx.page("coordinator", "demo", "/coordinator/statistics.xhtml");
        assertTrue(page.contains("&lt; 3") || page.contains("< 3"), "the page shows small cells as < 3");
        // occupancy: no count of 1 or 2 either
        List<Object> smallOccupancy = fx.as("coordinator").get("/api/v1/rst/occupancy").then().statusCode(200).extract().jsonPath()
                .getList("occupied.flatten().findAll { it.places != null && it.places > 0 && it.places < 3 }");
        assertEquals(List.of(), smallOccupancy);
    }

    @Test
    void coordinatorsCountCheckInsAndTasksWithoutReadingTheirTexts() {
        LocalDate today = LocalDate.now(ROME);
        Fixtures.Volunteer v = fx.volunteer(fx.idOf("tutor"), today.minusWeeks(6));
        LocalDate day = today.minusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        long checkInId = fx.as("tutor").contentType(ContentType.JSON).body(Map.of("serviceYearIds", List.of(v.serviceYearId()), "heldAt", day + "T10:00",
                "mode", "IN_PERSON", "minutes", 30, "activityType", "COMMUNICATION", "summary", "Parlato di questioni personali",
                "tasks", List.of(Map.of("title", "Testo riservato del compito", "activityType", "COMMUNICATION", "dueDate", today.plusDays(2).toString()))))
                .post("/api/v1/check-ins").then().statusCode(201).extract().jsonPath().getLong("[0].id");
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/check-ins/" + checkInId + "/confirm")
                .then().statusCode(200);
        String checkIns = "/api/v1/service-years/" + v.serviceYearId() + "/check-ins";
        String tasks = "/api/v1/service-years/" + v.serviceYearId() + "/tasks";
        fx.as("tutor").get(checkIns).then().body("[0].summary", equalTo("Parlato di questioni personali"));
        fx.as(v.username(), Fixtures.PASSWORD).get(tasks).then().body("[0].title", equalTo("Testo riservato del compito"));
        fx.as("coordinator").get(checkIns).then().statusCode(200).body("size()", equalTo(1)).body("[0].summary", equalTo(null))
                .body("[0].minutes", equalTo(30));
        fx.as("coordinator").get(tasks).then().statusCode(200).body("size()", equalTo(1)).body("[0].title", equalTo(null))
                .body("[0].status", equalTo("OPEN"));
        String month = fx.page("coordinator", "demo", "/year/month.xhtml?id=" + v.serviceYearId() + "&month=" + java.time.YearMonth.from(day));
        assertTrue(month.contains("id=\"checkIns\""), "the confirmed check-in is listed, without its text");
        assertTrue(fx.page("tutor", "demo", "/year/month.xhtml?id=" + v.serviceYearId() + "&month=" + java.time.YearMonth.from(day))
                .contains("Parlato di questioni personali"), "its tutor reads it");
        assertFalse(month.contains("Parlato di questioni personali"), "the month page shows a coordinator no check-in text");
    }

    @Test
    void thePrivacyNoticeIsPublicLinkedFromTheSignInPageInItalianAndEnglish() {
        String login = given().baseUri(fx.url("")).get("/login.xhtml").then().statusCode(200).extract().asString();
        assertTrue(login.contains("privacy.xhtml"), "the sign-in page links the notice");
        given().baseUri(fx.url("")).redirects().follow(false).get("/privacy.xhtml").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Informativa sul trattamento dei dati personali"))
                .body(org.hamcrest.Matchers.containsString("90 giorni"));
        given().baseUri(fx.url("")).redirects().follow(false).get("/privacy.xhtml?lang=en").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Privacy notice"));
    }
}
