package it.milano.levacivica.portal.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import it.milano.levacivica.portal.demo.DemoWar;
import it.milano.levacivica.portal.demo.EmbeddedMariaDb;
import it.milano.levacivica.portal.demo.PortalCluster;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16, part 4: two Payara Micro instances of the portal in one Data Grid behind HAProxy, against the one
 * MariaDB of the test JVM ({@link PortalCluster}; free ports; started in parallel, the first one of them loads the demo
 * data if the database has none yet). Each test would fail if the portal kept its state per instance.
 *
 * <p>The tests share the two instances (starting them is the expensive part): the last one kills one of them.
 */
@ExtendWith(MariaDbExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private static PortalCluster cluster;
    private static PortalCluster.Instance a;
    private static PortalCluster.Instance b;
    private static Fixtures viaBalancer;

    @BeforeAll
    static void startCluster() throws Exception {
        Path target = Path.of(System.getProperty("portal.war", "target/portal.war")).toAbsolutePath().getParent();
        Path war = target.resolve("portal-cluster-it.war");
        DemoWar.withTestClock(target.resolve("portal.war")).as(ZipExporter.class).exportTo(war.toFile(), true);
        EmbeddedMariaDb db = MariaDbExtension.server();
        List<String> properties = List.of("-Dportal.db.url=" + db.jdbcUrl(), "-Dportal.db.user=" + db.appUser(),
                "-Dportal.db.password=" + db.appPassword(), "-Dportal.db.migrationUser=" + db.user(),
                "-Dportal.db.migrationPassword=" + db.password(), "-Dportal.proxy.trusted=127.0.0.1", "-Dportal.demo=true",
                "-Dportal.profile=test", "-Dportal.mail.host=127.0.0.1", "-Dportal.mail.port=" + SmtpExtension.server().smtpPort(),
                "-Dportal.reminders.scheduled=false", "-Dportal.secondFactor.required=false",
                // as in arquillian.xml: a shared CI machine's database sometimes answers later than the production limits
                "-Dportal.db.connectTimeoutMillis=5000", "-Dportal.db.socketTimeoutMillis=15000",
                // SPID through the test's OpenID provider (started by MariaDbExtension)
                "-Dportal.oidc.providers=spid", "-Dportal.oidc.spid.issuer=" + System.getProperty("portal.it.oidcBase") + "/spid",
                "-Dportal.oidc.spid.clientId=portal-it", "-Dportal.oidc.spid.clientSecret=it-secret",
                "-Dportal.oidc.spid.strongAcr=https://www.spid.gov.it/SpidL2,https://www.spid.gov.it/SpidL3");
        Path preboot = Path.of(System.getProperty("portal.preboot", "../config/payara-preboot.txt")).toAbsolutePath();
        long t0 = System.nanoTime();
        cluster = PortalCluster.start(new PortalCluster.Settings(Path.of(System.getProperty("payara.microJar")), war,
                preboot, target.resolve("cluster-it"), 2, 0, 0, 0, 0, "768m", Map.of(), properties));
        System.out.printf("ClusterIT: two instances and HAProxy ready in %.0f s (%s)%n", (System.nanoTime() - t0) / 1e9, cluster.url());
        a = cluster.instance("node-a");
        b = cluster.instance("node-b");
        viaBalancer = new Fixtures(new URL(cluster.url()));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Fixtures on(PortalCluster.Instance i) {
        try {
            return new Fixtures(new URL(i.url()));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ROME);
    }

    // ---------------------------------------------------------------- one Data Grid, one service behind HAProxy

    @Test
    @Order(1)
    void bothInstancesAreInOneDataGridAndHaproxyNamesTheInstanceThatAnswered() {
        assertEquals(2, cluster.gridMembers().values().stream().mapToInt(Integer::intValue).max().orElse(0),
                "the instance that started last saw both in the Data Grid: " + cluster.gridMembers());
        List<String> seen = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            seen.add(given().baseUri(cluster.url()).get("/health/ready").then().statusCode(200).extract()
                    .header(PortalCluster.INSTANCE_HEADER));
        }
        assertTrue(seen.contains("node-a") && seen.contains("node-b"), "round robin for new clients: " + seen);
    }

    // ---------------------------------------------------------------- an account disabled on A is refused on B at once

    /**
     * A browser session signed in through the form on one instance: its cookies (the session id, and the session's
     * version that Payara adds when sessions are replicated, {@code JSESSIONIDVERSION}).
     */
    private static Map<String, String> signInSession(PortalCluster.Instance i, String username, String password) {
        Response page = given().baseUri(i.url()).redirects().follow(false).get("/login.xhtml");
        Map<String, String> cookies = new java.util.HashMap<>(page.getCookies());
        Matcher m = FORM_TOKEN.matcher(page.asString());
        assertTrue(m.find(), "the sign-in form's token");
        Response r = given().baseUri(i.url()).redirects().follow(false).cookies(cookies)
                .formParam("csrf", m.group(1)).formParam("username", username).formParam("password", password).post("/auth/login");
        assertEquals(302, r.statusCode());
        assertFalse(r.getHeader("Location").contains("login.xhtml"), "signed in: " + r.getHeader("Location") + " " + cookies);
        cookies.putAll(r.getCookies());
        return cookies;
    }

    private static RequestSpecification withSession(PortalCluster.Instance i, Map<String, String> cookies) {
        return given().baseUri(i.url()).redirects().follow(false).cookies(cookies).accept(ContentType.JSON);
    }

    @Test
    @Order(2)
    void anAccountDisabledThroughOneInstanceIsRefusedOnTheOtherAtOnceBySessionAndByHttpBasic() {
        Map.Entry<String, Long> tutor = on(a).person("TUTOR");
        Map<String, String> session = signInSession(b, tutor.getKey(), Fixtures.PASSWORD);
        Supplier<RequestSpecification> bySession = () -> withSession(b, session);
        RequestSpecification basicOnB = on(b).as(tutor.getKey(), Fixtures.PASSWORD);
        bySession.get().get("/api/v1/me").then().statusCode(200);
        // twice: the second answer comes from B's memory of the first check (BasicCredentialCache)
        basicOnB.get("/api/v1/me").then().statusCode(200);
        basicOnB.get("/api/v1/me").then().statusCode(200);

        long version = on(a).as("admin").get("/api/v1/people/" + tutor.getValue()).then().statusCode(200).extract().jsonPath().getLong("version");
        on(a).as("admin").contentType(ContentType.JSON)
                .body(Map.of("fullName", "Test " + tutor.getKey(), "email", tutor.getKey() + "@example.org", "roles", List.of("TUTOR"),
                        "enabled", false, "version", version))
                .put("/api/v1/people/" + tutor.getValue() + "/account").then().statusCode(200);

        // the very next request on B, with no wait
        bySession.get().get("/api/v1/me").then().statusCode(401);
        on(b).as(tutor.getKey(), Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(401);
        // and the session is gone on A too: it lived in the Data Grid, not in B alone
        withSession(a, session).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    @Order(3)
    void aSessionSignedInOnOneInstanceIsKnownToTheOther() {
        Map<String, String> session = signInSession(a, "tutor", "demo");
        assertEquals("tutor", withSession(b, session).get("/api/v1/me").then().statusCode(200).extract().jsonPath().getString("username"));
    }

    // ---------------------------------------------------------------- one Idempotency-Key, two instances, one entry

    @Test
    @Order(4)
    void theSameIdempotencyKeySentToBothInstancesAtOnceStoresOneEntry() throws Exception {
        long tutorId = on(a).person("TUTOR").getValue();
        Fixtures.Volunteer v = on(a).volunteer(tutorId, today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(6));
        String day = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1).with(DayOfWeek.TUESDAY).toString();
        Map<String, Object> body = Map.of("date", day, "category", "SERVICE", "minutes", 120, "activityType", "COMMUNICATION");
        String path = "/api/v1/service-years/" + v.serviceYearId() + "/entries";
        for (int round = 0; round < 3; round++) {
            String key = UUID.randomUUID().toString();
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Response>> answers = new ArrayList<>();
            for (PortalCluster.Instance i : List.of(a, b)) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    RequestSpecification spec = on(i).as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                            .header("Idempotency-Key", key).body(body);
                    try {
                        together.await(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return spec.post(path);
                }));
            }
            Response first = answers.get(0).get(60, TimeUnit.SECONDS);
            Response second = answers.get(1).get(60, TimeUnit.SECONDS);
            assertEquals(201, first.statusCode(), first.asString());
            assertEquals(201, second.statusCode(), second.asString());
            assertEquals(first.jsonPath().getLong("entry.id"), second.jsonPath().getLong("entry.id"), "one entry, the same answer");
            assertEquals(1, (first.header("Idempotent-Replayed") == null ? 0 : 1) + (second.header("Idempotent-Replayed") == null ? 0 : 1),
                    "one of them did the work, the other got its answer");
            try (Connection c = owner(); PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM idempotent_request WHERE person_id = ? AND idem_key = ?")) {
                ps.setLong(1, v.personId());
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1));
                }
            }
        }
        List<Integer> minutes = on(b).as(v.username(), Fixtures.PASSWORD).get(path + "?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("minutes");
        assertEquals(List.of(120, 120, 120), minutes, "three keys, three entries, whatever instance answered");
    }

    private static Connection owner() throws Exception {
        EmbeddedMariaDb db = MariaDbExtension.server();
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    // ---------------------------------------------------------------- scheduled work runs once per cluster

    private static void clockAt(PortalCluster.Instance i, LocalDate day) {
        on(i).as("admin").contentType(ContentType.JSON).body(Map.of("days", ChronoUnit.DAYS.between(today(), day)))
                .put("/api/v1/test/clock").then().statusCode(200);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return SmtpExtension.server().received().stream().filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(x -> x.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    @Order(5)
    void remindersStartedOnBothInstancesAtOnceAreSentOnce() throws Exception {
        LocalDate day = YearMonth.now(ROME).atDay(12);
        LocalDate start = day.minusWeeks(12).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map.Entry<String, Long> tutor = on(a).person("TUTOR");
        try {
            clockAt(a, day);
            clockAt(b, day);
            Fixtures.Volunteer v = on(a).volunteer(tutor.getValue(), start);
            for (int round = 0; round < 2; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<Response>> runs = new ArrayList<>();
                for (PortalCluster.Instance i : List.of(a, b)) {
                    runs.add(CompletableFuture.supplyAsync(() -> {
                        RequestSpecification spec = on(i).as("admin").contentType(ContentType.JSON);
                        try {
                            together.await(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return spec.post("/api/v1/reminders/run");
                    }));
                }
                for (CompletableFuture<Response> r : runs) {
                    r.get(90, TimeUnit.SECONDS).then().statusCode(200);
                }
            }
            assertEquals(2, mailsTo(v.username() + "@example.org").size(), "the month not submitted and last week without a check-in, once each");
            assertEquals(1, mailsTo(tutor.getKey() + "@example.org").size(), "behind the pace, once");
        } finally {
            clockAt(a, today());
            clockAt(b, today());
        }
    }

    // ---------------------------------------------------------------- sign-in throttling counts for the whole service

    @Test
    @Order(6)
    void anAddressThatFailsHalfItsBudgetOnEachInstanceIsThrottledOnBoth() {
        String address = "192.0.2." + (10 + (int) (Math.random() * 200));
        // the default budget is 30 failures per address: 15 on each instance
        for (PortalCluster.Instance i : List.of(a, b)) {
            for (int n = 0; n < 15; n++) {
                given().baseUri(i.url()).header("X-Forwarded-For", address).auth().preemptive().basic("nobody-" + i.name() + n, "x")
                        .get("/api/v1/me").then().statusCode(401);
            }
        }
        Map.Entry<String, Long> p = on(a).person("VOLUNTEER");
        // each instance saw only 15 of them: only the count in the Data Grid refuses the right password from there
        for (PortalCluster.Instance i : List.of(a, b)) {
            given().baseUri(i.url()).header("X-Forwarded-For", address).auth().preemptive().basic(p.getKey(), Fixtures.PASSWORD)
                    .get("/api/v1/me").then().statusCode(429);
        }
        on(b).as(p.getKey(), Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(200);
    }

    // ---------------------------------------------------------------- the instance that served a browser dies

    // ---------------------------------------------------------------- SPID: sent to the provider by A, back through B

    @Test
    @Order(7)
    void aSpidSignInStartedOnOneInstanceEndsOnTheOther() {
        Fixtures.Volunteer v = viaBalancer.volunteer(on(a).person("TUTOR").getValue(), today().minusMonths(1));
        String code = Fixtures.newFiscalCode();
        viaBalancer.registerFiscalCode(v.personId(), code);
        OidcProviderExtension.server().enqueueCallback(new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback("spid",
                "sub-" + code, "JWT", null, Map.of("https://attributes.eid.gov.it/fiscal_number", "TINIT-" + code,
                        "acr", "https://www.spid.gov.it/SpidL2"), 300));
        // A keeps the sign-in's state, nonce and PKCE verifier in the session and sends the browser to the provider
        Response start = given().baseUri(a.url()).redirects().follow(false).get("/auth/oidc/spid");
        assertEquals(302, start.statusCode());
        Map<String, String> cookies = new java.util.HashMap<>(start.getCookies());
        Response atProvider = given().urlEncodingEnabled(false).redirects().follow(false).get(java.net.URI.create(start.getHeader("Location")));
        assertEquals(302, atProvider.statusCode());
        // the provider sends it back, and the balancer hands the callback to B: B finds A's state in the Data Grid
        java.net.URI callback = java.net.URI.create(atProvider.getHeader("Location"));
        java.net.URI onB = java.net.URI.create(b.url());
        String back = onB.getScheme() + "://" + onB.getRawAuthority() + callback.getRawPath() + "?" + callback.getRawQuery();
        Response signedIn = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).get(back);
        assertEquals(302, signedIn.statusCode());
        // signed in: to the home page; a refusal or a state B did not find goes back to login.xhtml?error=…
        assertFalse(signedIn.getHeader("Location").contains("login.xhtml"), "signed in on B: " + signedIn.getHeader("Location"));
        cookies.putAll(signedIn.getCookies());
        assertEquals(v.username(), withSession(a, cookies).get("/api/v1/me").then().statusCode(200).extract().jsonPath().getString("username"),
                "and the session is the volunteer's on A too");
    }

    // ---------------------------------------------------------------- TLS at the balancer

    /**
     * Behind the balancer's TLS front every cookie leaves with {@code Secure}: the session cookie of the sign-in page,
     * the signed-in one, HAProxy's own, and Payara's {@code JSESSIONIDVERSION} written after the application answered
     * (before, the first and the last left without it). A client on the plain front cannot pass for TLS by sending
     * {@code X-Forwarded-Proto: https} itself: the balancer sets that header.
     */
    @Test
    @Order(8)
    void overTlsEveryCookieIsSecureAndAClientCannotClaimTlsOnThePlainFront() throws Exception {
        java.net.http.HttpClient tls = java.net.http.HttpClient.newBuilder().sslContext(trusting(cluster.certificate()))
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        Map<String, String> jar = new java.util.LinkedHashMap<>();
        List<String> setCookies = new ArrayList<>();
        java.net.http.HttpResponse<String> page = exchange(tls, java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(cluster.tlsUrl() + "/login.xhtml")), jar, setCookies);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isPresent(), "the instance knows the request came over TLS");
        assertTrue(jar.containsKey("JSESSIONID") && jar.containsKey(PortalCluster.NODE_COOKIE), "the sign-in page's cookies: " + setCookies);
        Matcher m = FORM_TOKEN.matcher(page.body());
        assertTrue(m.find(), "the sign-in form's token");
        String form = "csrf=" + java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8) + "&username=volunteer&password="
                + "demo";
        java.net.http.HttpResponse<String> signIn = exchange(tls, java.net.http.HttpRequest.newBuilder(java.net.URI.create(cluster.tlsUrl() + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)), jar, setCookies);
        assertEquals(302, signIn.statusCode());
        assertFalse(signIn.headers().firstValue("Location").orElse("").contains("login.xhtml"), "signed in over TLS");
        for (int i = 0; i < 2; i++) {
            java.net.http.HttpResponse<String> me = exchange(tls, java.net.http.HttpRequest.newBuilder(java.net.URI.create(cluster.tlsUrl() + "/api/v1/me"))
                    .header("Accept", "application/json"), jar, setCookies);
            assertEquals(200, me.statusCode(), me.body());
        }
        assertTrue(setCookies.stream().anyMatch(c -> c.startsWith("JSESSIONIDVERSION=")), "Payara's version cookie was written: " + setCookies);
        List<String> insecure = setCookies.stream().filter(c -> !c.matches("(?i).*;\\s*secure\\s*(;.*)?$")).toList();
        assertEquals(List.of(), insecure, "cookies sent over TLS without Secure");

        // the plain front: a forged X-Forwarded-Proto is replaced by the balancer
        Response plain = given().baseUri(cluster.url()).redirects().follow(false).header("X-Forwarded-Proto", "https").get("/login.xhtml");
        assertEquals(200, plain.statusCode());
        assertNotNull(plain.getHeader("Set-Cookie"));
        assertEquals(null, plain.getHeader("Strict-Transport-Security"), "plain HTTP passed for TLS");
        assertFalse(plain.getHeaders().getValues("Set-Cookie").stream().anyMatch(c -> c.toLowerCase(java.util.Locale.ROOT).contains("secure")),
                "a cookie marked Secure on plain HTTP: the forged header reached the instance");
    }

    /** Sends with the jar's cookies, keeps every Set-Cookie header and the cookies' values. */
    private static java.net.http.HttpResponse<String> exchange(java.net.http.HttpClient http, java.net.http.HttpRequest.Builder request,
            Map<String, String> jar, List<String> setCookies) throws Exception {
        if (!jar.isEmpty()) {
            request.header("Cookie", String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        java.net.http.HttpResponse<String> r = http.send(request.timeout(java.time.Duration.ofSeconds(30)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        for (String c : r.headers().allValues("set-cookie")) {
            setCookies.add(c);
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            jar.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return r;
    }

    /** @return TLS that trusts the one certificate the balancer was given for this run */
    private static javax.net.ssl.SSLContext trusting(Path pem) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
        store.load(null, null);
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(pem)) {
            store.setCertificateEntry("balancer", java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    @Test
    @Order(100) // last: it kills an instance
    void aBrowserCarriesOnOnTheOtherInstanceWhenItsInstanceIsKilledWithoutSigningInAgain() throws Exception {
        long tutorId = viaBalancer.person("TUTOR").getValue();
        Fixtures.Volunteer v = viaBalancer.volunteer(tutorId, today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(6));
        ChromeDriver browser = Browser.start();
        try {
            var wait = Browser.waitFor(browser);
            browser.get(viaBalancer.url("/login.xhtml"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm")));
            browser.findElement(By.id("username")).sendKeys(v.username());
            browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
            browser.findElement(By.id("signIn")).click();
            wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
            String served = browser.manage().getCookieNamed(PortalCluster.NODE_COOKIE).getValue();
            PortalCluster.Instance first = cluster.instance(served);
            PortalCluster.Instance other = first == a ? b : a;

            // the week grid, opened on the first instance: its view state lives in the session
            browser.get(viaBalancer.url("/volunteer/week.xhtml"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("weekForm")));
            assertEquals(served, browser.manage().getCookieNamed(PortalCluster.NODE_COOKIE).getValue(), "still on " + served);
            String before = browser.findElement(By.id("weekLabel")).getText();
            browser.findElement(By.id("weekForm:prev")).click();
            wait.until(d -> !d.findElement(By.id("weekLabel")).getText().equals(before));
            browser.findElement(By.id("weekForm:cell_SERVICE_1_input")).sendKeys("3");
            new Select(browser.findElement(By.id("weekForm:activity_1"))).selectByValue("COMMUNICATION");

            first.kill();
            assertFalse(first.process().isAlive(), served + " killed");

            // the save of the page built on the dead instance is taken by the other one, for the same signed-in volunteer
            browser.findElement(By.id("weekForm:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Settimana salvata"));
            assertEquals(other.name(), browser.manage().getCookieNamed(PortalCluster.NODE_COOKIE).getValue(), "now on " + other.name());
            List<Integer> minutes = on(other).as(v.username(), Fixtures.PASSWORD)
                    .get("/api/v1/service-years/" + v.serviceYearId() + "/entries?limit=500").then().statusCode(200).extract().jsonPath()
                    .getList("minutes");
            assertEquals(List.of(180), minutes, "3 h saved through the other instance");

            // and the next pages too, without a sign-in
            browser.get(viaBalancer.url("/volunteer/week.xhtml"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("weekForm")));
            assertFalse(browser.getCurrentUrl().contains("login.xhtml"), browser.getCurrentUrl());
            assertNotNull(browser.findElement(By.className("app-user-name")));
            assertEquals("Test " + v.username(), browser.findElement(By.className("app-user-name")).getText());
            assertNotEquals(served, browser.manage().getCookieNamed(PortalCluster.NODE_COOKIE).getValue());
        } finally {
            browser.quit();
        }
    }
}
