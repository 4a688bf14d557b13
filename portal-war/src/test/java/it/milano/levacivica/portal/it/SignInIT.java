package it.milano.levacivica.portal.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import it.milano.levacivica.portal.demo.DemoWar;
import it.milano.levacivica.portal.domain.people.Base32;
import it.milano.levacivica.portal.domain.people.Totp;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17: signing in through SPID and CIE against a real OpenID Connect provider (mock-oauth2-server on
 * 127.0.0.1, started in this JVM), the full redirect flow in Chromium and over HTTP, and the second factor
 * (TOTP) from enrolment to sign-in, HTTP Basic refused and API tokens kept, and an administrator's reset.
 */
@ExtendWith({MariaDbExtension.class, OidcProviderExtension.class, ArquillianExtension.class})
@RunAsClient
class SignInIT {

    private static final String CLAIM = "https://attributes.eid.gov.it/fiscal_number";
    private static final String SPID_L1 = "https://www.spid.gov.it/SpidL1";
    private static final String SPID_L2 = "https://www.spid.gov.it/SpidL2";

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

    /** The next SPID/CIE sign-in at the provider answers an ID token with these claims, for this audience (null: ours). */
    private static void nextIdentity(String issuer, String fiscalCode, String acr, List<String> audience) {
        Map<String, Object> claims = acr == null ? Map.of(CLAIM, "TINIT-" + fiscalCode) : Map.of(CLAIM, "TINIT-" + fiscalCode, "acr", acr);
        OidcProviderExtension.server().enqueueCallback(new DefaultOAuth2TokenCallback(issuer, "sub-" + fiscalCode, "JWT", audience, claims, 300));
    }

