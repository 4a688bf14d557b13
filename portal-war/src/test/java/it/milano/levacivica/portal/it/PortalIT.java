package it.milano.levacivica.portal.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The foundation, deployed as built ({@code target/portal.war}) on Payara Micro against a real
 * MariaDB: sign-in over HTTP and in the browser, roles, access between roles, problem+json,
 * optimistic locking, health and OpenAPI. Each test makes its own records with unique names; the
 * demo accounts are the ones the demo mode loads.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return it.milano.levacivica.portal.demo.DemoWar.of(java.nio.file.Path.of(System.getProperty("portal.war", "target/portal.war")));
    }

    @ArquillianResource
    private URL base;

    private String url(String path) {
        String b = base.toString();
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
    }

    private RequestSpecification as(String user) {
        return given().baseUri(url("")).auth().preemptive().basic(user, "demo").accept(ContentType.JSON);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---------------------------------------------------------------- sign-in and roles

    @Test
    void anonymousCallsAreRefusedWithProblemJson() {
        given().baseUri(url("")).get("/api/v1/me").then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void meReturnsNameAndRolesOfEachDemoAccount() {
        as("volunteer").get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("volunteer")).body("fullName", equalTo("Giulia Rossi"))
                .body("roles", equalTo(List.of("VOLUNTEER")));
        Map<String, String> roles = Map.of("tutor", "TUTOR", "socialworker", "SOCIAL_WORKER",
                "coordinator", "COORDINATOR", "admin", "ADMIN", "volunteer2", "VOLUNTEER", "volunteer3", "VOLUNTEER");
        roles.forEach((user, role) -> as(user).get("/api/v1/me").then().statusCode(200).body("roles", equalTo(List.of(role))));
    }

    @Test
    void aWrongPasswordIsRefused() {
        given().baseUri(url("")).auth().preemptive().basic("volunteer", "not-demo").get("/api/v1/me").then().statusCode(401);
        given().baseUri(url("")).auth().preemptive().basic("nobody-" + UUID.randomUUID(), "demo").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aVolunteerCannotCallCoordinatorEndpoints() {
        as("volunteer").get("/api/v1/projects").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        as("volunteer").contentType(ContentType.JSON)
                .body(Map.of("name", "X", "seatAddress", "Y", "seats", 1, "programme", "leva-civica-milano"))
                .post("/api/v1/projects").then().statusCode(403);
        as("volunteer").get("/api/v1/people").then().statusCode(403);
        as("tutor").contentType(ContentType.JSON).body(Map.of()).post("/api/v1/service-years").then().statusCode(403);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountUntilAnAdministratorResetsIt() {
        String username = unique("lock");
        long id = as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("username", username, "fullName", "Lock Test", "email", username + "@example.org",
                        "password", "correct-horse", "roles", List.of("VOLUNTEER")))
                .post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");
        RequestSpecification right = given().baseUri(url("")).auth().preemptive().basic(username, "correct-horse");
        right.get("/api/v1/me").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            given().baseUri(url("")).auth().preemptive().basic(username, "wrong-" + i).get("/api/v1/me").then().statusCode(401);
        }
        // the right password no longer opens the account, not even from the remembered check
        right.get("/api/v1/me").then().statusCode(401);
        as("admin").contentType(ContentType.JSON).body(Map.of("password", "another-horse"))
                .put("/api/v1/people/" + id + "/password").then().statusCode(204);
        given().baseUri(url("")).auth().preemptive().basic(username, "another-horse").get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void disablingAnAccountTakesEffectAtOnce() {
        String username = unique("dis");
        Response created = as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", username, "fullName", "Disable Test", "email", username + "@example.org",
                        "password", "correct-horse", "roles", List.of("TUTOR")))
                .post("/api/v1/people");
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        RequestSpecification user = given().baseUri(url("")).auth().preemptive().basic(username, "correct-horse");
        user.get("/api/v1/me").then().statusCode(200);
        as("admin").contentType(ContentType.JSON)
                .body(Map.of("fullName", "Disable Test", "email", username + "@example.org", "roles", List.of("TUTOR"),
                        "enabled", false, "version", created.jsonPath().getLong("version")))
                .put("/api/v1/people/" + id + "/account").then().statusCode(200).body("enabled", equalTo(false));
        user.get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aCoordinatorMayRegisterVolunteersAndTutorsButNotAdministrators() {
        String username = unique("adm");
        as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("username", username, "fullName", "Not Allowed", "email", username + "@example.org",
                        "password", "correct-horse", "roles", List.of("ADMIN")))
                .post("/api/v1/people").then().statusCode(403);
        as("admin").get("/api/v1/people").then().statusCode(200).body("username", not(hasItem(username)));
    }

    // ---------------------------------------------------------------- projects: validation, locking

    @Test
    void badProjectInputIsRefusedFieldByFieldAndNothingIsStored() {
        int before = as("coordinator").get("/api/v1/projects").then().statusCode(200).extract().jsonPath().getList("id").size();
        as("coordinator").contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("name", " ", "seatAddress", "Via Dogana 2/4", "seats", 0, "programme", "leva-civica-milano"))
                .post("/api/v1/projects").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors", hasKey("name")).body("errors", hasKey("seats"))
                .body("errors.seats", equalTo("Seats must be 1 to 1000."));
        as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("name", "P", "seatAddress", "S", "seats", 2, "programme", "no-such-programme"))
                .post("/api/v1/projects").then().statusCode(400).body("errors", hasKey("programme"))
                .body("errors.programme", equalTo("Programma sconosciuto."));
        as("coordinator").contentType(ContentType.JSON).body("{\"name\": \"P\", \"seats\": \"three\"")
                .post("/api/v1/projects").then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));
        as("coordinator").contentType(ContentType.JSON).body("")
                .post("/api/v1/projects").then().statusCode(400).contentType("application/problem+json");
        int after = as("coordinator").get("/api/v1/projects").then().extract().jsonPath().getList("id").size();
        assertEquals(before, after);
    }

    @Test
    void aStaleVersionLosesAndNothingIsOverwritten() {
        Response created = as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("name", unique("Progetto "), "seatAddress", "Via Dogana 2/4", "seats", 3, "programme", "leva-civica-milano"))
                .post("/api/v1/projects");
        created.then().statusCode(201).header("Location", containsString("/api/v1/projects/"));
        long id = created.jsonPath().getLong("id");
        long v0 = created.jsonPath().getLong("version");
        as("coordinator").get("/api/v1/projects/" + id).then().statusCode(200).header("ETag", containsString(Long.toString(v0)));
        as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("name", "First edit", "seatAddress", "Via Dogana 2/4", "seats", 3, "programme", "leva-civica-milano", "version", v0))
                .put("/api/v1/projects/" + id).then().statusCode(200).body("name", equalTo("First edit"));
        as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("name", "Second edit from an old copy", "seatAddress", "X", "seats", 3, "programme", "leva-civica-milano", "version", v0))
                .put("/api/v1/projects/" + id).then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("/problems/stale-version"));
        as("coordinator").get("/api/v1/projects/" + id).then().body("name", equalTo("First edit"));
    }

    // ---------------------------------------------------------------- service years: rules and access

    @Test
    void serviceYearsFollowTheRuleSetRespectSeatsAndAreSeenOnlyByTheirPeople() {
        long project = as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("name", unique("Seat test "), "seatAddress", "Via Dogana 2/4", "seats", 1, "programme", "leva-civica-milano"))
                .post("/api/v1/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        long v1 = newPerson("VOLUNTEER");
        long v2 = newPerson("VOLUNTEER");
        long tutor = as("tutor").get("/api/v1/me").then().extract().jsonPath().getLong("id");
        LocalDate start = LocalDate.of(2026, 3, 2);
        Response created = as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("volunteerId", v1, "projectId", project, "tutorId", tutor, "startDate", start.toString()))
                .post("/api/v1/service-years");
        created.then().statusCode(201)
                .body("endDate", equalTo("2027-03-02")).body("lastDay", equalTo("2027-03-01")).body("status", equalTo("ACTIVE"));
        long yearId = created.jsonPath().getLong("id");
        // the project's only seat is taken for the whole year
        as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("volunteerId", v2, "projectId", project, "tutorId", tutor, "startDate", "2026-09-01"))
                .post("/api/v1/service-years").then().statusCode(409).body("type", equalTo("/problems/conflict"));
        // a tutor must be a tutor
        as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("volunteerId", v2, "projectId", project, "tutorId", v1, "startDate", "2027-04-01"))
                .post("/api/v1/service-years").then().statusCode(400).body("errors", hasKey("tutorId"));
        // who sees it
        as("tutor").get("/api/v1/service-years/" + yearId).then().statusCode(200);
        as("coordinator").get("/api/v1/service-years/" + yearId).then().statusCode(200);
        as("volunteer").get("/api/v1/service-years/" + yearId).then().statusCode(404);
        as("volunteer").get("/api/v1/service-years").then().statusCode(200).body("id", not(hasItem((int) yearId)))
                .body("volunteer.fullName", equalTo(List.of("Giulia Rossi")));
        as("socialworker").get("/api/v1/service-years").then().statusCode(403);
    }

    @Test
    void ofConcurrentRegistrationsForTheLastSeatOfAProjectExactlyOneSucceeds() throws Exception {
        int seats = 3;
        long project = as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("name", unique("Last seat "), "seatAddress", "Via Dogana 2/4", "seats", seats, "programme", "leva-civica-milano"))
                .post("/api/v1/projects").then().statusCode(201).extract().jsonPath().getLong("id");
        long tutor = as("tutor").get("/api/v1/me").then().extract().jsonPath().getLong("id");
        String start = "2026-04-01";
        for (int i = 0; i < seats - 1; i++) {
            as("coordinator").contentType(ContentType.JSON)
                    .body(Map.of("volunteerId", newPerson("VOLUNTEER"), "projectId", project, "tutorId", tutor, "startDate", start))
                    .post("/api/v1/service-years").then().statusCode(201);
        }
        List<Long> volunteers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            volunteers.add(newPerson("VOLUNTEER"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(volunteers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (long v : volunteers) {
            results.add(pool.submit(() -> {
                go.await();
                return as("coordinator").contentType(ContentType.JSON)
                        .body(Map.of("volunteerId", v, "projectId", project, "tutorId", tutor, "startDate", start))
                        .post("/api/v1/service-years").statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        List<Integer> used = as("coordinator").get("/api/v1/service-years?status=ACTIVE&project=" + project).then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.projectId == " + project + " && it.status == 'ACTIVE' }.id");
        assertEquals(seats, used.size(), "seats used: " + used);
    }

    private long newPerson(String role) {
        String username = unique(role.toLowerCase());
        return as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("username", username, "fullName", "Test " + username, "email", username + "@example.org",
                        "password", "correct-horse", "roles", List.of(role)))
                .post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    // ---------------------------------------------------------------- browser session on the API, operations

    @Test
    void theFormSignInChangesTheSessionIdAndTheSessionWorksOnTheApiUntilSignOut() {
        Response loginPage = given().baseUri(url("")).redirects().follow(false).get("/login.xhtml");
        loginPage.then().statusCode(200).body(containsString("Accedi"));
        String before = loginPage.getCookie("JSESSIONID");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(loginPage.asString());
        assertTrue(token.find(), "the sign-in form carries a CSRF token");
        Response signIn = given().baseUri(url("")).redirects().follow(false).cookie("JSESSIONID", before == null ? "" : before)
                .contentType(ContentType.URLENC).formParam("csrf", token.group(1)).formParam("username", "volunteer").formParam("password", "demo")
                .post("/auth/login");
        assertEquals(302, signIn.statusCode());
        String after = signIn.getCookie("JSESSIONID");
        assertNotNull(after, "a session cookie after sign-in");
        assertNotEquals(before, after, "the session id changes at sign-in");
        given().baseUri(url("")).cookie("JSESSIONID", after).get("/api/v1/me").then().statusCode(200).body("username", equalTo("volunteer"));
        String page = given().baseUri(url("")).cookie("JSESSIONID", after).get("/volunteer/home.xhtml").then().statusCode(200).extract().asString();
        java.util.regex.Matcher meta = java.util.regex.Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page);
        assertTrue(meta.find(), "pages carry the session's CSRF token");
        // the dashboard's months (totals from the record it reads for the progress) say what the API's months say
        long yearId = given().baseUri(url("")).cookie("JSESSIONID", after).get("/api/v1/service-years").then().extract().jsonPath().getLong("[0].id");
        List<Map<String, Object>> months = given().baseUri(url("")).cookie("JSESSIONID", after).get("/api/v1/service-years/" + yearId + "/timesheets")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertTrue(months.size() > 1, "the demo volunteer has months of hours");
        assertTrue(months.stream().anyMatch(m -> ((Number) m.get("totalMinutes")).intValue() > 0), "with hours in them");
        for (Map<String, Object> m : months) {
            String row = "month=" + m.get("month") + "\">[^<]*</a></td>\\s*<td><span class=\"ts ts-" + m.get("status") + "\">[^<]*</span></td>\\s*"
                    + "<td class=\"num\">" + java.util.regex.Pattern.quote(hours(((Number) m.get("totalMinutes")).intValue())) + "</td>";
            assertTrue(java.util.regex.Pattern.compile(row).matcher(page).find(), "the dashboard's row of " + m);
        }
        given().baseUri(url("")).redirects().follow(false).cookie("JSESSIONID", after).formParam("csrf", meta.group(1))
                .post("/auth/logout").then().statusCode(302);
        given().baseUri(url("")).cookie("JSESSIONID", after).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void unknownApiPathsAndMethodsAnswerWithProblemJson() {
        as("coordinator").get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        as("coordinator").delete("/api/v1/projects").then().statusCode(405).contentType("application/problem+json");
        as("coordinator").get("/api/v1/projects/999999999").then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void openApiDescribesTheEndpoints() {
        String doc = given().baseUri(url("")).get("/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/v1/me", "/api/v1/projects", "/api/v1/service-years", "/api/v1/people")) {
            assertTrue(doc.contains(path), "OpenAPI lists " + path);
        }
    }

    // ---------------------------------------------------------------- browser

    @Test
    void aVolunteerSignsInThroughTheFormSeesTheirHomeAndIsRefusedACoordinatorPage() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waitFor(browser);
            browser.get(url("/"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm")));
            assertEquals("it", browser.findElement(By.tagName("html")).getAttribute("lang"), "Italian by default");
            assertEquals("Accedi", browser.findElement(By.id("signIn")).getText());
            browser.findElement(By.id("username")).sendKeys("volunteer");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("signIn")).click();
            wait.until(ExpectedConditions.urlContains("/volunteer/home.xhtml"));
            assertEquals("Il mio anno di servizio", browser.findElement(By.tagName("h1")).getText());
            assertEquals("Marco Ferri", browser.findElement(By.id("tutorName")).getText());

            browser.get(url("/volunteer/home.xhtml?lang=en"));
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "My service year"));

            browser.get(url("/coordinator/projects.xhtml"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errorPage")));
            assertEquals("forbidden", browser.findElement(By.id("errorPage")).getAttribute("data-error"));
            assertTrue(browser.getPageSource().contains("Access denied"));
            assertTrue(!browser.getPageSource().contains("Caused by") && !browser.getPageSource().contains("\tat "), "no stack trace");

            browser.get(url("/volunteer/home.xhtml"));
            browser.findElement(By.id("signOut")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signedOut")));
            browser.get(url("/volunteer/home.xhtml"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm")));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aWrongPasswordInTheFormSaysSoWithoutSigningIn() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waitFor(browser);
            browser.get(url("/login.xhtml"));
            browser.findElement(By.id("username")).sendKeys("tutor");
            browser.findElement(By.id("password")).sendKeys("wrong");
            browser.findElement(By.id("signIn")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginError")));
            assertTrue(browser.findElement(By.id("loginError")).getText().contains("non validi"));
            assertEquals("tutor", browser.findElement(By.id("username")).getAttribute("value"), "the name typed stays");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aCoordinatorLandsOnProjectsAndBadInputShowsNextToTheField() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waitFor(browser);
            signInAsCoordinator(browser, wait);
            browser.findElement(By.id("projectForm:name")).sendKeys("Progetto dal browser");
            browser.findElement(By.id("projectForm:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectForm"), "Campo obbligatorio."));
            String name = unique("Progetto ");
            browser.findElement(By.id("projectForm:name")).clear();
            browser.findElement(By.id("projectForm:name")).sendKeys(name);
            browser.findElement(By.id("projectForm:seatAddress")).sendKeys("Via Dogana 2/4");
            browser.findElement(By.id("projectForm:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectList:projects"), name));
            as("coordinator").get("/api/v1/projects").then().body("name", hasItem(name));
        } finally {
            browser.quit();
        }
    }

    /** Signs the coordinator in through the form; they land on the projects. */
    private void signInAsCoordinator(ChromeDriver browser, WebDriverWait wait) {
        Browser.signIn(browser, wait, url("/login.xhtml"), "coordinator", "demo", "/coordinator/projects.xhtml");
    }

    /** @return minutes as the portal writes hours in Italian: "0 h", "45 min", "5 h", "5 h 05", "1.061 h 30" */
    private static String hours(int minutes) {
        if (minutes == 0) {
            return "0 h";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        int rest = minutes % 60;
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.ITALIAN).format(minutes / 60) + " h"
                + (rest == 0 ? "" : String.format(" %02d", rest));
    }

    private static final String SAVED_YEAR = "Anno di servizio salvato";

    @Test
    void theListsOfPeopleAndOfServiceYearsAreReadAPageAtATimeAndTheFormFindsPeopleByName() throws Exception {
        // 55 people whose names sort together: a page holds 50
        String family = unique("Zeta").replace("Zeta", "Zeta ");
        String tutorUser = null;
        String tutorName = null;
        for (int i = 1; i <= 55; i++) {
            String username = unique("paged");
            String role = i == 1 ? "TUTOR" : "VOLUNTEER";
            as("admin").contentType(ContentType.JSON)
                    .body(Map.of("username", username, "fullName", String.format("%s %02d", family, i), "email", username + "@example.org",
                            "password", Fixtures.PASSWORD, "roles", List.of(role)))
                    .post("/api/v1/people").then().statusCode(201);
            if (i == 1) {
                tutorUser = username;
                tutorName = String.format("%s %02d", family, i);
            }
        }
        String projectName = unique("Progetto ");
        as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("name", projectName, "seatAddress", "Via Dogana 2/4", "seats", 2, "programme", "leva-civica-milano"))
                .post("/api/v1/projects").then().statusCode(201);
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waitFor(browser);
            signInAsCoordinator(browser, wait);

            browser.get(url("/coordinator/people.xhtml"));
            browser.findElement(By.id("peopleSearch:text")).sendKeys(family);
            browser.findElement(By.id("peopleSearch:search")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), family + " 01"));
            assertEquals(50, browser.findElements(By.cssSelector("#people_data tr")).size(), "a page holds 50");
            assertTrue(browser.findElement(By.id("people")).getText().contains(family + " 50"));
            assertTrue(!browser.findElement(By.id("people")).getText().contains(family + " 51"));
            assertTrue(!browser.findElement(By.id("people")).getText().contains("Giulia Rossi"), "only the search's people");
            browser.findElement(By.id("peopleSearch:next")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), family + " 55"));
            assertEquals(5, browser.findElements(By.cssSelector("#people_data tr")).size());
            assertTrue(!browser.findElement(By.id("peopleSearch:next")).isEnabled(), "no page after the last");
            browser.findElement(By.id("peopleSearch:previous")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), family + " 01"));

            // a service year: volunteer and tutor found by typing their names, not chosen from every person
            browser.get(url("/coordinator/serviceYears.xhtml"));
            browser.findElement(By.id("yearForm:volunteerId_input")).sendKeys(family + " 0");
            pickSuggestion(browser, wait, "yearForm:volunteerId", family + " 02");
            wait.until(ExpectedConditions.attributeContains(By.id("yearForm:volunteerId_input"), "value", family + " 02"));
            browser.findElement(By.id("yearForm:tutorId_input")).sendKeys(tutorName);
            pickSuggestion(browser, wait, "yearForm:tutorId", tutorName);
            wait.until(ExpectedConditions.attributeContains(By.id("yearForm:tutorId_input"), "value", tutorName));
            browser.findElement(By.id("yearForm:projectId")).click();
            // the menu's panel slides open: a click at an item's position while it moves lands on its neighbour,
            // so the item is clicked once the panel stands still, and the menu must then show the project chosen
            wait.until(driver -> Boolean.TRUE.equals(((ChromeDriver) driver).executeScript(
                    "var p = jQuery(document.getElementById('yearForm:projectId_panel'));"
                            + " return p.is(':visible') && !p.is(':animated') && p.css('opacity') === '1';")));
            WebElement projectItem = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#yearForm\\:projectId_items li[data-label='" + projectName + "']")));
            projectItem.click();
            wait.until(ExpectedConditions.textToBe(By.id("yearForm:projectId_label"), projectName));
            browser.findElement(By.id("yearForm:startDate_input")).sendKeys(
                    LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            // the date picker's panel is open over the form: click Save as a script would
            browser.executeScript("arguments[0].click();", browser.findElement(By.id("yearForm:save")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), SAVED_YEAR));
            browser.findElement(By.id("yearSearch:text")).sendKeys(family);
            browser.findElement(By.id("yearSearch:search")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("yearList:years"), family + " 02"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("yearList:years"), tutorName));
            // stored as chosen: the tutor now follows exactly this year, of the volunteer picked by name
            given().baseUri(url("")).auth().preemptive().basic(tutorUser, Fixtures.PASSWORD).accept(ContentType.JSON).get("/api/v1/service-years").then().statusCode(200)
                    .body("size()", equalTo(1)).body("[0].volunteer.fullName", startsWith(family + " 02"));
        } finally {
            browser.quit();
        }
    }

    // ---------------------------------------------------------------- last: takes the database away

    @Test
    @Order(Integer.MAX_VALUE)
    void readinessIsDownWithoutTheDatabaseAndUpAgainWhenItReturns() throws Exception {
        given().baseUri(url("")).get("/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        MariaDbExtension.server().stop();
        try {
            given().baseUri(url("")).get("/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            MariaDbExtension.server().startAgain();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && (status = given().baseUri(url("")).get("/health/ready").statusCode()) != 200) {
            Thread.sleep(500);
        }
        assertEquals(200, status, "UP again without a restart");
        as("volunteer").get("/api/v1/me").then().statusCode(200);
    }

    /**
     * Clicks the suggestion of an autocomplete that starts with {@code label}, once its panel stands still and no
     * query is still on its way: the panel slides open, and a query sent during a pause in the typing redraws the
     * list when its answer comes, so an item clicked too early is elsewhere or gone.
     */
    private static void pickSuggestion(ChromeDriver browser, org.openqa.selenium.support.ui.WebDriverWait wait, String id, String label) {
        String item = "//li[contains(@class, 'ui-autocomplete-item') and starts-with(normalize-space(.), '" + label + "')]";
        wait.until(driver -> Boolean.TRUE.equals(((ChromeDriver) driver).executeScript(
                "var p = jQuery(document.getElementById(arguments[0]));"
                        + " return p.is(':visible') && !p.is(':animated') && !p.hasClass('ui-connected-overlay-enter-active')"
                        + " && p.css('opacity') === '1' && PrimeFaces.ajax.Queue.isEmpty();", id + "_panel"))
                && !driver.findElements(By.xpath(item)).isEmpty());
        browser.findElement(By.xpath(item)).click();
    }
}
