package it.milano.levacivica.portal.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import it.milano.levacivica.portal.demo.DemoWar;
import java.net.URL;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal with a database that hangs (its process frozen with SIGSTOP) and one that goes away (stopped and
 * started again), under a write load: requests fail fast with 503 (problem+json for the API, a page for people),
 * readiness goes DOWN, service resumes without a restart, and every write answered 201 is stored.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** How long the database hangs or is away: far longer than a request may wait (about 5 s). */
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        // arquillian.xml gives the other tests longer database timeouts; this test measures the production defaults
        // (FailFastDataSource: 1 s to connect, 2.5 s for an answer), put back by a config source that outranks it
        return DemoWar.of(Path.of(System.getProperty("portal.war", "target/portal.war")))
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "production-timeouts.jar").addAsResource(new StringAsset(
                        "config_ordinal=500\nportal.db.connectTimeoutMillis=1000\nportal.db.socketTimeoutMillis=2500\n"),
                        "META-INF/microprofile-config.properties"));
    }

    @ArquillianResource
    private URL base;

    /** No request of the test waits longer than this for an answer: a hanging portal shows as a client timeout. */
    private static RestAssuredConfig patient() {
        return RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 60_000).setParam("http.connection.timeout", 10_000));
    }

    @Test
    @Order(1)
    void aHangingDatabaseFailsRequestsFastAndNothingAnswered201IsLost() throws Exception {
        outageUnderLoad(true);
    }

    @Test
    @Order(2)
    void aBackupTakenWhileThePortalRunsRestoresEveryRowAndTheAuditChain() throws Exception {
        Fixtures fx = new Fixtures(base);
        fx.as("admin").get("/api/v1/audit/chain").then().statusCode(200).body("intact", equalTo(true));
        java.nio.file.Path dump = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "backup-", ".sql");
        // the portal runs during the backup; to compare, take it when nothing else writes (counted before and after)
        Map<String, Long> before = Map.of();
        for (int attempt = 0; attempt < 10; attempt++) {
            Map<String, Long> start = rowCounts();
            MariaDbExtension.server().backup(dump);
            before = rowCounts();
            if (before.equals(start)) {
                break;
            }
            Thread.sleep(2_000);
        }
        assertTrue(before.get("audit_record") > 0 && before.get("hour_entry") > 0, before.toString());

        // destroy: every table goes
        java.nio.file.Path drop = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "drop-", ".sql");
        java.nio.file.Files.writeString(drop, "SET FOREIGN_KEY_CHECKS = 0;\n" + String.join("\n",
                before.keySet().stream().map(t -> "DROP TABLE `" + t + "`;").toList()) + "\nSET FOREIGN_KEY_CHECKS = 1;\n");
        MariaDbExtension.server().execute(drop);
        assertEquals(Map.of(), rowCounts(), "the database is empty");

        // restore
        MariaDbExtension.server().execute(dump);
        assertEquals(before, rowCounts(), "every row is back");
        // the hours' monthly totals (V47) came back equal to their entries, and so did the triggers that keep them
        assertEquals(0L, scalar("select count(*) from (select service_year_id, entry_date - interval (dayofmonth(entry_date) - 1) day m,"
                + " category, coalesce(activity_type, '') a, sum(minutes) s, count(*) n from hour_entry group by 1, 2, 3, 4) e"
                + " left join hour_total t on t.service_year_id = e.service_year_id and t.month = e.m and t.category = e.category"
                + " and t.activity_type = e.a where t.minutes is null or t.minutes <> e.s or t.entries <> e.n"), "totals that differ from the entries");
        assertEquals(0L, scalar("select count(*) from hour_total t where t.entries > 0 and not exists (select 1 from hour_entry e"
                + " where e.service_year_id = t.service_year_id and e.category = t.category and coalesce(e.activity_type, '') = t.activity_type"
                + " and e.entry_date >= t.month and e.entry_date < t.month + interval 1 month)"), "totals of no entry");
        assertEquals(4L, scalar("select count(*) from information_schema.triggers where trigger_schema = database()"
                + " and event_object_table = 'hour_entry'"), "the triggers on hour_entry");
        fx.as("admin").get("/api/v1/audit/chain").then().statusCode(200).body("intact", equalTo(true));
        // and the portal goes on writing on top of it: the chain still holds
        fx.as("volunteer").get("/api/v1/me").then().statusCode(200);
        long cases = fx.as("socialworker").get("/api/v1/cases").then().statusCode(200).extract().jsonPath().getList("id").size();
        assertTrue(cases > 0);
        fx.as("admin").get("/api/v1/audit/chain").then().statusCode(200).body("intact", equalTo(true));
        System.out.printf("ResilienceIT backup: %d tables, %d rows, %d bytes restored%n", before.size(),
                before.values().stream().mapToLong(Long::longValue).sum(), java.nio.file.Files.size(dump));
    }

    private static long scalar(String sql) throws Exception {
        var db = MariaDbExtension.server();
        try (var c = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** @return each table of the portal's database and its number of rows (the migration history included) */
    private static Map<String, Long> rowCounts() throws Exception {
        var db = MariaDbExtension.server();
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (var c = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); var st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rs = st.executeQuery("select table_name from information_schema.tables where table_schema = database()"
                    + " and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (var rs = st.executeQuery("select count(*) from `" + t + "`")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    @Test
    @Order(3)
    void aDatabaseStoppedAndStartedAgainIsTheSame() throws Exception {
        outageUnderLoad(false);
    }

    /**
     * The year's report at national scale takes minutes to make: its make ({@code @LongQueries}, on the background
     * pool) waits for a query longer than a request's answer limit (2.5 s), while requests still fail fast. A table the
     * make reads is locked by another session for 6 s: meanwhile a request that reads it answers 503 within 5 s (its
     * pool then closes all its connections, fail-all-connections, which must not end the make), and the make waits and
     * keeps the report, having taken longer than a request may.
     */
    @Test
    @Order(4)
    void theYearsReportIsMadeBeyondARequestsAnswerLimitWhileRequestsFailFast() throws Exception {
        Fixtures fx = new Fixtures(base);
        int year = LocalDate.now(ROME).getYear();
        String report = "/api/v1/reports/year/" + year;
        fx.as("coordinator").post(report + "/update").then().statusCode(200);
        String before = fx.as("coordinator").get(report).then().statusCode(200).extract().jsonPath().getString("madeAt");
        LocalDate monday = LocalDate.now(ROME).minusWeeks(1).with(DayOfWeek.MONDAY);
        Fixtures.Volunteer v = fx.volunteer(fx.person("TUTOR").getValue(), monday);
        String entry = fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("date", monday.plusDays(1).toString(), "category", "SERVICE", "minutes", 60, "activityType", "TESTIMONIES"))
                .post("/api/v1/service-years/" + v.serviceYearId() + "/entries").then().statusCode(201).extract().header("Location");
        var db = MariaDbExtension.server();
        long failedIn;
        try (var lock = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); var st = lock.createStatement()) {
            st.execute("lock tables hour_entry write");
            try {
                long asked = System.nanoTime();
                fx.as("coordinator").config(patient()).post(report + "/update").then().statusCode(202);
                long t = System.nanoTime();
                fx.as(v.username(), Fixtures.PASSWORD).config(patient()).get(entry).then().statusCode(503)
                        .contentType("application/problem+json");
                failedIn = (System.nanoTime() - t) / 1_000_000;
                assertTrue(failedIn < 5_000, "a request gives up within 5 s: " + failedIn + " ms");
                pause(Math.max(0, 6_000 - (System.nanoTime() - asked) / 1_000_000));
            } finally {
                st.execute("unlock tables");
            }
        }
        String made = before;
        for (long until = System.nanoTime() + 60_000_000_000L; made.equals(before) && System.nanoTime() < until; pause(250)) {
            made = fx.as("coordinator").get(report).then().statusCode(200).extract().jsonPath().getString("madeAt");
        }
        assertTrue(java.time.Instant.parse(made).isAfter(java.time.Instant.parse(before)), "made again after the lock: " + made);
        long millis = scalar("select millis from year_report where year = " + year);
        assertTrue(millis > 2_500, "the make waited longer than a request may, and kept the report: " + millis + " ms");
        System.out.printf("ResilienceIT year's report: made in %d ms across a 6 s lock, while a request gave up in %d ms%n", millis,
                failedIn);
    }

    private void outageUnderLoad(boolean hang) throws Exception {
        Fixtures fx = new Fixtures(base);
        var tutor = fx.person("TUTOR");
        LocalDate today = LocalDate.now(ROME);
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), today.minusWeeks(30));
        // a session for the page check, opened before the outage
        String session = signIn(fx, v.username());

        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusWeeks(29).with(DayOfWeek.MONDAY); d.isBefore(today.minusDays(1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> created = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<String> unrecognised = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger unavailable = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 3; t++) {
            load.submit(() -> {
                while (running.get()) {
                    int i = next.getAndIncrement();
                    if (i >= days.size()) {
                        return;
                    }
                    Response r = fx.as(v.username(), Fixtures.PASSWORD).config(patient()).contentType(ContentType.JSON)
                            .body(Map.of("date", days.get(i).toString(), "category", "SERVICE", "minutes", 60,
                                    "activityType", "ADMINISTRATIVE_SUPPORT"))
                            .post("/api/v1/service-years/" + v.serviceYearId() + "/entries");
                    if (r.statusCode() == 201) {
                        created.add(r.header("Location"));
                    } else if (r.statusCode() == 503) {
                        unavailable.incrementAndGet();
                        if (!r.contentType().startsWith("application/problem+json")) {
                            problems.add("503 without problem+json: " + r.contentType());
                        }
                    } else if (r.statusCode() >= 500 && r.contentType().startsWith("application/problem+json")) {
                        // a failure the portal did not recognise as the outage: nothing was stored either (checked
                        // below), but it should have said 503; counted and printed, see the note of issue 16
                        unrecognised.add(r.statusCode() + " " + r.asString());
                    } else {
                        problems.add(r.statusCode() + " " + r.asString());
                    }
                    pause(100);
                }
            });
        }
        long warmUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (created.size() < 3 && problems.isEmpty() && System.nanoTime() < warmUp) {
            pause(200);
        }
        assertTrue(created.size() >= 3, "the load writes before the outage: " + problems);

        long started = System.nanoTime();
        if (hang) {
            MariaDbExtension.server().pause();
        } else {
            MariaDbExtension.server().stop();
        }
        long apiMillis;
        try {
            // the API: 503 problem+json, not a wait for the database's return
            long t0 = System.nanoTime();
            Response me = fx.as(v.username(), Fixtures.PASSWORD).config(patient()).get("/api/v1/me");
            apiMillis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            assertEquals(503, me.statusCode(), me.asString());
            assertTrue(me.contentType().startsWith("application/problem+json"), me.contentType());
            assertEquals("5", me.header("Retry-After"));
            // readiness: DOWN
            t0 = System.nanoTime();
            given().baseUri(fx.url("")).config(patient()).get("/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            long healthMillis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            // a person: the "temporarily unavailable" page, with its status
            t0 = System.nanoTime();
            Response page = given().baseUri(fx.url("")).config(patient()).cookie("JSESSIONID", session).redirects().follow(false)
                    .get("/volunteer/home.xhtml");
            long pageMillis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            assertEquals(503, page.statusCode(), page.asString());
            assertTrue(page.asString().contains("data-error=\"unavailable\""), page.asString());
            System.out.printf("ResilienceIT %s: while away, the API answered 503 in %d ms, readiness DOWN in %d ms, the page 503 in %d ms%n",
                    hang ? "hang" : "stop", apiMillis, healthMillis, pageMillis);
            assertTrue(System.nanoTime() - started < OUTAGE.toNanos(), "the checks ended while the database was still away");
            pause(Math.max(0, OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - started).toMillis()));
        } finally {
            if (hang) {
                MariaDbExtension.server().resume();
            } else {
                MariaDbExtension.server().startAgain();
            }
        }

        // back without a restart
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline
                && (status = given().baseUri(fx.url("")).config(patient()).get("/health/ready").statusCode()) != 200) {
            pause(500);
        }
        assertEquals(200, status, "UP again without a restart");
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(200);
        pause(2_000);
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(2, TimeUnit.MINUTES));

        assertEquals(List.of(), problems, "every answer was 201, a 503 problem or a 5xx problem (never a 4xx, never a bare error)");
        if (!unrecognised.isEmpty()) {
            System.out.printf("ResilienceIT %s: %d writes answered a 5xx other than 503: %s%n", hang ? "hang" : "stop",
                    unrecognised.size(), unrecognised.get(0));
        }
        assertTrue(unavailable.get() > 0, "some writes met the outage");
        for (String location : created) {
            given().config(patient()).auth().preemptive().basic(v.username(), Fixtures.PASSWORD).get(location).then().statusCode(200);
        }
        int stored = fx.as(v.username(), Fixtures.PASSWORD)
                .get("/api/v1/service-years/" + v.serviceYearId() + "/entries?from=" + days.get(0) + "&to=" + today + "&limit=500")
                .then().statusCode(200).extract().jsonPath().getList("id").size();
        assertTrue(stored >= created.size(), "every write answered 201 is stored: " + stored + " of " + created.size());
        System.out.printf("ResilienceIT %s: %d writes answered 201 (all stored), %d answered 503, %d stored%n",
                hang ? "hang" : "stop", created.size(), unavailable.get(), stored);
    }

    private static String signIn(Fixtures fx, String user) {
        Response login = given().baseUri(fx.url("")).redirects().follow(false).get("/login.xhtml");
        String session = login.cookie("JSESSIONID");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(login.asString());
        assertTrue(m.find(), "the sign-in form's token");
        Response r = given().baseUri(fx.url("")).redirects().follow(false).cookie("JSESSIONID", session)
                .formParam("username", user).formParam("password", Fixtures.PASSWORD).formParam("csrf", m.group(1))
                .post("/auth/login");
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303, r.statusCode() + " " + r.asString());
        return r.cookie("JSESSIONID") != null ? r.cookie("JSESSIONID") : session;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