    private List<Map<String, Object>> audit(String query) {
        return fx.as("admin").get("/api/v1/audit?limit=500&" + query).then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static boolean anyAudit(List<Map<String, Object>> rows, String action, String detailPart) {
        return rows.stream().anyMatch(a -> action.equals(a.get("action")) && String.valueOf(a.get("detail")).contains(detailPart));
    }

    private void signInWith(ChromeDriver browser, String provider) {
        browser.manage().deleteAllCookies();
        browser.get(fx.url("/login.xhtml"));
        Browser.waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("signIn-" + provider))).click();
    }

    // ---------------------------------------------------------------- 1. SPID and CIE through OpenID Connect

    @Test
    void spidSignsInTheRegisteredPersonAndRefusesAnUnknownFiscalCodeAndAForgedCallback() throws Exception {
        Fixtures.Volunteer v = fx.volunteer(fx.idOf("tutor"), LocalDate.now().minusMonths(1));
        String code = Fixtures.newFiscalCode();
        fx.registerFiscalCode(v.personId(), code);
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waitFor(browser);
            browser.get(fx.url("/login.xhtml"));
            assertEquals("Entra con SPID", browser.findElement(By.id("signIn-spid")).getText());
            assertEquals("Entra con CIE", browser.findElement(By.id("signIn-cie")).getText());

            nextIdentity("spid", code, SPID_L2, null);
            signInWith(browser, "spid");
            wait.until(ExpectedConditions.urlContains("/volunteer/"));
            assertEquals("Test " + v.username(), browser.findElement(By.className("app-user-name")).getText());
            assertTrue(anyAudit(audit("actor=" + v.username() + "&recordType=ACCOUNT"), "SIGN_IN", "spid " + SPID_L2),
                    "the sign-in is audited with provider and level");

            String unknown = Fixtures.newFiscalCode();
            nextIdentity("spid", unknown, SPID_L2, null);
            signInWith(browser, "spid");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unknownPerson")));
            assertTrue(browser.findElement(By.id("unknownPerson")).getText().contains("codice fiscale non è registrato"));
            assertTrue(browser.findElements(By.className("app-user-name")).isEmpty(), "not signed in");
            assertTrue(anyAudit(audit("actor=oidc:spid"), "DENIED_SIGN_IN", "no account with fiscal code " + unknown));
            fx.as("admin").get("/api/v1/people?limit=500").then().statusCode(200)
                    .body("findAll { it.fiscalCode == '" + unknown + "' }.size()", equalTo(0));

            // the callback without a flow of this session (a forged or replayed state) signs nobody in
            browser.manage().deleteAllCookies();
            browser.get(fx.url("/auth/oidc/callback?code=anything&state=forged"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginExpired")));
        } finally {
            browser.quit();
        }
    }

    /** Starts a SPID sign-in over HTTP, lets the provider answer, and comes back with the ID token the test chose. */
    private Response throughProvider(java.util.function.Function<String, String> idTokenForNonce) {
        Response start = given().baseUri(fx.url("")).redirects().follow(false).get("/auth/oidc/spid");
        assertEquals(302, start.statusCode());
        String cookie = start.getCookie("JSESSIONID");
        URI authorize = URI.create(start.getHeader("Location"));
        String nonce = query(authorize, "nonce");
        assertTrue(query(authorize, "code_challenge") != null && "S256".equals(query(authorize, "code_challenge_method")), "PKCE");
        assertTrue(query(authorize, "state") != null, "state");
        Response atProvider = given().urlEncodingEnabled(false).redirects().follow(false).get(authorize);
        assertEquals(302, atProvider.statusCode());
        String callback = atProvider.getHeader("Location");
        OidcProviderExtension.answerNextTokenRequestWith(idTokenForNonce.apply(nonce));
        return given().urlEncodingEnabled(false).redirects().follow(false).cookie("JSESSIONID", cookie).get(callback);
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String idToken(String nonce, String fiscalCode) {
        return idToken(nonce, fiscalCode, "portal-it");
    }

    /** @return an ID token signed by the provider's own key, as its token endpoint would issue it */
    private static String idToken(String nonce, String fiscalCode, String audience) {
        return OidcProviderExtension.server().issueToken("spid", audience, new DefaultOAuth2TokenCallback("spid", "sub-" + fiscalCode,
                "JWT", List.of(audience), Map.of("nonce", nonce, CLAIM, "TINIT-" + fiscalCode, "acr", SPID_L2), 300)).serialize();
    }

    @Test
    void aTamperedIdTokenOrOneForAnotherAudienceIsRefusedWhereTheSameTokenUntamperedSignsIn() {
        var owner = fx.person("TUTOR");
        var victim = fx.person("TUTOR");
        String ownerCode = Fixtures.newFiscalCode();
        String victimCode = Fixtures.newFiscalCode();
        fx.registerFiscalCode(owner.getValue(), ownerCode);
        fx.registerFiscalCode(victim.getValue(), victimCode);

        Response genuine = throughProvider(nonce -> idToken(nonce, ownerCode));
        assertEquals(302, genuine.statusCode());
        assertFalse(genuine.getHeader("Location").contains("error"), genuine.getHeader("Location"));
        given().baseUri(fx.url("")).cookie("JSESSIONID", genuine.getCookie("JSESSIONID")).accept(ContentType.JSON)
                .get("/api/v1/me").then().statusCode(200).body("username", equalTo(owner.getKey()));

        // the owner's genuine token, its payload changed to name the victim, its signature kept
        Response tampered = throughProvider(nonce -> {
            String[] parts = idToken(nonce, ownerCode).split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(ownerCode, victimCode);
            assertTrue(payload.contains(victimCode));
            return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        });
        assertEquals(302, tampered.statusCode());
        assertTrue(tampered.getHeader("Location").endsWith("/login.xhtml?error=oidcRefused"), tampered.getHeader("Location"));
        String cookie = tampered.getCookie("JSESSIONID");
        given().baseUri(fx.url("")).cookie("JSESSIONID", cookie == null ? "none" : cookie).accept(ContentType.JSON)
                .get("/api/v1/me").then().statusCode(401);
        assertTrue(anyAudit(audit("actor=oidc:spid"), "DENIED_SIGN_IN", "signature"), "refused for its signature");
        assertFalse(anyAudit(audit("actor=" + victim.getKey() + "&recordType=ACCOUNT"), "SIGN_IN", "spid"), "the victim never signed in");

        // genuinely signed by the provider, but issued to another client
        Response misaddressed = throughProvider(nonce -> idToken(nonce, ownerCode, "another-client"));
        assertTrue(misaddressed.getHeader("Location").endsWith("/login.xhtml?error=oidcRefused"), misaddressed.getHeader("Location"));
        assertTrue(anyAudit(audit("actor=oidc:spid"), "DENIED_SIGN_IN", "audience"), "refused for its audience");
    }

    // ---------------------------------------------------------------- 2. the second factor

    private static String codeAt(String secret, long step) {
        return Totp.code(Base32.decode(secret), step);
    }

    /** Signs out and waits for the page that says so: a sign-in sent while the sign-out is on its way races with it. */
    private static void signOut(ChromeDriver browser) {
        browser.findElement(By.id("signOut")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signedOut")));
    }

    private void passwordSignIn(ChromeDriver browser, String username) {
        browser.manage().deleteAllCookies();
        browser.get(fx.url("/login.xhtml"));
        WebDriverWait wait = Browser.waitFor(browser);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("signIn")).click();
    }

    private void typeCode(ChromeDriver browser, String code) {
        WebDriverWait wait = Browser.waitFor(browser);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codeForm")));
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("verify")).click();
    }

    @Test
    void aCoordinatorEnrolsTotpThenNeedsACodeAfterThePasswordBasicIsRefusedTokensWorkAndAnAdministratorResetsIt() throws Exception {
        var coordinator = fx.person("COORDINATOR");
        String user = coordinator.getKey();
        String token = fx.as(user, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("name", "script", "readOnly", true))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().jsonPath().getString("token");
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waitFor(browser);
            // offered, not required, in the test profile: the password alone still signs in before enrolment
            passwordSignIn(browser, user);
            wait.until(ExpectedConditions.urlContains("/coordinator/"));
            browser.get(fx.url("/account/second-factor.xhtml"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret")));
            WebElement qr = browser.findElement(By.className("qr-code"));
            assertTrue(qr.getAttribute("src").startsWith("data:image/svg+xml;base64,"), "the QR code is an SVG drawn by the server");
            assertFalse(qr.getAttribute("alt").isBlank());
            String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
            assertEquals(32, secret.length(), "160 bits in Base32");
            long step = Totp.step(Instant.now());
            browser.findElement(By.id("enrolForm:code")).sendKeys(codeAt(secret, step));
            browser.findElement(By.id("enrolForm:confirm")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recoveryCodes")));
            List<String> recovery = new ArrayList<>();
            browser.findElements(By.cssSelector("#recoveryCodes code")).forEach(e -> recovery.add(e.getText()));
            assertEquals(10, recovery.size());
            assertTrue(recovery.stream().allMatch(c -> c.matches("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}")), recovery.toString());
            assertTrue(Browser.cspRefusals(browser).isEmpty(), "no CSP refusal on the enrolment page");
            browser.get(fx.url("/account/second-factor.xhtml"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codesLeft")));
            assertEquals("10", browser.findElement(By.id("codesLeft")).getText());
            assertTrue(browser.findElements(By.id("recoveryCodes")).isEmpty(), "the recovery codes are shown once");

            // HTTP Basic no longer opens the account; its API token does
            fx.as(user, Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/second-factor-use-token"));
            given().baseUri(fx.url("")).header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200)
                    .body("username", equalTo(user));

            // password, then a wrong code, then the code of the next step (the enrolment's step is used up)
            signOut(browser);
            passwordSignIn(browser, user);
            wait.until(ExpectedConditions.urlContains("/login-code.xhtml"));
            browser.get(fx.url("/coordinator/projects.xhtml"));
            wait.until(ExpectedConditions.urlContains("/login.xhtml"));
            assertTrue(browser.findElements(By.className("app-user-name")).isEmpty(), "no session before the code");
            passwordSignIn(browser, user);
            String wrong = wrongCode(secret);
            typeCode(browser, wrong);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codeError")));
            typeCode(browser, codeAt(secret, step + 1));
            wait.until(ExpectedConditions.urlContains("/coordinator/"));
            assertEquals("Test " + user, browser.findElement(By.className("app-user-name")).getText());
            List<Map<String, Object>> rows = audit("actor=" + user + "&recordType=ACCOUNT");
            assertTrue(anyAudit(rows, "SIGN_IN", "password + TOTP"));
            assertTrue(anyAudit(rows, "SECOND_FACTOR_ENROL", ""));
            assertTrue(anyAudit(rows, "SIGN_IN_PASSWORD", "second factor pending"));

            // a recovery code works once
            signOut(browser);
            passwordSignIn(browser, user);
            typeCode(browser, recovery.get(3).toLowerCase());
            wait.until(ExpectedConditions.urlContains("/coordinator/"));
            signOut(browser);
            passwordSignIn(browser, user);
            typeCode(browser, recovery.get(3));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codeError")));
            assertTrue(anyAudit(audit("actor=" + user + "&recordType=ACCOUNT"), "RECOVERY_CODE_USED", "9 left"));

            // CIE is strong: no code; SPID level 1 of an account with a second factor asks for it
            String code = Fixtures.newFiscalCode();
            fx.registerFiscalCode(coordinator.getValue(), code);
            nextIdentity("cie", code, null, null);
            signInWith(browser, "cie");
            wait.until(ExpectedConditions.urlContains("/coordinator/"));
            nextIdentity("spid", code, SPID_L1, null);
            signInWith(browser, "spid");
            wait.until(ExpectedConditions.urlContains("/login-code.xhtml"));
            typeCode(browser, unusedCode(secret, step + 1));
            wait.until(ExpectedConditions.urlContains("/coordinator/"));

            // the administrator resets it: audited, the sessions end, the password alone works again
            fx.as("admin").delete("/api/v1/people/" + coordinator.getValue() + "/second-factor").then().statusCode(204);
            assertTrue(anyAudit(audit("recordType=ACCOUNT&recordId=" + coordinator.getValue()), "SECOND_FACTOR_RESET", ""));
            browser.get(fx.url("/coordinator/projects.xhtml"));
            wait.until(ExpectedConditions.urlContains("/login.xhtml"));
            fx.as(user, Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(200);
            fx.as("admin").delete("/api/v1/people/" + coordinator.getValue() + "/second-factor").then().statusCode(409);
            fx.as("coordinator").delete("/api/v1/people/" + coordinator.getValue() + "/second-factor").then().statusCode(403);
        } finally {
            browser.quit();
        }
    }

    /** @return the code of the first step after {@code lastUsed} that is accepted now (waits for it if it is still ahead) */
    private static String unusedCode(String secret, long lastUsed) throws InterruptedException {
        long s = Math.max(lastUsed + 1, Totp.step(Instant.now()));
        while (Totp.step(Instant.now()) + Totp.WINDOW < s) {
            Thread.sleep(500);
        }
        return codeAt(secret, s);
    }

    /** @return six digits that are not the code of any step around now */
    private static String wrongCode(String secret) {
        long now = Totp.step(Instant.now());
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", (123456 + i * 7919) % 1_000_000);
            boolean valid = false;
            for (long s = now - 2; s <= now + 3; s++) {
                valid |= candidate.equals(codeAt(secret, s));
            }
            if (!valid) {
                return candidate;
            }
        }
    }

    @Test
    void fiscalCodesAreCheckedUniqueAndOnlyACoordinatorsOwnRolesAreTheirs() {
        var volunteer = fx.person("VOLUNTEER");
        var other = fx.person("VOLUNTEER");
        var socialWorker = fx.person("SOCIAL_WORKER");
        String code = Fixtures.newFiscalCode();
        fx.as("coordinator").contentType(ContentType.JSON).body(Map.of("fiscalCode", code.toLowerCase()))
                .put("/api/v1/people/" + volunteer.getValue() + "/fiscal-code").then().statusCode(200).body("fiscalCode", equalTo(code));
        fx.as("coordinator").contentType(ContentType.JSON).body(Map.of("fiscalCode", code))
                .put("/api/v1/people/" + other.getValue() + "/fiscal-code").then().statusCode(409);
        String wrongCheck = code.substring(0, 15) + (code.charAt(15) == 'A' ? 'B' : 'A');
        fx.as("coordinator").contentType(ContentType.JSON).body(Map.of("fiscalCode", wrongCheck))
                .put("/api/v1/people/" + other.getValue() + "/fiscal-code").then().statusCode(400);
        fx.as("coordinator").contentType(ContentType.JSON).body(Map.of("fiscalCode", Fixtures.newFiscalCode()))
                .put("/api/v1/people/" + socialWorker.getValue() + "/fiscal-code").then().statusCode(403);
        fx.as("volunteer").contentType(ContentType.JSON).body(Map.of("fiscalCode", Fixtures.newFiscalCode()))
                .put("/api/v1/people/" + other.getValue() + "/fiscal-code").then().statusCode(403);
        fx.as("admin").contentType(ContentType.JSON).body(Map.of("fiscalCode", ""))
                .put("/api/v1/people/" + volunteer.getValue() + "/fiscal-code").then().statusCode(200);
        List<Map<String, Object>> rows = audit("recordType=ACCOUNT&recordId=" + volunteer.getValue());
        assertTrue(anyAudit(rows, "FISCAL_CODE_SET", "") && anyAudit(rows, "FISCAL_CODE_REMOVED", ""));
        assertNotEquals(code, fx.as("admin").get("/api/v1/people/" + volunteer.getValue()).jsonPath().getString("fiscalCode"));
    }
}
