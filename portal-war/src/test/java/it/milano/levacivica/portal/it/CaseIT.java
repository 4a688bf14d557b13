package it.milano.levacivica.portal.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
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
 * SSPT cases over HTTP and in the browser, on Payara Micro against a real MariaDB: every allowed and
 * refused transition, the court-reference rule, each access rule (other Municipio, non-responsible,
 * collaborator, coordinator, administrator, volunteer through a task) and the audit of reads.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class CaseIT {

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

    private String socialWorker(int municipio) {
        String username = Fixtures.unique("sw");
        fx.as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", username, "fullName", "Test " + username, "email", username + "@example.org",
                        "password", Fixtures.PASSWORD, "roles", List.of("SOCIAL_WORKER"), "municipio", municipio))
                .post("/api/v1/people").then().statusCode(201);
        return username;
    }

    private Response newCase(String sw, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("level", "FIRST", "accessChannel", "IN_PERSON", "targetGroup", "ELDERLY",
                "summary", "Anziana sola, Via Padova 12"));
        body.putAll(extra);
        return fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(body).post("/api/v1/cases");
    }

    private int move(String sw, long id, String to, String outcome) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to, "note", "passaggio a " + to));
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        return fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(body).post("/api/v1/cases/" + id + "/transitions").statusCode();
    }

    /** The statistics are kept between requests: each kind of write must still show in the next answer. */
    @Test
    void statisticsFollowEveryWriteToTheCases() {
        String sw = socialWorker(6);
        io.restassured.path.json.JsonPath first = fx.as("coordinator").get("/api/v1/case-statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(java.util.Set.of("value", "suppressed"), first.getMap("total").keySet(), "a count is {value, suppressed}, as docs/api.md says");
        int before = first.getInt("total.value");
        fx.as("coordinator").get("/api/v1/case-statistics").then().statusCode(200).body("total.value", equalTo(before));
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(newCase(sw, Map.of()).then().statusCode(201).extract().jsonPath().getLong("id"));
            fx.as("coordinator").get("/api/v1/case-statistics").then().statusCode(200).body("total.value", equalTo(before + i + 1));
        }
        // moves change no count of cases, only the phases: the answer must follow them as well
        Map<String, Object> phases = fx.as("coordinator").get("/api/v1/case-statistics").then().statusCode(200).extract().jsonPath()
                .getMap("byPhase");
        for (long id : ids) {
            assertEquals(200, move(sw, id, "FIRST_INTERVIEW", null));
        }
        Map<String, Object> moved = fx.as("coordinator").get("/api/v1/case-statistics").then().statusCode(200).extract().jsonPath()
                .getMap("byPhase");
        assertNotEquals(phases, moved, "three cases moved from reception to the first interview");
        fx.as("coordinator").get("/api/v1/case-statistics").then().statusCode(200).body("total.value", equalTo(before + 3));
        // the page shows the same total
        String page = fx.page("coordinator", "demo", "/coordinator/statistics.xhtml");
        assertTrue(page.matches("(?s).*id=\"totalCases\".*" + java.util.regex.Pattern.quote(
                java.text.NumberFormat.getIntegerInstance(java.util.Locale.ITALY).format(before + 3)) + ".*"), "the page's total");
    }

    @Test
    void casesMoveOnlyInTheSeedsOrderAndCloseWithAnOutcome() {
        String sw = socialWorker(4);
        Response created = newCase(sw, Map.of());
        created.then().statusCode(201).body("phase", equalTo("RECEPTION")).body("code", containsString("M4-"));
        long id = created.jsonPath().getLong("id");
        assertEquals(409, move(sw, id, "ANALYSIS", null), "no skipping forward");
        assertEquals(409, move(sw, id, "CLOSED", null), "reception closes only by orienting elsewhere");
        assertEquals(200, move(sw, id, "FIRST_INTERVIEW", null));
        assertEquals(409, move(sw, id, "RECEPTION", null), "no going back");
        assertEquals(200, move(sw, id, "ANALYSIS", null));
        assertEquals(409, move(sw, id, "MONITORING", null));
        assertEquals(200, move(sw, id, "PLANNING", null));
        assertEquals(200, move(sw, id, "MONITORING", null));
        assertEquals(200, move(sw, id, "PLANNING", null), "monitoring may return to planning");
        assertEquals(200, move(sw, id, "MONITORING", null));
        assertEquals(409, move(sw, id, "CLOSED", "GOALS_REACHED"), "closing needs a final evaluation");
        assertEquals(200, move(sw, id, "FINAL_EVALUATION", null));
        assertEquals(409, move(sw, id, "CLOSED", null), "closing needs the outcome");
        assertEquals(200, move(sw, id, "CLOSED", "GOALS_PARTLY_REACHED"));
        assertEquals(409, move(sw, id, "MONITORING", null), "a closed case stays closed");
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + id).then().statusCode(200)
                .body("ssptCase.outcome", equalTo("GOALS_PARTLY_REACHED"))
                .body("timeline.to", equalTo(List.of("FIRST_INTERVIEW", "ANALYSIS", "PLANNING", "MONITORING", "PLANNING", "MONITORING",
                        "FINAL_EVALUATION", "CLOSED")))
                .body("timeline[0].actor", equalTo("Test " + sw));

        long oriented = newCase(sw, Map.of()).jsonPath().getLong("id");
        assertEquals(200, move(sw, oriented, "CLOSED", "ORIENTED_ELSEWHERE"), "reception may end by orienting the person");
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("to", "NOWHERE"))
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(400).body("errors", hasKey("to"));
    }

    @Test
    void aSecondLevelCaseNeedsItsCourtReferenceAndNothingIsStoredWithout() {
        String sw = socialWorker(6);
        int before = fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases").then().extract().jsonPath().getList("id").size();
        Response refused = newCase(sw, Map.of("level", "SECOND"));
        refused.then().statusCode(400).body("errors", hasKey("courtAuthority")).body("errors", hasKey("courtOrderRef"));
        newCase(sw, Map.of("level", "SECOND", "courtAuthority", "Tribunale per i Minorenni", "courtOrderRef", "R.G. 99/2026"))
                .then().statusCode(400).body("errors", hasKey("courtOrderDate"));
        assertEquals(before, fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases").then().extract().jsonPath().getList("id").size(),
                "nothing stored");
        newCase(sw, Map.of("level", "SECOND", "courtAuthority", "Tribunale per i Minorenni", "courtOrderRef", "R.G. 99/2026",
                "courtOrderDate", "2026-10-01")).then().statusCode(201).body("level", equalTo("SECOND"));
    }

    @Test
    void onlyTheMunicipioSeesOnlyTheResponsibleOrACollaboratorChangesAndOthersSeeNothing() {
        String responsible = socialWorker(7);
        String colleague = socialWorker(7);
        String elsewhere = socialWorker(8);
        long id = newCase(responsible, Map.of()).jsonPath().getLong("id");
        String path = "/api/v1/cases/" + id;
        fx.as(elsewhere, Fixtures.PASSWORD).get(path).then().statusCode(404);
        fx.as(elsewhere, Fixtures.PASSWORD).get("/api/v1/cases").then().body("id", not(hasItem((int) id)));
        fx.as(colleague, Fixtures.PASSWORD).get(path).then().statusCode(200).body("editable", equalTo(false));
        assertEquals(403, move(colleague, id, "FIRST_INTERVIEW", null));
        long colleagueId = fx.idOf(colleague, Fixtures.PASSWORD);
        fx.as(colleague, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("personId", colleagueId))
                .post(path + "/collaborators").then().statusCode(403);
        fx.as(responsible, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("personId", colleagueId))
                .post(path + "/collaborators").then().statusCode(201);
        assertEquals(200, move(colleague, id, "FIRST_INTERVIEW", null), "a collaborator may change the case");

        for (String nobody : List.of("coordinator", "admin", "volunteer", "tutor")) {
            fx.as(nobody).get(path).then().statusCode(404);
            fx.as(nobody).contentType(ContentType.JSON).body(Map.of("to", "ANALYSIS")).post(path + "/transitions").then().statusCode(404);
        }
        fx.as("admin").get("/api/v1/cases").then().statusCode(403);
        // the coordinator gets counts, never personal data
        String stats = fx.as("coordinator").get("/api/v1/case-statistics").then().statusCode(200).extract().asString();
        assertTrue(stats.contains("\"7\"") || stats.contains("7:"), stats);
        assertTrue(!stats.contains("Via Padova"), "no personal data in statistics");
        fx.as("volunteer").get("/api/v1/case-statistics").then().statusCode(403);
    }

    @Test
    void aVolunteerReachesACaseOnlyThroughATaskAndSeesOnlyItsCode() {
        String sw = socialWorker(9);
        Response created = newCase(sw, Map.of());
        long id = created.jsonPath().getLong("id");
        String code = created.jsonPath().getString("code");
        Fixtures.Volunteer v = fx.volunteer(fx.idOf("tutor"), LocalDate.now().minusWeeks(8));
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("serviceYearId", v.serviceYearId(), "title", "Raccogliere la testimonianza", "activityType", "TESTIMONIES",
                        "dueDate", LocalDate.now().plusDays(3).toString()))
                .post("/api/v1/cases/" + id + "/tasks").then().statusCode(201);
        String tasks = fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/tasks")
                .then().statusCode(200).body("[0].caseCode", equalTo(code)).extract().asString();
        assertTrue(!tasks.contains("Via Padova") && !tasks.contains("ELDERLY"), "only the code: " + tasks);
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/cases/" + id).then().statusCode(404);
    }

    @Test
    void everyReadAndChangeIsAuditedAndOnlyTheAdministratorSearchesIt() {
        String sw = socialWorker(3);
        long id = newCase(sw, Map.of()).jsonPath().getLong("id");
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + id).then().statusCode(200);
        move(sw, id, "FIRST_INTERVIEW", null);
        Response audit = fx.as("admin").get("/api/v1/audit?recordType=CASE&recordId=" + id);
        audit.then().statusCode(200);
        List<String> actions = audit.jsonPath().getList("action");
        assertTrue(actions.containsAll(List.of("CREATE", "READ", "TRANSITION")), actions.toString());
        assertTrue(audit.jsonPath().getList("actor").stream().allMatch(sw::equals));
        fx.as("admin").get("/api/v1/audit?actor=" + sw + "&format=csv").then().statusCode(200).body(containsString("READ"));
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/audit").then().statusCode(403);
        fx.as("coordinator").get("/api/v1/audit").then().statusCode(403);
        fx.as("admin").contentType(ContentType.JSON).body(Map.of()).put("/api/v1/audit").then().statusCode(405);
        fx.as("admin").delete("/api/v1/audit").then().statusCode(405);
    }

    @Test
    void parallelReadsAndChangesAreEachAuditedOnceAndTheChainHolds() throws Exception {
        // reads are committed in shared batches, changes with their own transaction: both write the one chain
        String sw = socialWorker(4);
        long id = newCase(sw, Map.of()).jsonPath().getLong("id");
        int reads = 24;
        int changes = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < reads + changes; i++) {
                boolean read = i % 7 != 3;
                answers.add(pool.submit(() -> read ? fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + id).statusCode()
                        : newCase(sw, Map.of()).statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(reads, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(changes, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        List<String> actions = fx.as("admin").get("/api/v1/audit?recordType=CASE&recordId=" + id).then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertEquals(reads, actions.stream().filter("READ"::equals).count(), actions.toString());
        assertEquals(changes + 1, fx.as("admin").get("/api/v1/audit?recordType=CASE&limit=200&actor=" + sw).then().statusCode(200)
                .extract().jsonPath().getList("action").stream().filter("CREATE"::equals).count());
        fx.as("admin").get("/api/v1/audit/chain").then().statusCode(200).body("intact", equalTo(true));
    }

    /**
     * The overdue checks are chosen in the database now (issue 16): each condition of the rule is one intervention
     * here that must stay out, so a query that dropped one would fail.
     */
    @Test
    void overdueChecksAreTheOpenCasesInterventionsPastTheirDateInTheMunicipioOnly() {
        String sw = socialWorker(9);
        String elsewhere = socialWorker(3);
        String tag = Fixtures.unique("chk");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
        // long overdue, so that they are among the 100 oldest of the Municipio whatever else the tests stored
        java.time.LocalDate due = java.time.LocalDate.of(2019, 1, 1);
        long open = newCase(sw, Map.of()).jsonPath().getLong("id");
        long shown = intervention(sw, open, tag + "-due", due, null);
        intervention(sw, open, tag + "-future", today.plusDays(3), null);
        intervention(sw, open, tag + "-ended", due, today.minusDays(1));
        intervention(sw, open, tag + "-unchecked", null, null);
        long closed = newCase(sw, Map.of()).jsonPath().getLong("id");
        intervention(sw, closed, tag + "-closed", due, null);
        assertEquals(200, move(sw, closed, "CLOSED", "ORIENTED_ELSEWHERE"));
        long restricted = newCase(sw, Map.of()).jsonPath().getLong("id");
        long hidden = intervention(sw, restricted, tag + "-restricted", due, null);
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("restricted", true, "reason", "La persona contesta i dati"))
                .post("/api/v1/cases/" + restricted + "/restriction").then().statusCode(200);
        long other = newCase(elsewhere, Map.of()).jsonPath().getLong("id");
        long theirs = intervention(elsewhere, other, tag + "-elsewhere", due, null);

        io.restassured.path.json.JsonPath mine = fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/overdue-checks").then().statusCode(200)
                .extract().jsonPath();
        List<Long> ids = mine.getList("interventionId", Long.class);
        assertTrue(ids.contains(shown) && ids.contains(hidden), "the overdue checks of open cases: " + ids);
        String all = mine.prettify();
        for (String out : List.of("-future", "-ended", "-unchecked", "-closed", "-elsewhere", "-restricted")) {
            assertTrue(!all.contains(tag + out), tag + out + " is not an overdue check of this Municipio, or is restricted: " + all);
        }
        assertEquals(Boolean.TRUE, mine.get("find { it.interventionId == " + hidden + " }.restricted"));
        assertEquals(tag + "-due", mine.get("find { it.interventionId == " + shown + " }.type"));
        List<String> dates = mine.getList("nextCheck", String.class);
        assertEquals(dates.stream().sorted().toList(), dates, "the longest overdue first");
        fx.as(elsewhere, Fixtures.PASSWORD).get("/api/v1/cases/overdue-checks").then().statusCode(200)
                .body("interventionId", hasItem((int) theirs)).body("interventionId", not(hasItem((int) shown)));
        for (String nobody : List.of("coordinator", "admin", "volunteer", "tutor")) {
            fx.as(nobody).get("/api/v1/cases/overdue-checks").then().statusCode(403).contentType("application/problem+json");
        }
        // the list's audit record names the restricted case it showed
        String restrictedCode = mine.get("find { it.interventionId == " + hidden + " }.caseCode");
        List<String> details = fx.as("admin").get("/api/v1/audit?recordType=INTERVENTION&actor=" + sw).then().statusCode(200).extract()
                .jsonPath().getList("detail");
        assertTrue(details.stream().anyMatch(d -> d != null && d.contains("restricted") && d.contains(restrictedCode)), details.toString());
        // the home page shows the same, the restricted case by its code only
        String home = fx.page(sw, Fixtures.PASSWORD, "/socialworker/home.xhtml");
        assertTrue(home.contains(tag + "-due") && !home.contains(tag + "-restricted") && !home.contains(tag + "-future")
                && !home.contains(tag + "-closed") && !home.contains(tag + "-elsewhere"), "the home page's overdue checks");
        assertTrue(home.contains("caso in limitazione"), "a restricted case's check is shown without its details");
    }

    private long intervention(String sw, long caseId, String type, java.time.LocalDate nextCheck, java.time.LocalDate end) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "partner", "Cooperativa " + type, "startDate", "2018-12-01"));
        if (nextCheck != null) {
            body.put("nextCheck", nextCheck.toString());
        }
        if (end != null) {
            body.put("endDate", end.toString());
        }
        return fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(body).post("/api/v1/cases/" + caseId + "/interventions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aSocialWorkersHomeShowsTheMunicipiosCasesFiftyAtATimeNewestFirst() throws Exception {
        String sw = socialWorker(8);
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 51; i++) {
            codes.add(newCase(sw, Map.of()).then().statusCode(201).extract().jsonPath().getString("code"));
        }
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waitFor(browser);
            Browser.signIn(browser, wait, fx.url("/login.xhtml"), sw, Fixtures.PASSWORD, "/socialworker/home.xhtml");
            assertEquals(50, browser.findElements(By.cssSelector("#cases_data tr")).size(), "a page holds 50 cases");
            String first = browser.findElement(By.id("cases")).getText();
            assertTrue(first.indexOf(codes.get(50)) >= 0 && first.indexOf(codes.get(50)) < first.indexOf(codes.get(49)), "newest first");
            assertTrue(first.contains(codes.get(1)) && !first.contains(codes.get(0)), "the 51st newest is on the next page");
            browser.findElement(By.id("casePages:next")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases"), codes.get(0)));
            assertTrue(!browser.findElement(By.id("cases")).getText().contains(codes.get(1)), "no case on two pages");
            browser.findElement(By.id("casePages:previous")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases"), codes.get(50)));
            assertTrue(!browser.findElement(By.id("casePages:previous")).isEnabled(), "no page before the first");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aSocialWorkerOpensACaseAndMovesItFromReceptionToPlanning() throws Exception {
        String sw = socialWorker(1);
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waitFor(browser);
            Browser.signIn(browser, wait, fx.url("/login.xhtml"), sw, Fixtures.PASSWORD, "/socialworker/home.xhtml");
            browser.findElement(By.id("caseForm:summary")).sendKeys("Famiglia con minori, primo accesso");
            browser.findElement(By.id("caseForm:open")).click();
            wait.until(ExpectedConditions.urlContains("/socialworker/case.xhtml"));
            Map<String, String> labels = new java.util.LinkedHashMap<>();
            labels.put("FIRST_INTERVIEW", "Primo colloquio");
            labels.put("ANALYSIS", "Analisi della situazione");
            labels.put("PLANNING", "Progettazione");
            // each move posts the whole page: wait for the new page's phase, ignoring reads of the page being replaced
            WebDriverWait reload = Browser.waitFor(browser);
            for (Map.Entry<String, String> phase : labels.entrySet()) {
                reload.until(d -> d.findElement(By.id("moveForm:note")).isDisplayed());
                // the page offers only the phases allowed next: from reception, the first interview or closing
                var to = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("moveForm:to")));
                if ("FIRST_INTERVIEW".equals(phase.getKey())) {
                    assertEquals(List.of("FIRST_INTERVIEW", "CLOSED"), to.getOptions().stream().map(o -> o.getAttribute("value")).toList());
                } else {
                    assertEquals(List.of(phase.getKey()), to.getOptions().stream().map(o -> o.getAttribute("value")).toList());
                }
                to.selectByValue(phase.getKey());
                browser.findElement(By.id("moveForm:note")).sendKeys("ok");
                browser.findElement(By.id("moveForm:move")).click();
                reload.until(d -> phase.getValue().equals(d.findElement(By.id("phase")).getText()));
            }
            assertEquals("Progettazione", browser.findElement(By.id("phase")).getText());
            assertTrue(browser.findElement(By.id("timeline")).getText().contains("Analisi della situazione"));
        } finally {
            browser.quit();
        }
    }
}
