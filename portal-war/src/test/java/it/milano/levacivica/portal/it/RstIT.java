package it.milano.levacivica.portal.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * RST over HTTP and in the browser: category/housing compatibility, the 18-month clock, the last free place
 * under concurrent placements (exactly one succeeds), access as for cases, and the audit.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class RstIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return it.milano.levacivica.portal.demo.DemoWar.of(java.nio.file.Path.of(System.getProperty("portal.war", "target/portal.war")));
    }

    @ArquillianResource
    private URL base;

    private Fixtures fx;
    private String sw;
    private long caseId;

    @BeforeEach
    void fixtures() {
        fx = new Fixtures(base);
        sw = Fixtures.unique("rst");
        fx.as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", sw, "fullName", "Test " + sw, "email", sw + "@example.org", "password", Fixtures.PASSWORD,
                        "roles", List.of("SOCIAL_WORKER"), "municipio", 6))
                .post("/api/v1/people").then().statusCode(201);
        caseId = fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("level", "FIRST", "accessChannel", "IN_PERSON", "targetGroup", "ADULTS"))
                .post("/api/v1/cases").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long member(String name) {
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("fullName", name, "relation", "persona"))
                .post("/api/v1/cases/" + caseId + "/members").then().statusCode(201);
        return fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath()
                .getLong("household.find { it.fullName == '" + name + "' }.id");
    }

    private long unit(String type, int places) {
        return fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("Alloggio "), "type", type, "municipio", 6, "places", places, "managingOrg", "Cooperativa Test"))
                .post("/api/v1/rst/units").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Response place(long memberId, long unitId, String category, LocalDate start, LocalDate end) {
        return place(memberId, unitId, category, start, end, Map.of());
    }

    private Response place(long memberId, long unitId, String category, LocalDate start, LocalDate end, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("memberId", memberId, "unitId", unitId, "category", category,
                "startDate", start.toString(), "plannedEnd", end.toString()));
        body.putAll(more);
        return fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(body).post("/api/v1/rst/cases/" + caseId + "/placements");
    }

    private Response extend(long placementId, LocalDate end) {
        return fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("plannedEnd", end.toString()))
                .post("/api/v1/rst/placements/" + placementId + "/extend");
    }

    @Test
    void categoriesGoToTheirHousingTypeAndStaysLastAtMostEighteenMonths() {
        long person = member("Giorgio Verdi");
        long shared = unit("SHARED_FLAT", 3);
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("memberId", person, "category", "FRAGILE_ADULT"))
                .post("/api/v1/rst/cases/" + caseId + "/waiting-list").then().statusCode(201).body("housingType", equalTo("SHARED_FLAT"));
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/rst/waiting-list").then().statusCode(200)
                .body("person", org.hamcrest.Matchers.hasItem("Giorgio Verdi"));
        long apartment = unit("APARTMENT", 2);
        LocalDate start = LocalDate.of(2026, 1, 15);
        place(person, apartment, "FRAGILE_ADULT", start, start.plusMonths(6)).then().statusCode(400).body("errors", hasKey("unitId"));
        place(person, shared, "FRAGILE_ADULT", start, LocalDate.of(2027, 7, 15)).then().statusCode(409)
                .body("detail", containsString("2027-07-14"));
        Response placed = place(person, shared, "FRAGILE_ADULT", start, start.plusMonths(12));
        placed.then().statusCode(201).body("lastAllowedDay", equalTo("2027-07-14"));
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/rst/waiting-list").then().statusCode(200)
                .body("person", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Giorgio Verdi")));
        long id = placed.jsonPath().getLong("id");
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("plannedEnd", "2027-07-15"))
                .post("/api/v1/rst/placements/" + id + "/extend").then().statusCode(409).body("detail", containsString("2027-07-14"));
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("plannedEnd", "2027-07-14"))
                .post("/api/v1/rst/placements/" + id + "/extend").then().statusCode(200).body("plannedEnd", equalTo("2027-07-14"));
        // the pact: goals, a step, the three agreements
        fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("area", "HOUSING_EXIT", "goal", "Domanda di casa popolare"))
                .post("/api/v1/rst/placements/" + id + "/pact/goals").then().statusCode(201);
        long step = fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("dueDate", "2026-03-01", "description", "Verifica"))
                .post("/api/v1/rst/placements/" + id + "/pact/steps").then().statusCode(201).extract().jsonPath().getLong("id");
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/rst/alerts").then().statusCode(200).body("overdueSteps.id", org.hamcrest.Matchers.hasItem((int) step));
        for (String party : List.of("PERSON", "ORGANISATION", "SOCIAL_SERVICE")) {
            fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("party", party, "date", "2026-01-20"))
                    .post("/api/v1/rst/placements/" + id + "/pact/agreements").then().statusCode(200);
        }
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/rst/placements/" + id).then().statusCode(200)
                .body("placement.pactAgreed", equalTo(true)).body("goals[0].area", equalTo("HOUSING_EXIT"));
    }

    @Test
    void theEighteenMonthsRunFromThePersonsFirstPlacementWhateverTheRequestSays() {
        long person = member("Marta Colombo");
        long firstFlat = unit("SHARED_FLAT", 2);
        long otherFlat = unit("SHARED_FLAT", 2);
        LocalDate began = LocalDate.of(2025, 1, 10);
        place(person, firstFlat, "FRAGILE_ADULT", began, LocalDate.of(2026, 6, 9)).then().statusCode(201)
                .body("firstStart", equalTo("2025-01-10")).body("lastAllowedDay", equalTo("2026-07-09"));
        // 17 months later she moves to another flat: the clock does not restart, whatever the request says
        LocalDate move = LocalDate.of(2026, 6, 10);
        place(person, otherFlat, "FRAGILE_ADULT", move, move.plusMonths(6)).then().statusCode(409)
                .body("type", equalTo("/problems/conflict")).body("detail", containsString("2026-07-09"));
        place(person, otherFlat, "FRAGILE_ADULT", move, move.plusMonths(6), Map.of("firstStart", move.toString())).then().statusCode(409)
                .body("detail", containsString("2026-07-09"));
        place(person, otherFlat, "FRAGILE_ADULT", move, move.plusMonths(6), Map.of("firstStart", "2026-01-01")).then().statusCode(409)
                .body("detail", containsString("2026-07-09"));
        // an earlier first start is not taken from a request: it is declared (recorded, audited) or refused
        place(person, otherFlat, "FRAGILE_ADULT", move, LocalDate.of(2026, 7, 1), Map.of("firstStart", "2024-12-01")).then().statusCode(400)
                .body("errors", hasKey("firstStart"));
        // the move within the 18 months is fine, and the new placement carries her clock
        long moved = place(person, otherFlat, "FRAGILE_ADULT", move, LocalDate.of(2026, 7, 9)).then().statusCode(201)
                .body("firstStart", equalTo("2025-01-10")).body("lastAllowedDay", equalTo("2026-07-09")).extract().jsonPath().getLong("id");
        // extensions past the last allowed day are refused, in either flat
        extend(moved, LocalDate.of(2026, 7, 10)).then().statusCode(409).body("detail", containsString("2026-07-09"));
        long first = fx.as(sw, Fixtures.PASSWORD).get("/api/v1/rst/cases/" + caseId + "/placements").then().statusCode(200).extract()
                .jsonPath().getLong("find { it.unitId == " + firstFlat + " }.id");
        extend(first, LocalDate.of(2026, 8, 1)).then().statusCode(409).body("detail", containsString("2026-07-09"));
        // and so is a new placement after it
        place(person, firstFlat, "FRAGILE_ADULT", LocalDate.of(2026, 7, 10), LocalDate.of(2026, 9, 1)).then().statusCode(409)
                .body("detail", containsString("2026-07-09"));
        assertEquals(2, fx.as(sw, Fixtures.PASSWORD).get("/api/v1/rst/cases/" + caseId + "/placements").then().extract().jsonPath()
                .getList("id").size());
    }

    @Test
    void aDeclaredEarlierStayShortensTheAllowedStayAndIsRecordedAndAudited() {
        long person = member("Paolo Gallo");
        long unitId = unit("SHARED_FLAT", 2);
        LocalDate start = LocalDate.of(2026, 3, 1);
        Map<String, Object> declared = Map.of("declaredFirstStart", "2025-06-01");
        // from its own start the stay could last until 2027-08-31; from the declared one, until 2026-11-30
        place(person, unitId, "FRAGILE_ADULT", start, LocalDate.of(2027, 6, 30), declared).then().statusCode(409)
                .body("detail", containsString("2026-11-30")).body("detail", containsString("2025-06-01"));
        place(person, unitId, "FRAGILE_ADULT", start, LocalDate.of(2026, 11, 30), Map.of("declaredFirstStart", "2026-03-02")).then()
                .statusCode(400).body("errors", hasKey("declaredFirstStart"));
        long id = place(person, unitId, "FRAGILE_ADULT", start, LocalDate.of(2026, 11, 30), declared).then().statusCode(201)
                .body("firstStart", equalTo("2025-06-01")).body("lastAllowedDay", equalTo("2026-11-30")).extract().jsonPath().getLong("id");
        // recorded once (the refused attempt left nothing), with who declared it
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/rst/placements/" + id).then().statusCode(200)
                .body("declaredStays.size()", equalTo(1)).body("declaredStays[0].firstStart", equalTo("2025-06-01"))
                .body("declaredStays[0].declaredBy", equalTo(sw));
        // it holds for what follows, though later requests do not repeat it
        extend(id, LocalDate.of(2026, 12, 1)).then().statusCode(409).body("detail", containsString("2026-11-30"));
        // and the audit trail has it
        List<Map<String, Object>> audited = fx.as("admin").get("/api/v1/audit?actor=" + sw + "&recordType=PLACEMENT").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.action == 'DECLARE_STAY' }");
        assertEquals(1, audited.size(), audited.toString());
        assertEquals(id, ((Number) audited.get(0).get("recordId")).longValue());
        assertTrue(String.valueOf(audited.get(0).get("detail")).contains("2025-06-01"), audited.toString());
    }

    @Test
    void ofConcurrentPlacementsIntoTheLastFreePlaceExactlyOneSucceeds() throws Exception {
        long unitId = unit("PROTECTED_FLAT", 2);
        LocalDate start = LocalDate.now().plusDays(10);
        place(member("Primo Ospite"), unitId, "MILD_DISABILITY", start, start.plusMonths(3)).then().statusCode(201);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(member("Ospite " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (long p : people) {
            results.add(pool.submit(() -> {
                go.await();
                return place(p, unitId, "MILD_DISABILITY", start.plusDays(5), start.plusMonths(2)).statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(2, fx.as(sw, Fixtures.PASSWORD).get("/api/v1/rst/cases/" + caseId + "/placements").then().extract().jsonPath().getList("id").size());
    }

    @Test
    void placementsFollowTheCasesAccessRulesAndAreAudited() {
        long unitId = unit("SHARED_FLAT", 4);
        long id = place(member("Anna Neri"), unitId, "ELDERLY_MINIMAL_AUTONOMY", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 1))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (String other : List.of("socialworker2", "coordinator", "admin", "volunteer", "tutor")) {
            fx.as(other).get("/api/v1/rst/placements/" + id).then().statusCode(404);
        }
        fx.as("volunteer").get("/api/v1/rst/occupancy").then().statusCode(403);
        Response occupancy = fx.as("coordinator").get("/api/v1/rst/occupancy");
        occupancy.then().statusCode(200).body("size()", equalTo(12));
        // counts only, and small ones suppressed (issue 15): the unit's cell is listed (its places maybe hidden) unless its month is withheld
        List<Object> counted = occupancy.jsonPath().getList("occupied.flatten().findAll { it.housingType == 'SHARED_FLAT' && it.municipio == 6 }");
        List<Object> withheld = occupancy.jsonPath().getList("findAll { it.withheld }");
        assertTrue((!counted.isEmpty() || !withheld.isEmpty()) && !occupancy.asString().contains("Anna Neri"), occupancy.asString());
        List<Object> smallShown = occupancy.jsonPath().getList("occupied.flatten().findAll { it.places != null && it.places > 0 && it.places < 3 }");
        assertEquals(List.of(), smallShown, "no count of 1 or 2 is shown");
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/rst/placements/" + id).then().statusCode(200);
        List<String> actions = fx.as("admin").get("/api/v1/audit?actor=" + sw + "&recordType=PLACEMENT").then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertTrue(actions.containsAll(List.of("PLACE", "READ")), actions.toString());
    }

    @Test
    void aVolunteerRecordsAccompanimentThroughATaskSeeingOnlyTheCode() {
        long unitId = unit("SHARED_FLAT", 2);
        long placement = place(member("Elena Gatti"), unitId, "FRAGILE_ADULT", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 2, 1))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.Volunteer v = fx.volunteer(fx.idOf("tutor"), LocalDate.now().minusWeeks(8));
        Response task = fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("serviceYearId", v.serviceYearId(), "title", "Accompagnare all’INPS", "activityType", "ADMINISTRATIVE_SUPPORT",
                        "dueDate", LocalDate.now().plusDays(5).toString()))
                .post("/api/v1/rst/placements/" + placement + "/tasks");
        task.then().statusCode(201);
        long taskId = task.jsonPath().getLong("id");
        String seen = fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/service-years/" + v.serviceYearId() + "/tasks").then()
                .statusCode(200).extract().asString();
        assertTrue(seen.contains("M6-") && !seen.contains("Elena Gatti"), "only the code: " + seen);
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/rst/placements/" + placement).then().statusCode(404);
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("kind", "PAPERWORK", "doneOn", LocalDate.now().toString(), "note", "Domanda presentata"))
                .post("/api/v1/rst/tasks/" + taskId + "/accompaniment").then().statusCode(201);
        fx.as("volunteer").contentType(ContentType.JSON).body(Map.of("kind", "PAPERWORK", "doneOn", LocalDate.now().toString()))
                .post("/api/v1/rst/tasks/" + taskId + "/accompaniment").then().statusCode(404);
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/rst/placements/" + placement).then().statusCode(200)
                .body("accompaniment[0].kind", equalTo("PAPERWORK")).body("accompaniment[0].author", equalTo("Test " + v.username()));
    }

    @Test
    void aSocialWorkerPlacesAPersonAndRecordsThePact() throws Exception {
        long person = member("Carla Rossi");
        long unitId = unit("SHARED_FLAT", 2);
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waitFor(browser);
            Browser.signIn(browser, wait, fx.url("/login.xhtml"), sw, Fixtures.PASSWORD, "/socialworker/home.xhtml");
            browser.get(fx.url("/socialworker/case.xhtml?id=" + caseId));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("placeForm:memberId_input")));
            browser.executeScript("document.getElementById('placeForm:memberId_input').value='" + person + "';"
                    + "document.getElementById('placeForm:unitId_input').value='" + unitId + "';"
                    + "document.getElementById('placeForm:category_input').value='FRAGILE_ADULT';");
            // dates as Italians write them, in the date pickers' fields (set directly: the pickers' calendars open
            // over the form while typing)
            browser.executeScript("document.getElementById('placeForm:startDate_input').value='01/11/2026';"
                    + "document.getElementById('placeForm:plannedEnd_input').value='30/04/2027';");
            browser.executeScript("arguments[0].click();", browser.findElement(By.id("placeForm:place")));
            wait.withMessage(() -> "placed? " + browser.findElement(By.tagName("body")).getText())
                    .until(d -> !d.findElements(By.id("pactForm:area_input")).isEmpty()
                            && "complete".equals(browser.executeScript("return document.readyState")));
            browser.executeScript("document.getElementById('pactForm:area_input').value='AUTONOMY';");
            browser.findElement(By.id("pactForm:goal")).sendKeys("Gestire il budget mensile");
            browser.executeScript("document.getElementById('pactForm:stepDue_input').value='15/01/2027';");
            browser.findElement(By.id("pactForm:stepDescription")).sendKeys("Verifica con l’ente gestore");
            browser.executeScript("arguments[0].click();", browser.findElement(By.id("pactForm:save")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pact"), "Gestire il budget mensile"));
            assertTrue(browser.findElement(By.id("pact")).getText().contains("15/01/2027 · Verifica con l’ente gestore"),
                    browser.findElement(By.id("pact")).getText());
            // the detail page leads back to its case
            browser.findElement(By.id("backToCase")).click();
            wait.until(ExpectedConditions.urlContains("/socialworker/case.xhtml"));
            assertTrue(browser.findElement(By.id("placements")).getText().contains("01/11/2026 → 30/04/2027"),
                    browser.findElement(By.id("placements")).getText());
        } finally {
            browser.quit();
        }
    }
}
