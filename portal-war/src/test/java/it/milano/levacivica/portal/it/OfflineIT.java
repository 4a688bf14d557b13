package it.milano.levacivica.portal.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import it.milano.levacivica.portal.demo.DemoWar;
import it.milano.levacivica.portal.demo.EmbeddedMariaDb;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14, part 2: the volunteer's today card works offline. The API side: {@code Idempotency-Key} on
 * {@code POST /service-years/{id}/entries} stores an entry once however often (and however concurrently) it is
 * sent, remembers refusals, refuses a key reused for another body, keeps accounts apart and forgets keys after
 * 24 hours. The browser side: with Chromium's network switched off the card keeps the entry on the phone, shows
 * it as waiting, and sends it once when the network returns; a refusal of the rules comes back to the card.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class OfflineIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return DemoWar.of(Path.of(System.getProperty("portal.war", "target/portal.war")));
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

    private Fixtures.Volunteer newVolunteer() {
        long tutor = fx.person("TUTOR").getValue();
        return fx.volunteer(tutor, today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(6));
    }

    private static String entries(Fixtures.Volunteer v) {
        return "/api/v1/service-years/" + v.serviceYearId() + "/entries";
    }

    /** A day of last week: a weekday that no rule refuses for 2 h of service. */
    private static LocalDate lastWeek(DayOfWeek day) {
        return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1).with(day);
    }

    private Response post(Fixtures.Volunteer v, String key, Object body) {
        var spec = fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(body);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.post(entries(v));
    }

    private List<Integer> minutesStored(Fixtures.Volunteer v) {
        return fx.as(v.username(), Fixtures.PASSWORD).get(entries(v) + "?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("minutes");
    }

    private static Connection owner() throws Exception {
        EmbeddedMariaDb db = MariaDbExtension.server();
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    // ---------------------------------------------------------------- the API: Idempotency-Key

    @Test
    void theSameKeyTwiceStoresOneEntryAndAnswersTheSameLocationWithTheKeyAndTheEntryInTheDatabase() throws Exception {
        Fixtures.Volunteer v = newVolunteer();
        String key = UUID.randomUUID().toString();
        String day = lastWeek(DayOfWeek.TUESDAY).toString();
        Response first = post(v, key, Map.of("date", day, "category", "SERVICE", "minutes", 120, "activityType", "COMMUNICATION"));
        first.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        // the same request spelled differently (order, spaces, case of the name): the same request
        Response again = post(v, key, "{ \"minutes\": 120, \"activityType\": \"communication\", \"category\": \"SERVICE\", \"date\": \"" + day + "\" }");
        again.then().statusCode(201).contentType(ContentType.JSON).header("Idempotent-Replayed", "true");
        assertNotNull(first.header("Location"));
        assertEquals(first.header("Location"), again.header("Location"), "the same Location");
        assertEquals(first.jsonPath().getLong("entry.id"), again.jsonPath().getLong("entry.id"));
        assertEquals(first.jsonPath().getMap("$"), again.jsonPath().getMap("$"), "the same body");
        assertEquals(List.of(120), minutesStored(v), "one entry");
        fx.as(v.username(), Fixtures.PASSWORD).get(first.header("Location")).then().statusCode(200).body("minutes", equalTo(120));
        // the key, the answer and the entry are in the database together
        try (Connection c = owner(); PreparedStatement ps = c.prepareStatement(
                "SELECT status, entry_id, TIMESTAMPDIFF(HOUR, created_at, expires_at) FROM idempotent_request WHERE person_id = ? AND idem_key = ?")) {
            ps.setLong(1, v.personId());
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the key is remembered");
                assertEquals(201, rs.getInt(1));
                assertEquals(first.jsonPath().getLong("entry.id"), rs.getLong(2));
                assertEquals(24, rs.getInt(3), "for 24 hours");
            }
        }
        // a new key is a new entry
        post(v, UUID.randomUUID().toString(), Map.of("date", day, "category", "SERVICE", "minutes", 120, "activityType", "COMMUNICATION"))
                .then().statusCode(201);
        assertEquals(List.of(120, 120), minutesStored(v));
    }

    @Test
    void theSameKeyWithAnotherBodyOrAnotherYearIsRefusedWith422AndStoresNothing() {
        Fixtures.Volunteer v = newVolunteer();
        String key = "retry-" + UUID.randomUUID();
        String day = lastWeek(DayOfWeek.WEDNESDAY).toString();
        post(v, key, Map.of("date", day, "category", "SERVICE", "minutes", 60, "activityType", "TESTIMONIES")).then().statusCode(201);
        post(v, key, Map.of("date", day, "category", "SERVICE", "minutes", 90, "activityType", "TESTIMONIES")).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("/problems/idempotency-key-reused"));
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).header("Accept-Language", "en").header("Idempotency-Key", key)
                .body(Map.of("date", day, "category", "SPECIFIC_TRAINING", "minutes", 60)).post(entries(v)).then().statusCode(422)
                .body("detail", equalTo("This idempotency key was used in the last 24 hours for a different request: use a new key."));
        assertEquals(List.of(60), minutesStored(v));
    }

    @Test
    void aRefusalOfTheRulesIsRememberedAndAnsweredAgainWithoutStoringAnything() {
        Fixtures.Volunteer v = newVolunteer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> tomorrow = Map.of("date", today().plusDays(1).toString(), "category", "SERVICE", "minutes", 60,
                "activityType", "COMMUNICATION");
        Response refused = post(v, key, tomorrow);
        refused.then().statusCode(422).contentType("application/problem+json").body("type", equalTo("/problems/rule-violation"))
                .body("violations[0].rule", equalTo("DATE_IN_FUTURE"));
        Response again = post(v, key, tomorrow);
        again.then().statusCode(422).contentType("application/problem+json").header("Idempotent-Replayed", "true");
        assertEquals(refused.jsonPath().getMap("$"), again.jsonPath().getMap("$"), "the same refusal");
        assertNull(again.header("Location"));
        assertEquals(List.of(), minutesStored(v));
    }

    @Test
    void parallelRequestsWithOneKeyStoreExactlyOneEntryAndAllGetItsLocation() throws Exception {
        Fixtures.Volunteer v = newVolunteer();
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(200); // the password checked once, then remembered
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("date", lastWeek(DayOfWeek.THURSDAY).toString(), "category", "SERVICE", "minutes", 180,
                "activityType", "INCLUSION_INITIATIVES");
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(v, key, body);
                }));
            }
            start.countDown();
            Set<String> locations = new HashSet<>();
            int replayed = 0;
            for (Future<Response> f : answers) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                locations.add(r.header("Location"));
                replayed += "true".equals(r.header("Idempotent-Replayed")) ? 1 : 0;
            }
            assertEquals(1, locations.size(), "one Location for all: " + locations);
            assertEquals(n - 1, replayed, "one did the work, the others got its answer");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(180), minutesStored(v), "exactly one entry");
    }

    @Test
    void theSameKeyFromAnotherAccountIsAnotherRequest() {
        Fixtures.Volunteer a = newVolunteer();
        Fixtures.Volunteer b = newVolunteer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("date", lastWeek(DayOfWeek.FRIDAY).toString(), "category", "SERVICE", "minutes", 240,
                "activityType", "ADMINISTRATIVE_SUPPORT");
        Response first = post(a, key, body);
        first.then().statusCode(201);
        Response other = post(b, key, body);
        other.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertNotEquals(first.header("Location"), other.header("Location"));
        assertEquals(List.of(240), minutesStored(a));
        assertEquals(List.of(240), minutesStored(b));
        // and b cannot replay a's answer into a's year either: that is b's key on a's year, refused as any write there
        post(b, UUID.randomUUID().toString(), Map.of("date", lastWeek(DayOfWeek.FRIDAY).toString(), "category", "SERVICE", "minutes", 60,
                "activityType", "COMMUNICATION")).then().statusCode(201);
        fx.as(b.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(entries(a))
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(List.of(240), minutesStored(a));
    }

    @Test
    void keysOfTheWrongFormAreRefusedNamingTheHeaderAndAKeyIsForgottenAfter24Hours() throws Exception {
        Fixtures.Volunteer v = newVolunteer();
        Map<String, Object> body = Map.of("date", lastWeek(DayOfWeek.MONDAY).toString(), "category", "SERVICE", "minutes", 60,
                "activityType", "MEETING_SUMMARIES");
        for (String bad : List.of("", " ", "a b", "x".repeat(101), "k;drop", "k/1")) {
            post(v, bad, body).then().statusCode(400).contentType("application/problem+json").body("type", equalTo("/problems/invalid-input"))
                    .body("errors.Idempotency-Key", org.hamcrest.Matchers.notNullValue());
        }
        post(v, "chiave-è", body).then().statusCode(400); // outside ASCII: refused (by the HTTP server before the portal sees it)
        assertEquals(List.of(), minutesStored(v), "nothing stored by refused keys");
        String key = "k".repeat(100);
        post(v, key, body).then().statusCode(201);
        post(v, key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
        try (Connection c = owner(); PreparedStatement ps = c.prepareStatement(
                "UPDATE idempotent_request SET created_at = created_at - INTERVAL 25 HOUR, expires_at = expires_at - INTERVAL 25 HOUR"
                        + " WHERE person_id = ? AND idem_key = ?")) {
            ps.setLong(1, v.personId());
            ps.setString(2, key);
            assertEquals(1, ps.executeUpdate());
        }
        // a day later the key is free again: the same key is a new request
        post(v, key, Map.of("date", lastWeek(DayOfWeek.MONDAY).toString(), "category", "SERVICE", "minutes", 30,
                "activityType", "MEETING_SUMMARIES")).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertEquals(List.of(60, 30), minutesStored(v));
    }

    @Test
    void theDescriptionNamesTheHeaderWithItsFormAndStaysValid() {
        String json = io.restassured.RestAssured.given().baseUri(fx.url("")).accept(ContentType.JSON).get("/openapi").then().statusCode(200)
                .extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), result.getMessages(), "swagger-parser finds nothing to say");
        OpenAPI api = result.getOpenAPI();
        var create = api.getPaths().get("/api/v1/service-years/{id}/entries").getPost();
        assertEquals("createEntry", create.getOperationId());
        Parameter header = create.getParameters().stream().filter(p -> "Idempotency-Key".equals(p.getName())).findFirst().orElseThrow();
        assertEquals("header", header.getIn());
        assertEquals(100, header.getSchema().getMaxLength());
        assertEquals("^[A-Za-z0-9._:-]{1,100}$", header.getSchema().getPattern());
        assertNotEquals(Boolean.TRUE, header.getRequired(), "optional");
        assertTrue(create.getResponses().get("422").getDescription().contains("idempotency-key-reused"), create.getResponses().get("422").getDescription());
    }

    // ---------------------------------------------------------------- the browser: the today card offline

    private static final String WAITING = "In attesa di invio";
    private static final String KEPT = "Senza rete: le ore restano su questo telefono e saranno inviate appena torna la connessione.";
    private static final String SENT = "Ore inviate e registrate.";
    private static final String REFUSED = "Ore non registrate:";

    /** Chromium as a 390 x 844 phone in Rome's time zone (the card's day is the phone's day). */
    private static ChromeDriver phone() throws Exception {
        ChromeDriver browser = Browser.start();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Rome"));
        return browser;
    }

    private static void signIn(ChromeDriver browser, String origin, Fixtures.Volunteer v) {
        Browser.openSignIn(browser, origin + "/login.xhtml");
        browser.findElement(By.id("username")).sendKeys(v.username());
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("signIn")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("todayForm:save")));
        Browser.waitFor(browser).until(d -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /** Selenium's DevTools network conditions: the page is told it is offline, and its requests fail. */
    private static void network(ChromeDriver browser, boolean on) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(!on);
        browser.setNetworkConditions(conditions);
        Browser.waitFor(browser).until(d -> Boolean.valueOf(on).equals(browser.executeScript("return navigator.onLine")));
    }

    private static WebDriverWait longWait(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(75)); // the card also retries every 30 s
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    private static String text(ChromeDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static Object queue(ChromeDriver browser, long serviceYearId) {
        return browser.executeScript("return localStorage.getItem('levacivica.today.queue." + serviceYearId + "')");
    }

    private List<Integer> minutesToday(Fixtures.Volunteer v) {
        return fx.as(v.username(), Fixtures.PASSWORD).get(entries(v) + "?from=" + today() + "&to=" + today().plusDays(1))
                .then().statusCode(200).extract().jsonPath().getList("minutes");
    }

    private static LocalDate dayBefore() {
        return today().minusDays(today().getDayOfWeek() == DayOfWeek.MONDAY ? 2 : 1);
    }

    @Test
    void withTheNetworkOffTheCardKeepsTheEntryShowsItWaitingAndWhenItReturnsStoresItOnceEvenIfAnEarlierTryGotThrough() throws Exception {
        Fixtures.Volunteer v = newVolunteer();
        post(v, null, Map.of("date", dayBefore().toString(), "category", "SERVICE", "minutes", 195, "activityType", "COMMUNICATION"))
                .then().statusCode(201);
        ChromeDriver browser = phone();
        try {
            signIn(browser, fx.url(""), v);
            network(browser, false);
            browser.findElement(By.id("todayForm:save")).click(); // the one tap, offline
            Browser.waitFor(browser).until(d -> text(browser, "todayWaiting").contains(WAITING));
            assertTrue(text(browser, "todayWaiting").contains("3 h 15"), text(browser, "todayWaiting"));
            assertEquals(KEPT, text(browser, "todayNotice"));
            assertEquals(List.of(), minutesToday(v), "nothing reached the portal");
            // an earlier try reached the portal and only its answer was lost: the portal has the entry under the card's key
            String key = (String) browser.executeScript("return JSON.parse(localStorage.getItem('levacivica.today.queue." + v.serviceYearId()
                    + "'))[0].key");
            String body = (String) browser.executeScript("return JSON.stringify(JSON.parse(localStorage.getItem('levacivica.today.queue."
                    + v.serviceYearId() + "'))[0].body)");
            post(v, key, body).then().statusCode(201);
            network(browser, true);
            longWait(browser).until(d -> SENT.equals(text(browser, "todayNotice")));
            assertEquals("", text(browser, "todayWaiting"), "the waiting line is gone");
            assertNull(queue(browser, v.serviceYearId()), "the queue is empty");
            longWait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("todayLogged"), "3 h 15")); // progress reloaded
            assertEquals("", text(browser, "todayRefusal"));
        } finally {
            browser.quit();
        }
        assertEquals(List.of(195), minutesToday(v), "stored exactly once");
    }

    @Test
    void aRefusalOfTheRulesComesBackToTheCardAndTheEntryLeavesTheQueue() throws Exception {
        Fixtures.Volunteer v = newVolunteer();
        Map<String, Object> fiveHours = Map.of("date", today().toString(), "category", "SERVICE", "minutes", 300, "activityType", "TESTIMONIES");
        post(v, null, fiveHours).then().statusCode(201);
        // what the portal says of 5 more hours today (10 h: over the daily maximum), in Italian
        String rule = post(v, null, fiveHours).then().statusCode(422).extract().jsonPath().getString("violations[0].message");
        ChromeDriver browser = phone();
        try {
            signIn(browser, fx.url(""), v);
            assertEquals("300", new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("todayForm:minutes")))
                    .getFirstSelectedOption().getAttribute("value"), "the last duration is preselected");
            network(browser, false);
            browser.findElement(By.id("todayForm:save")).click();
            Browser.waitFor(browser).until(d -> text(browser, "todayWaiting").contains(WAITING));
            network(browser, true);
            longWait(browser).until(d -> text(browser, "todayRefusal").startsWith(REFUSED));
            String refusal = text(browser, "todayRefusal");
            assertTrue(refusal.contains(rule), refusal + " should say " + rule);
            assertEquals("alert", browser.findElement(By.id("todayRefusal")).getAttribute("role"), "announced");
            assertEquals("", text(browser, "todayWaiting"));
            assertNull(queue(browser, v.serviceYearId()), "a refused entry is not sent again");
        } finally {
            browser.quit();
        }
        assertEquals(List.of(300), minutesToday(v), "nothing more stored");
    }

    @Test
    void inASecureContextTheServiceWorkerOpensTheHomeWithoutAnyNetworkAndTheEntryIsSentOnceItReturns() throws Exception {
        Fixtures.Volunteer v = newVolunteer();
        post(v, null, Map.of("date", dayBefore().toString(), "category", "SERVICE", "minutes", 120, "activityType", "COMMUNICATION"))
                .then().statusCode(201);
        ChromeDriver browser = phone();
        try (NetworkSwitch net = new NetworkSwitch(base.getHost(), base.getPort())) {
            String origin = net.origin() + base.getPath().replaceAll("/$", "");
            signIn(browser, origin, v);
            assertEquals(Boolean.TRUE, browser.executeScript("return window.isSecureContext"));
            assertTrue(((String) browser.executeScript("var l = document.querySelector('link[rel=manifest]'); return l ? l.href : ''"))
                    .endsWith("/app.webmanifest?lang=it"), "the manifest is linked");
            longWait(browser).until(d -> Boolean.TRUE.equals(browser.executeScript("return !!navigator.serviceWorker.controller")));
            String home = origin + "/volunteer/home.xhtml";
            longWait(browser).until(d -> Boolean.TRUE.equals(browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "caches.match('" + home + "').then(function (r) { done(!!r); }, function () { done(false); });")));
            net.off();
            assertThrows(java.io.IOException.class, () -> new java.net.Socket("localhost", java.net.URI.create(net.origin()).getPort()).close(),
                    "no server is reachable");
            network(browser, false);
            browser.get(home);
            Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("todayForm:save")));
            browser.findElement(By.id("todayForm:save")).click();
            Browser.waitFor(browser).until(d -> text(browser, "todayWaiting").contains(WAITING));
            assertTrue(text(browser, "todayWaiting").contains("2 h"), text(browser, "todayWaiting"));
            net.on();
            network(browser, true);
            longWait(browser).until(d -> SENT.equals(text(browser, "todayNotice")));
            assertNull(queue(browser, v.serviceYearId()));
            // signing out deletes the kept copy of the home page
            browser.findElement(By.id("signOut")).click();
            Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            longWait(browser).until(d -> Boolean.FALSE.equals(browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "caches.match('" + home + "').then(function (r) { done(!!r); }, function () { done(true); });")));
        } finally {
            browser.quit();
        }
        assertEquals(List.of(120), minutesToday(v), "stored exactly once");
    }

    @Test
    void theManifestAndTheServiceWorkerArePublicAndTheWorkerMayOnlyFetchItsOwnOrigin() {
        Response manifest = io.restassured.RestAssured.given().baseUri(fx.url("")).get("/app.webmanifest?lang=en");
        manifest.then().statusCode(200).contentType("application/manifest+json").body("short_name", equalTo("My hours"))
                .body("theme_color", equalTo("#1565c0")).body("display", equalTo("standalone"));
        String root = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        assertEquals(root + "volunteer/home.xhtml", manifest.jsonPath().getString("start_url"));
        assertEquals(root, manifest.jsonPath().getString("scope"));
        for (String icon : manifest.jsonPath().<String>getList("icons.src")) {
            io.restassured.RestAssured.given().baseUri(fx.url("")).get(icon.substring(root.length() - 1)).then().statusCode(200);
        }
        io.restassured.RestAssured.given().baseUri(fx.url("")).get("/app.webmanifest").then().body("short_name", equalTo("Le mie ore"));
        io.restassured.RestAssured.given().baseUri(fx.url("")).redirects().follow(false).get("/sw.js").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("javascript"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("connect-src 'self'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"));
    }

    @Test
    void aPageScriptWhoseSessionEndedIsChallengedForATokenNotForThePasswordDialog() {
        Fixtures.Volunteer v = newVolunteer();
        var script = io.restassured.RestAssured.given().baseUri(fx.url("")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .cookie("JSESSIONID", "ended").header("X-CSRF-Token", "stale").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("date", today().toString(), "category", "SERVICE", "minutes", 60, "activityType", "COMMUNICATION"))
                .post(entries(v));
        script.then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        io.restassured.RestAssured.given().baseUri(fx.url("")).accept(ContentType.JSON).get("/api/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
        assertEquals(List.of(), minutesStored(v));
    }
}
