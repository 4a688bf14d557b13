package it.milano.levacivica.portal.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import it.milano.levacivica.portal.demo.DemoWar;
import it.milano.levacivica.portal.demo.EmbeddedMariaDb;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal tried as an attacker would (issue 11): old sessions and remembered checks after an account
 * changed, user names in other capitals, 20 parallel guesses, throttling by address, cross-site requests,
 * headers, oversized and broken input, separation of duties, the audit trail and its hash chain, and the
 * production war without demo data. Deployed on Payara Micro against a real MariaDB; the application
 * runs with a data-only database account, migrations with the owner's. 127.0.0.1 is configured as a
 * trusted proxy, so tests speak for other client addresses with {@code X-Forwarded-For}.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class SecurityIT {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

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

    private RequestSpecification anonymous() {
        return given().baseUri(fx.url("")).redirects().follow(false);
    }

    /** A browser session signed in through the form, with its CSRF token. */
    private record Session(String cookie, String token, Response signIn) {
    }

    private Session signIn(String username, String password, Map<String, String> headers) {
        Response page = anonymous().headers(headers).get("/login.xhtml");
        String preCookie = page.getCookie("JSESSIONID");
        String token = find(FORM_TOKEN, page.asString());
        Response r = anonymous().headers(headers).cookie("JSESSIONID", preCookie)
                .formParam("csrf", token).formParam("username", username).formParam("password", password)
                .post("/auth/login");
        String cookie = r.getCookie("JSESSIONID") == null ? preCookie : r.getCookie("JSESSIONID");
        Response any = anonymous().cookie("JSESSIONID", cookie).get("/account/password.xhtml");
        String meta = any.statusCode() == 200 ? find(META_TOKEN, any.asString()) : null;
        return new Session(cookie, meta, r);
    }

    private Session signIn(String username, String password) {
        return signIn(username, password, Map.of());
    }

    private RequestSpecification with(Session s) {
        return anonymous().cookie("JSESSIONID", s.cookie()).accept(ContentType.JSON);
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertTrue(m.find(), "token in the page");
        return m.group(1);
    }

    private long version(long personId) {
        return fx.as("admin").get("/api/v1/people/" + personId).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private void changeAccount(long personId, String username, List<String> roles, boolean enabled) {
        fx.as("admin").contentType(ContentType.JSON)
                .body(Map.of("fullName", "Test " + username, "email", username + "@example.org", "roles", roles,
                        "enabled", enabled, "version", version(personId)))
                .put("/api/v1/people/" + personId + "/account").then().statusCode(200);
    }

    private List<Map<String, Object>> audit(String query) {
        return fx.as("admin").get("/api/v1/audit?" + query).then().statusCode(200).extract().jsonPath().getList("$");
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

    // ---------------------------------------------------------------- 1. every request re-checks the account

    @Test
    void aSessionOfAnAccountDisabledMeanwhileIsRefusedAtOnce() {
        var tutor = fx.person("TUTOR");
        Session s = signIn(tutor.getKey(), Fixtures.PASSWORD);
        with(s).get("/api/v1/me").then().statusCode(200).body("username", equalTo(tutor.getKey()));
        changeAccount(tutor.getValue(), tutor.getKey(), List.of("TUTOR"), false);
        with(s).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        with(s).get("/tutor/home.xhtml").then().statusCode(302).header("Location", startsWith("/login.xhtml"));
        assertTrue(audit("recordType=ACCOUNT&recordId=" + tutor.getValue()).stream().anyMatch(a -> "DISABLE".equals(a.get("action"))),
                "the disable is audited");
    }

    @Test
    void aDemotedAdministratorsOldSessionCannotCreateAnAdministrator() {
        var admin2 = fx.person("ADMIN");
        Session s = signIn(admin2.getKey(), Fixtures.PASSWORD);
        with(s).get("/api/v1/people").then().statusCode(200);
        changeAccount(admin2.getValue(), admin2.getKey(), List.of("COORDINATOR"), true);
        String newAdmin = Fixtures.unique("adm");
        with(s).header("X-CSRF-Token", s.token()).contentType(ContentType.JSON)
                .body(Map.of("username", newAdmin, "fullName", "X", "email", newAdmin + "@example.org", "password", Fixtures.PASSWORD,
                        "roles", List.of("ADMIN")))
                .post("/api/v1/people").then().statusCode(401);
        fx.as("admin").get("/api/v1/people").then().body("username", not(hasItem(newAdmin)));
        assertTrue(audit("recordType=ACCOUNT&recordId=" + admin2.getValue()).stream().anyMatch(a -> "ROLES_CHANGE".equals(a.get("action"))));
    }

    @Test
    void afterAResetNoVariantOfTheOldPasswordOrNameIsAcceptedAndTheNewOneMustBeChanged() {
        var p = fx.person("VOLUNTEER");
        String user = p.getKey();
        fx.as(user, Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(200); // now remembered
        fx.as(user.toUpperCase(), Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(401);
        fx.as(user + " ", Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(401);
        String temporary = "temporanea-" + Fixtures.unique("x");
        fx.as("admin").contentType(ContentType.JSON).body(Map.of("password", temporary))
                .put("/api/v1/people/" + p.getValue() + "/password").then().statusCode(204);
        for (String variant : List.of(user, user.toUpperCase(), user + " ", user.substring(0, 1).toUpperCase() + user.substring(1))) {
            fx.as(variant, Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(401);
        }
        // the temporary password opens only the change
        fx.as(user, temporary).get("/api/v1/me").then().statusCode(200);
        fx.as(user, temporary).get("/api/v1/ping").then().statusCode(403).body("type", equalTo("/problems/password-change-required"));
        fx.as(user, temporary).contentType(ContentType.JSON).body(Map.of("currentPassword", temporary, "newPassword", "password"))
                .put("/api/v1/me/password").then().statusCode(400).body("errors", hasKey("newPassword"));
        fx.as(user, temporary).contentType(ContentType.JSON).body(Map.of("currentPassword", "wrong", "newPassword", "una frase lunga e mia"))
                .put("/api/v1/me/password").then().statusCode(400).body("errors", hasKey("currentPassword"));
        fx.as(user, temporary).contentType(ContentType.JSON).body(Map.of("currentPassword", temporary, "newPassword", "una frase lunga e mia"))
                .put("/api/v1/me/password").then().statusCode(204);
        fx.as(user, temporary).get("/api/v1/me").then().statusCode(401);
        fx.as(user, "una frase lunga e mia").get("/api/v1/ping").then().statusCode(204);
        List<Object> actions = audit("recordType=ACCOUNT&recordId=" + p.getValue()).stream().map(a -> a.get("action")).toList();
        assertTrue(actions.containsAll(List.of("PASSWORD_RESET", "PASSWORD_CHANGE", "SIGN_IN")), actions.toString());
    }

    // ---------------------------------------------------------------- 2. anti-automation

    @Test
    void twentyParallelWrongPasswordsAreAllCountedNoneIsAnErrorAndTheAddressIsLockedOut() throws Exception {
        var p = fx.person("TUTOR");
        String attacker = "198.51.100." + (10 + (int) (Math.random() * 200));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String guess = "guess-" + i;
                Callable<Integer> call = () -> anonymous().header("X-Forwarded-For", attacker).auth().preemptive().basic(p.getKey(), guess)
                        .get("/api/v1/me").statusCode();
                answers.add(pool.submit(call));
            }
            for (Future<Integer> a : answers) {
                assertEquals(401, a.get().intValue(), "every wrong guess is a plain refusal, never a 5xx or a success");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, count("select count(*) from login_failure where username = ? and remote_address = ?", p.getKey(), attacker),
                "every failure is recorded");
        assertEquals(5, count("select count(*) from login_failure where username = ? and remote_address = ? and outcome = 'INVALID'",
                p.getKey(), attacker), "exactly five guesses were checked before the lock, one after the other");
        // the right password from that address is refused like a wrong one; the owner elsewhere is not locked out
        Response locked = anonymous().header("X-Forwarded-For", attacker).auth().preemptive().basic(p.getKey(), Fixtures.PASSWORD).get("/api/v1/me");
        Response wrong = anonymous().header("X-Forwarded-For", "203.0.113.9").auth().preemptive().basic(p.getKey(), "nope").get("/api/v1/me");
        assertEquals(401, locked.statusCode());
        assertEquals(wrong.statusCode(), locked.statusCode());
        assertEquals(wrong.jsonPath().getString("detail"), locked.jsonPath().getString("detail"), "a lock looks like a wrong password");
        anonymous().header("X-Forwarded-For", "203.0.113.10").auth().preemptive().basic(p.getKey(), Fixtures.PASSWORD)
                .get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void anAddressThatKeepsFailingIsThrottledWhateverTheAccount() throws Exception {
        String address = "192.0.2." + (10 + (int) (Math.random() * 200));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String name = "nobody-" + i;
                answers.add(pool.submit(() -> anonymous().header("X-Forwarded-For", address).auth().preemptive().basic(name, "x")
                        .get("/api/v1/me").statusCode()));
            }
            for (Future<Integer> a : answers) {
                assertEquals(401, a.get().intValue());
            }
        } finally {
            pool.shutdownNow();
        }
        // even the right password of a real account is not checked from there (a check remembered before is not a guess)
        var p = fx.person("VOLUNTEER");
        anonymous().header("X-Forwarded-For", address).auth().preemptive().basic(p.getKey(), Fixtures.PASSWORD).get("/api/v1/me").then()
                .statusCode(429).contentType("application/problem+json").header("Retry-After", notNullOrEmpty());
        Response form = signIn(p.getKey(), Fixtures.PASSWORD, Map.of("X-Forwarded-For", address)).signIn();
        assertTrue(form.getHeader("Location").contains("error=throttled"), form.getHeader("Location"));
        // from anywhere else the account opens
        fx.as(p.getKey(), Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(200);
    }

    private static org.hamcrest.Matcher<String> notNullOrEmpty() {
        return not(org.hamcrest.Matchers.emptyOrNullString());
    }

    @Test
    void aWrongPasswordInTheFormKeepsTheNameAndSaysTheSameAsALock() {
        Response r = signIn("volunteer", "not-the-password").signIn();
        assertEquals(302, r.statusCode());
        assertTrue(r.getHeader("Location").startsWith("/login.xhtml?error=invalid&username=volunteer"), r.getHeader("Location"));
    }

    // ---------------------------------------------------------------- 3. CSRF, cookies, redirects

    @Test
    void aCrossSiteTextPlainPostWithTheSessionCookieIsRefusedAndChangesNothing() {
        var tutor = fx.person("TUTOR");
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), LocalDate.now(ZoneId.of("Europe/Rome")).minusMonths(3));
        String sheet = "/api/v1/service-years/" + v.serviceYearId() + "/timesheets/" + YearMonth.now(ZoneId.of("Europe/Rome")).minusMonths(1);
        Session s = signIn(v.username(), Fixtures.PASSWORD);
        // what a form on another site can send: text/plain, the cookie rides along
        with(s).header("Origin", "https://evil.example").contentType("text/plain").body("{}").post(sheet + "/submit").then()
                .statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/cross-site"));
        with(s).header("Sec-Fetch-Site", "cross-site").contentType("text/plain").body("{}").post(sheet + "/submit").then().statusCode(403);
        // without an Origin header (older browsers, other tools) the session's token is still required
        with(s).contentType("text/plain").body("{}").post(sheet + "/submit").then().statusCode(403).body("type", equalTo("/problems/csrf"));
        with(s).header("X-CSRF-Token", "forged").contentType(ContentType.JSON).post(sheet + "/submit").then().statusCode(403);
        fx.as(v.username(), Fixtures.PASSWORD).get(sheet).then().statusCode(200).body("status", not(equalTo("SUBMITTED")));
        // the portal's own pages send the token: then it works
        with(s).header("X-CSRF-Token", s.token()).contentType(ContentType.JSON).post(sheet + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void signInWithoutTheFormTokenIsRefusedAndSignOutNeedsItToo() {
        Response r = anonymous().formParam("username", "volunteer").formParam("password", "demo").post("/auth/login");
        assertEquals(302, r.statusCode());
        assertTrue(r.getHeader("Location").endsWith("/login.xhtml?error=expired"));
        anonymous().cookie("JSESSIONID", r.getCookie("JSESSIONID") == null ? "none" : r.getCookie("JSESSIONID")).get("/api/v1/me")
                .then().statusCode(401);
        Session s = signIn("volunteer", "demo");
        with(s).post("/auth/logout").then().statusCode(302);
        with(s).get("/api/v1/me").then().statusCode(200);
        with(s).formParam("csrf", s.token()).post("/auth/logout").then().statusCode(302).header("Location", endsWith("signedOut=true"));
        with(s).get("/api/v1/me").then().statusCode(401);
        assertTrue(audit("actor=volunteer&recordType=ACCOUNT").stream().anyMatch(a -> "SIGN_OUT".equals(a.get("action"))));
    }

    @Test
    void cookiesAreHttpOnlySameSiteLaxAndSecureBehindTheTrustedTlsProxy() {
        String plain = String.join(",", anonymous().get("/login.xhtml").getHeaders().getValues("Set-Cookie"));
        assertTrue(plain.contains("HttpOnly"), plain);
        assertTrue(plain.toLowerCase().contains("samesite=lax"), plain);
        assertFalse(plain.contains("Secure"), plain);
        Session tls = signIn("volunteer", "demo", Map.of("X-Forwarded-Proto", "https"));
        String signedIn = String.join(",", tls.signIn().getHeaders().getValues("Set-Cookie"));
        assertTrue(signedIn.contains("Secure") && signedIn.contains("HttpOnly"), signedIn);
        anonymous().header("X-Forwarded-Proto", "https").get("/login.xhtml").then()
                .header("Strict-Transport-Security", startsWith("max-age="));
        anonymous().get("/login.xhtml").then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void redirectsNeverUseTheHostHeader() {
        anonymous().header("Host", "evil.example").get("/volunteer/home.xhtml").then().statusCode(302)
                .header("Location", startsWith("/login.xhtml"));
        Session s = signIn("volunteer", "demo");
        assertTrue(s.signIn().getHeader("Location").startsWith("/"));
        with(s).header("Host", "evil.example").get("/").then().header("Location", not(containsString("evil")));
    }

    // ---------------------------------------------------------------- 4. headers

    @Test
    void pagesApiAnswersAndExportsCarryTheSecurityHeaders() {
        Response page = anonymous().get("/login.xhtml");
        String csp = page.getHeader("Content-Security-Policy");
        assertNotNull(csp);
        String scriptSrc = csp.substring(csp.indexOf("script-src"));
        assertFalse(scriptSrc.contains("unsafe-inline"), csp);
        assertTrue(scriptSrc.contains("'nonce-"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        var tutor = fx.person("TUTOR");
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), LocalDate.now(ZoneId.of("Europe/Rome")).minusMonths(1));
        for (Response r : List.of(page, fx.as("volunteer").get("/api/v1/me"),
                fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/entries?serviceYear=" + v.serviceYearId() + "&format=csv"))) {
            assertEquals(200, r.statusCode());
            assertEquals("nosniff", r.getHeader("X-Content-Type-Options"));
            assertEquals("same-origin", r.getHeader("Referrer-Policy"));
            assertNotNull(r.getHeader("Permissions-Policy"));
            assertEquals("no-store", r.getHeader("Cache-Control"));
            assertNotNull(r.getHeader("Content-Security-Policy"));
            assertEquals(null, r.getHeader("Server"), "no server banner");
            assertEquals(null, r.getHeader("X-Powered-By"));
        }
        anonymous().get("/openapi/application.wadl").then().statusCode(404);
        fx.as("admin").get("/api/v1/application.wadl").then().statusCode(404);
        anonymous().get("/metrics").then().statusCode(404);
        String notFound = anonymous().get("/no/such/page").then().statusCode(404).extract().asString();
        assertFalse(notFound.contains("Payara"), "no container error page");
        String getSignOut = anonymous().get("/auth/logout").then().statusCode(302).extract().asString();
        assertFalse(getSignOut.contains("Payara"));
    }

    // ---------------------------------------------------------------- 5. bad input

    @Test
    void oversizedBodiesAre413BeforeBeingParsed() throws Exception {
        String big = "{\"name\":\"" + "a".repeat(2_000_000) + "\"}";
        fx.as("coordinator").contentType(ContentType.JSON).body(big).post("/api/v1/projects").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("/problems/payload-too-large"));
        anonymous().formParam("username", "u".repeat(3_000_000)).formParam("password", "p").post("/auth/login").then().statusCode(413);
        // no declared length (chunked): counted while read
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(fx.url("/api/v1/projects")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("coordinator:demo".getBytes()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void aBrokenViewStateAndWrongPageParametersNeverGiveAnError() {
        Session s = signIn("volunteer", "demo");
        Response broken = with(s).formParam("jakarta.faces.ViewState", "garbage").formParam("j_idt1", "j_idt1").post("/volunteer/home.xhtml");
        assertEquals(303, broken.statusCode(), broken.asString());
        assertEquals("/error/expired.xhtml", broken.getHeader("Location"));
        with(s).get("/error/expired.xhtml").then().statusCode(200);
        with(s).get("/year/month.xhtml?id=abc").then().statusCode(404);
        Session sw = signIn("socialworker", "demo");
        with(sw).get("/socialworker/case.xhtml?id=1%27%20or%201=1").then().statusCode(404);
        with(sw).get("/socialworker/placement.xhtml?id=-5").then().statusCode(404);
    }

    // ---------------------------------------------------------------- 6. separation of duties, passwords

    @Test
    void anAdministratorCannotReadACaseByAnyPathNorBecomeASocialWorker() {
        String sw = Fixtures.unique("sw");
        fx.as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", sw, "fullName", "Test " + sw, "email", sw + "@example.org", "password", Fixtures.PASSWORD,
                        "roles", List.of("SOCIAL_WORKER"), "municipio", 6))
                .post("/api/v1/people").then().statusCode(201);
        long caseId = fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("level", "FIRST", "accessChannel", "IN_PERSON", "targetGroup", "ELDERLY", "summary", "Dati sensibili"))
                .post("/api/v1/cases").then().statusCode(201).extract().jsonPath().getLong("id");
        fx.as("admin").get("/api/v1/cases/" + caseId).then().statusCode(404).body("detail", not(containsString("Dati")));
        fx.as("admin").get("/api/v1/cases").then().statusCode(403);
        Session admin = signIn("admin", "demo");
        with(admin).get("/socialworker/case.xhtml?id=" + caseId).then().statusCode(403);
        List<Map<String, Object>> denied = audit("recordType=CASE&recordId=" + caseId);
        assertTrue(denied.stream().anyMatch(a -> "DENIED_READ".equals(a.get("action")) && "admin".equals(a.get("actor"))), denied.toString());
        // ADMIN never together with SOCIAL_WORKER, not even for themselves
        long adminId = fx.idOf("admin");
        fx.as("admin").contentType(ContentType.JSON)
                .body(Map.of("fullName", "Elena Moretti", "email", "elena.moretti@example.org", "roles", List.of("ADMIN", "SOCIAL_WORKER"),
                        "enabled", true, "version", version(adminId), "municipio", 6))
                .put("/api/v1/people/" + adminId + "/account").then().statusCode(400).body("errors", hasKey("roles"));
        String both = Fixtures.unique("both");
        fx.as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", both, "fullName", "X", "email", both + "@example.org", "password", Fixtures.PASSWORD,
                        "roles", List.of("ADMIN", "SOCIAL_WORKER")))
                .post("/api/v1/people").then().statusCode(400).body("errors", hasKey("roles"));
        fx.as("admin").get("/api/v1/me").then().body("roles", equalTo(List.of("ADMIN")));
    }

    @Test
    void aRefusedEditIsAuditedEvenThoughItRollsBack() {
        String responsible = Fixtures.unique("sw");
        String colleague = Fixtures.unique("sw");
        for (String u : List.of(responsible, colleague)) {
            fx.as("admin").contentType(ContentType.JSON)
                    .body(Map.of("username", u, "fullName", "Test " + u, "email", u + "@example.org", "password", Fixtures.PASSWORD,
                            "roles", List.of("SOCIAL_WORKER"), "municipio", 7))
                    .post("/api/v1/people").then().statusCode(201);
        }
        long caseId = fx.as(responsible, Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("level", "FIRST", "accessChannel", "IN_PERSON", "targetGroup", "ELDERLY", "summary", "x"))
                .post("/api/v1/cases").then().statusCode(201).extract().jsonPath().getLong("id");
        fx.as(colleague, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("to", "FIRST_INTERVIEW", "note", "no"))
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(403);
        List<Map<String, Object>> rows = audit("recordType=CASE&recordId=" + caseId + "&actor=" + colleague);
        assertTrue(rows.stream().anyMatch(a -> "DENIED_UPDATE".equals(a.get("action"))), rows.toString());
        fx.as(responsible, Fixtures.PASSWORD).get("/api/v1/cases/" + caseId).then().statusCode(200).body("ssptCase.phase", equalTo("RECEPTION"));
    }

    @Test
    void weakPasswordsAreRefused() {
        var p = fx.person("VOLUNTEER");
        for (String weak : List.of("password", "12345678", "123456789012", "password1234", "iloveyou2026!", "passwordpassword",
                "qwertyuiop12", "zzzzzzzzzzzzzz", p.getKey() + "-2026!")) {
            fx.as("admin").contentType(ContentType.JSON).body(Map.of("password", weak)).put("/api/v1/people/" + p.getValue() + "/password")
                    .then().statusCode(400).body("errors", hasKey("password"));
        }
        String u = Fixtures.unique("weak");
        fx.as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", u, "fullName", "X", "email", u + "@example.org", "password", "iloveyou1234", "roles", List.of("VOLUNTEER")))
                .post("/api/v1/people").then().statusCode(400).body("errors", hasKey("password"));
    }

    // ---------------------------------------------------------------- 7. the audit trail

    @Test
    void auditTimesAreUtcInstants() {
        fx.as("admin").get("/api/v1/people").then().statusCode(200);
        Map<String, Object> last = audit("actor=admin").get(0);
        Instant at = Instant.parse((String) last.get("at"));
        assertTrue(Duration.between(at, Instant.now()).abs().toMinutes() < 5, "stored and shown in UTC: " + at);
    }

    @Test
    void theHashChainHoldsAndShowsAChangedRow() throws Exception {
        fx.as("admin").get("/api/v1/audit/chain").then().statusCode(200).body("intact", equalTo(true));
        fx.as("volunteer").get("/api/v1/audit/chain").then().statusCode(403);
        // the application's own account cannot change the trail
        EmbeddedMariaDb db = MariaDbExtension.server();
        long seq = count("select max(seq) from audit_record where action = 'SIGN_IN'");
        try (Connection app = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword()); Statement st = app.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate("update audit_record set detail = 'x' where seq = " + seq));
            assertThrows(SQLException.class, () -> st.executeUpdate("delete from audit_record where seq = " + seq));
            assertThrows(SQLException.class, () -> st.executeUpdate("drop trigger audit_record_no_update"));
        }
        // someone with the owner's rights can: the chain shows where
        String original;
        try (Connection c = owner(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select remote_address from audit_record where seq = " + seq)) {
                rs.next();
                original = rs.getString(1);
            }
            tamper(st, "update audit_record set remote_address = '10.6.6.6' where seq = " + seq);
        }
        try {
            fx.as("admin").get("/api/v1/audit/chain").then().statusCode(200).body("intact", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) seq)).body("reason", equalTo("audit.chain.changed"));
        } finally {
            try (Connection c = owner(); Statement st = c.createStatement()) {
                tamper(st, "update audit_record set remote_address = '" + original + "' where seq = " + seq);
            }
        }
        fx.as("admin").get("/api/v1/audit/chain").then().statusCode(200).body("intact", equalTo(true));
        assertTrue(audit("recordType=AUDIT").stream().anyMatch(a -> "VERIFY_CHAIN".equals(a.get("action"))));
    }

    private static void tamper(Statement st, String update) throws SQLException {
        st.execute("drop trigger audit_record_no_update");
        try {
            st.executeUpdate(update);
        } finally {
            st.execute("create trigger audit_record_no_update before update on audit_record for each row "
                    + "signal sqlstate '45000' set message_text = 'the audit trail is append-only'");
        }
    }

    // ---------------------------------------------------------------- 8. demo out of production

    @Test
    void theProductionWarHasNoDemoLoaderAndTheDemoBuildAddsIt() throws Exception {
        Path war = Path.of(System.getProperty("portal.war", "target/portal.war"));
        try (ZipFile zip = new ZipFile(war.toFile())) {
            assertTrue(zip.stream().noneMatch(e -> e.getName().contains("/demo/") || e.getName().contains("Demo")),
                    "no demo class in the production war");
            assertTrue(zip.stream().anyMatch(e -> e.getName().endsWith("PortalAuthenticationMechanism.class")));
        }
        assertTrue(DemoWar.of(war).getContent().keySet().stream().anyMatch(p -> p.get().endsWith("DemoDataLoader.class")));
    }

    // ---------------------------------------------------------------- in the browser

    @Test
    void everyPageOfEveryRoleRunsUnderTheContentSecurityPolicyWithoutARefusal() throws Exception {
        Map<String, List<String>> pages = Map.of(
                "volunteer", List.of("/volunteer/home.xhtml", "/volunteer/week.xhtml", "/year/month.xhtml", "/account/password.xhtml"),
                "tutor", List.of("/tutor/home.xhtml", "/tutor/checkins.xhtml"),
                "socialworker", List.of("/socialworker/home.xhtml"),
                "coordinator", List.of("/coordinator/projects.xhtml", "/coordinator/serviceYears.xhtml", "/coordinator/people.xhtml",
                        "/coordinator/statistics.xhtml", "/coordinator/occupancy.xhtml", "/coordinator/report.xhtml"),
                "admin", List.of("/admin/accounts.xhtml", "/admin/audit.xhtml"));
        List<String> refusals = new ArrayList<>();
        for (var role : pages.entrySet()) {
            ChromeDriver browser = Browser.start();
            try {
                Browser.openSignIn(browser, fx.url("/login.xhtml"));
                browser.findElement(By.id("username")).sendKeys(role.getKey());
                browser.findElement(By.id("password")).sendKeys("demo");
                browser.findElement(By.id("signIn")).click();
                Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signOut")));
                for (String page : role.getValue()) {
                    browser.get(fx.url(page));
                    Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signOut")));
                    // PrimeFaces is up (its scripts ran under the nonce)
                    Browser.waitFor(browser).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return !!(window.PrimeFaces && window.$)")));
                    Browser.cspRefusals(browser).forEach(m -> refusals.add(page + ": " + m));
                }
            } finally {
                browser.quit();
            }
        }
        assertEquals(List.of(), refusals);
    }

    @Test
    void aResetPasswordMustBeChangedInTheBrowserBeforeAnythingElse() throws Exception {
        var p = fx.person("VOLUNTEER");
        String temporary = "provvisoria-" + Fixtures.unique("t");
        fx.as("admin").contentType(ContentType.JSON).body(Map.of("password", temporary))
                .put("/api/v1/people/" + p.getValue() + "/password").then().statusCode(204);
        ChromeDriver browser = Browser.start();
        try {
            Browser.openSignIn(browser, fx.url("/login.xhtml"));
            browser.findElement(By.id("username")).sendKeys(p.getKey());
            browser.findElement(By.id("password")).sendKeys(temporary);
            browser.findElement(By.id("signIn")).click();
            Browser.waitFor(browser).until(ExpectedConditions.urlContains("/account/password.xhtml"));
            assertTrue(browser.findElement(By.id("forced")).isDisplayed());
            browser.get(fx.url("/year/month.xhtml"));
            Browser.waitFor(browser).until(ExpectedConditions.urlContains("/account/password.xhtml"));
            browser.findElement(By.id("passwordForm:currentPassword")).sendKeys(temporary);
            browser.findElement(By.id("passwordForm:newPassword")).sendKeys("la mia frase segreta");
            browser.findElement(By.id("passwordForm:confirmation")).sendKeys("la mia frase segreta");
            browser.findElement(By.id("passwordForm:save")).click();
            Browser.waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password.xhtml")));
            browser.get(fx.url("/year/month.xhtml"));
            Browser.waitFor(browser).until(ExpectedConditions.urlContains("/year/month.xhtml"));
            browser.findElement(By.id("signOut")).click();
            Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signedOut")));
        } finally {
            browser.quit();
        }
        fx.as(p.getKey(), "la mia frase segreta").get("/api/v1/ping").then().statusCode(204);
    }
}
