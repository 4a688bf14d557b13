package it.milano.levacivica.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.milano.levacivica.portal.demo.DemoWar;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of every role, at a desktop width and at 320 CSS px (a small phone), in Chromium: axe-core
 * (WCAG 2.0/2.1 A and AA rules) finds no violation, and the page never scrolls sideways (WCAG 1.4.10).
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class AccessibilityIT {

    private static final int PHONE = 320;
    private static final int DESKTOP = 1280;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return DemoWar.of(Path.of(System.getProperty("portal.war", "target/portal.war")));
    }

    @ArquillianResource
    private URL base;

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
            assertNotNull(in, "axe.min.js (com.deque.html.axe-core:selenium) on the test class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, List<String>> pagesByRole(Fixtures fx) {
        long caseId = fx.as("socialworker").get("/api/v1/cases").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("", List.of("/login.xhtml", "/error/notfound.xhtml", "/error/expired.xhtml", "/error/forbidden.xhtml"));
        pages.put("volunteer", List.of("/volunteer/home.xhtml", "/volunteer/week.xhtml", "/year/month.xhtml", "/account/password.xhtml"));
        pages.put("tutor", List.of("/tutor/home.xhtml", "/tutor/checkins.xhtml"));
        pages.put("socialworker", List.of("/socialworker/home.xhtml", "/socialworker/case.xhtml?id=" + caseId));
        pages.put("coordinator", List.of("/coordinator/projects.xhtml", "/coordinator/serviceYears.xhtml", "/coordinator/people.xhtml",
                "/coordinator/statistics.xhtml", "/coordinator/occupancy.xhtml"));
        pages.put("admin", List.of("/admin/accounts.xhtml", "/admin/audit.xhtml"));
        return pages;
    }

    @Test
    void onAPhoneAVolunteerLogsTodaysHoursWithOneTapAfterSigningIn() throws Exception {
        Fixtures fx = new Fixtures(base);
        var tutor = fx.person("TUTOR");
        java.time.ZoneId rome = java.time.ZoneId.of("Europe/Rome");
        java.time.LocalDate today = java.time.LocalDate.now(rome);
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), today.minusWeeks(3));
        // yesterday's service: the card offers the same activity and duration today
        java.time.LocalDate before = today.minusDays(today.getDayOfWeek() == java.time.DayOfWeek.MONDAY ? 2 : 1);
        fx.as(v.username(), Fixtures.PASSWORD).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("date", before.toString(), "category", "SERVICE", "minutes", 195, "activityType", "COMMUNICATION"))
                .post("/api/v1/service-years/" + v.serviceYearId() + "/entries").then().statusCode(201);
        ChromeDriver browser = Browser.start();
        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            browser.get(fx.url("/login.xhtml"));
            browser.findElement(By.id("username")).sendKeys(v.username());
            browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
            browser.findElement(By.id("signIn")).click();
            Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("todayForm:save")));
            assertEquals("COMMUNICATION", new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("todayForm:activityType")))
                    .getFirstSelectedOption().getAttribute("value"), "the last activity is preselected");
            browser.findElement(By.id("todayForm:save")).click(); // the one tap
            Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("todayLogged"), "3 h 15"));
        } finally {
            browser.quit();
        }
        List<Integer> todays = fx.as(v.username(), Fixtures.PASSWORD)
                .get("/api/v1/service-years/" + v.serviceYearId() + "/entries?from=" + today + "&to=" + today.plusDays(1))
                .then().statusCode(200).extract().jsonPath().getList("minutes");
        assertEquals(List.of(195), todays, "today's hours were stored, once");
    }

    @Test
    void everyPageOfEveryRolePassesAxeAndReflowsAt320Pixels() throws Exception {
        Fixtures fx = new Fixtures(base);
        String axe = axeSource();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String>> role : pagesByRole(fx).entrySet()) {
            for (int width : List.of(DESKTOP, PHONE)) {
                ChromeDriver browser = Browser.start();
                try {
                    browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(90));
                    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                            Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width == PHONE));
                    if (!role.getKey().isEmpty()) {
                        browser.get(fx.url("/login.xhtml"));
                        browser.findElement(By.id("username")).sendKeys(role.getKey());
                        browser.findElement(By.id("password")).sendKeys("demo");
                        browser.findElement(By.id("signIn")).click();
                        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signOut")));
                    }
                    for (String page : role.getValue()) {
                        browser.get(fx.url(page));
                        Browser.waitFor(browser).until(d -> "complete".equals(browser.executeScript("return document.readyState")));
                        Object sizes = browser.executeScript("return [document.documentElement.scrollWidth, window.innerWidth]");
                        List<?> sw = (List<?>) sizes;
                        if (((Number) sw.get(0)).intValue() > ((Number) sw.get(1)).intValue()) {
                            problems.add(width + " " + page + ": the page scrolls sideways (" + sw.get(0) + " > " + sw.get(1) + ")");
                        }
                        if (!role.getKey().isEmpty()) {
                            Object skip = browser.executeScript("var a = document.querySelector('a.skip-link');"
                                    + "return a !== null && a.getAttribute('href') === '#main' && document.getElementById('main') !== null"
                                    + " && document.querySelector('a, button, input, select, textarea') === a;");
                            if (!Boolean.TRUE.equals(skip)) {
                                problems.add(width + " " + page + ": no skip link to the content first in the tab order");
                            }
                        }
                        browser.executeScript(axe);
                        Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                                + ".then(function (r) { done(r.violations.map(function (v) {"
                                + "  return v.id + ' (' + v.impact + ') ' + v.nodes.length + ' × ' + v.nodes[0].target.join(' '); })); })"
                                + ".catch(function (e) { done(['axe failed: ' + e]); });");
                        for (Object violation : (List<?>) result) {
                            problems.add(width + " " + (role.getKey().isEmpty() ? "anonymous" : role.getKey()) + " " + page + ": " + violation);
                        }
                        checked++;
                    }
                } finally {
                    browser.quit();
                }
            }
        }
        assertTrue(checked >= 38, "pages checked: " + checked);
        assertEquals(List.of(), problems);
    }
}
