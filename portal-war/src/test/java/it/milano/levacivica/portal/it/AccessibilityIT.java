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
    /** An ISO day or month (2026-11-30, 2026-11), an ISO week (2026-W45) or an enum constant (SIGN_IN). */
    private static final java.util.regex.Pattern ISO_OR_CODE =
            java.util.regex.Pattern.compile("\\b\\d{4}-(\\d{2}|W\\d{2})(-\\d{2})?\\b|\\b[A-Z]+_[A-Z_]+\\b");
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

    /** @return axe-core's WCAG 2.0/2.1 A and AA violations on the browser's page, one line each */
    private static List<String> axeViolations(ChromeDriver browser, String axe) {
        browser.executeScript(axe);
        Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + ') ' + v.nodes.length + ' × ' + v.nodes[0].target.join(' '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }

    /**
     * The year's report page in its other state (issue 16): a year whose report was never made, while its make waits
     * for the database (a table lock another session holds), says the report is being made, with a link to load the
     * page again. That notice passes axe and does not scroll sideways at 320 px, like every page in its usual state.
     */
    @Test
    void theYearsReportBeingMadePassesAxeAt320Pixels() throws Exception {
        String axe = axeSource();
        Fixtures fx = new Fixtures(base);
        List<String> problems = new ArrayList<>();
        int never = Integer.MAX_VALUE; // the oldest year the page offers (from the first service year on): its report is removed
        Map<Integer, ChromeDriver> browsers = new LinkedHashMap<>();
        try {
            for (int width : List.of(DESKTOP, PHONE)) { // signed in before the lock: no sign-in waits for it
                ChromeDriver browser = Browser.start();
                browsers.put(width, browser);
                browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(90));
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width == PHONE));
                Browser.openSignIn(browser, fx.url("/login.xhtml"));
                browser.findElement(By.id("username")).sendKeys("coordinator");
                browser.findElement(By.id("password")).sendKeys("demo");
                browser.findElement(By.id("signIn")).click();
                Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("signOut")));
                browser.get(fx.url("/coordinator/report.xhtml"));
                for (var option : Browser.waitFor(browser).until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#year option")))) {
                    never = Math.min(never, Integer.parseInt(option.getAttribute("value")));
                }
            }
            var db = MariaDbExtension.server();
            try (java.sql.Connection lock = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                    java.sql.Statement st = lock.createStatement()) {
                // as if never made (its row is there from the migration; a report made by an earlier test is removed)
                st.executeUpdate("update year_report set made_at = null, as_of = null, millis = null, report = null where year = " + never);
                st.execute("lock tables hour_entry write");
                try {
                    for (var b : browsers.entrySet()) {
                        ChromeDriver browser = b.getValue();
                        browser.get(fx.url("/coordinator/report.xhtml?year=" + never));
                        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("beingMade")));
                        List<?> sw = (List<?>) browser.executeScript("return [document.documentElement.scrollWidth, window.innerWidth]");
                        if (((Number) sw.get(0)).intValue() > ((Number) sw.get(1)).intValue()) {
                            problems.add(b.getKey() + ": the page scrolls sideways (" + sw.get(0) + " > " + sw.get(1) + ")");
                        }
                        for (String violation : axeViolations(browser, axe)) {
                            problems.add(b.getKey() + ": " + violation);
                        }
                    }
                } finally {
                    st.execute("unlock tables");
                }
            }
        } finally {
            browsers.values().forEach(ChromeDriver::quit);
        }
        assertEquals(List.of(), problems);
    }

    private static Map<String, List<String>> pagesByRole(Fixtures fx) {
        long caseId = fx.as("socialworker").get("/api/v1/cases").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        long placementId = -1;
        for (Object id : fx.as("socialworker").get("/api/v1/cases").then().extract().jsonPath().getList("id")) {
            var answer = fx.as("socialworker").get("/api/v1/rst/cases/" + id + "/placements");
            if (answer.statusCode() != 200) {
                continue; // a restricted case asks for a reason first
            }
            List<Object> placed = answer.jsonPath().getList("id");
            if (!placed.isEmpty()) {
                placementId = ((Number) placed.get(0)).longValue();
                break;
            }
        }
        assertTrue(placementId > 0, "the demo has a placement");
        long yearId = fx.as("volunteer").get("/api/v1/service-years").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("", List.of("/login.xhtml", "/error/notfound.xhtml", "/error/expired.xhtml", "/error/forbidden.xhtml",
                "/error/unavailable.xhtml", "/privacy.xhtml", "/verify.xhtml"));
        pages.put("volunteer", List.of("/volunteer/home.xhtml", "/volunteer/week.xhtml", "/year/month.xhtml", "/account/password.xhtml",
                "/account/reminders.xhtml", "/account/calendar.xhtml"));
        pages.put("tutor", List.of("/tutor/home.xhtml", "/tutor/checkins.xhtml", "/year/month.xhtml?id=" + yearId
                + "&month=" + java.time.YearMonth.now(java.time.ZoneId.of("Europe/Rome")).minusMonths(1)));
        pages.put("socialworker", List.of("/socialworker/home.xhtml", "/socialworker/case.xhtml?id=" + caseId,
                "/socialworker/placement.xhtml?id=" + placementId));
        pages.put("coordinator", List.of("/coordinator/projects.xhtml", "/coordinator/serviceYears.xhtml", "/coordinator/people.xhtml",
                "/coordinator/statistics.xhtml", "/coordinator/occupancy.xhtml", "/coordinator/certificates.xhtml",
                "/coordinator/report.xhtml"));
        pages.put("admin", List.of("/admin/accounts.xhtml", "/admin/audit.xhtml", "/admin/reminders.xhtml", "/account/second-factor.xhtml"));
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
            Browser.openSignIn(browser, fx.url("/login.xhtml"));
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
                        Browser.waitFor(browser).withMessage(() -> "the sign-in page: " + browser.getCurrentUrl() + "\n"
                                + browser.findElement(By.tagName("body")).getText())
                                .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
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
                        // one Italian format: no ISO dates or months, no codes of the domain in what a person reads
                        String text = (String) browser.executeScript("var m = document.querySelector('main') || document.body; return m.innerText;");
                        java.util.regex.Matcher iso = ISO_OR_CODE.matcher(text);
                        if (iso.find()) {
                            problems.add(width + " " + page + ": shows a code or an ISO date: '" + iso.group() + "'");
                        }
                        for (String violation : axeViolations(browser, axe)) {
                            problems.add(width + " " + (role.getKey().isEmpty() ? "anonymous" : role.getKey()) + " " + page + ": " + violation);
                        }
                        checked++;
                    }
                } finally {
                    browser.quit();
                }
            }
        }
        assertTrue(checked >= 56, "pages checked: " + checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void theWeekGridWorksByKeyboardOneDayPerRowOnAPhoneAndWarnsBeforeUnsavedHoursAreLost() throws Exception {
        Fixtures fx = new Fixtures(base);
        var tutor = fx.person("TUTOR");
        java.time.ZoneId rome = java.time.ZoneId.of("Europe/Rome");
        java.time.LocalDate today = java.time.LocalDate.now(rome);
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), today.minusWeeks(3));
        java.time.LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
        int todayIndex = today.getDayOfWeek().getValue() - 1;
        ChromeDriver browser = Browser.start();
        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            var wait = Browser.waitFor(browser);
            Browser.openSignIn(browser, fx.url("/login.xhtml"));
            browser.findElement(By.id("username")).sendKeys(v.username());
            browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
            browser.findElement(By.id("signIn")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signOut")));
            browser.get(fx.url("/volunteer/week.xhtml"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("weekForm:save")));

            // one day per row: on a phone a day's fields are stacked, not side by side
            var service = browser.findElement(By.id("weekForm:cell_SERVICE_" + todayIndex + "_input"));
            var training = browser.findElement(By.id("weekForm:cell_SPECIFIC_TRAINING_" + todayIndex + "_input"));
            assertTrue(training.getRect().getY() > service.getRect().getY() + service.getRect().getHeight() / 2,
                    "a day's categories are stacked on a phone");
            assertEquals("Attività di servizio, " + today.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM",
                    java.util.Locale.ITALIAN)), service.getAttribute("title"), "each field is named with its category and day");

            // the tab order: from "next week" through the open days' fields (the year started three weeks ago, so
            // today and the days before it this week are open), never a locked day's, then Save
            browser.executeScript("document.getElementById('weekForm:next').focus();");
            List<String> expected = new ArrayList<>();
            for (int i = 0; i <= todayIndex; i++) {
                for (String c : List.of("SERVICE", "SPECIFIC_TRAINING", "COMPETENCE_CERTIFICATE")) {
                    expected.add("weekForm:cell_" + c + "_" + i + "_input");
                }
                expected.add("weekForm:activity_" + i);
            }
            expected.add("weekForm:save");
            List<String> order = new ArrayList<>();
            for (int k = 0; k < expected.size(); k++) {
                browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
                order.add(browser.switchTo().activeElement().getAttribute("id"));
            }
            assertEquals(expected, order, "the keyboard path through the week");
            for (int i = todayIndex + 1; i < 7; i++) {
                assertTrue(browser.findElements(By.id("weekForm:cell_SERVICE_" + i + "_input")).isEmpty(),
                        "a locked day has no field in the tab order: " + i);
            }

            // typed and not saved: changing week asks first; declining keeps the hours
            service = browser.findElement(By.id("weekForm:cell_SERVICE_" + todayIndex + "_input"));
            service.sendKeys("4");
            String week = browser.findElement(By.id("weekLabel")).getText();
            browser.findElement(By.id("weekForm:prev")).click();
            wait.until(ExpectedConditions.alertIsPresent()).dismiss();
            assertEquals(week, browser.findElement(By.id("weekLabel")).getText(), "declined: the week stays");
            assertTrue(browser.findElement(By.id("weekForm:cell_SERVICE_" + todayIndex + "_input")).getAttribute("value").startsWith("4"),
                    "declined: the typed hours stay");

            // by keyboard: the activity, then Save with Enter; focus stays on Save after the update
            var activity = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("weekForm:activity_" + todayIndex)));
            activity.selectByValue("TESTIMONIES");
            browser.findElement(By.id("weekForm:save")).sendKeys(org.openqa.selenium.Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Settimana salvata"));
            wait.until(d -> "weekForm:save".equals(d.switchTo().activeElement().getAttribute("id")));

            // saved: changing week no longer asks
            browser.findElement(By.id("weekForm:prev")).click();
            wait.until(d -> !d.findElement(By.id("weekLabel")).getText().equals(week));
            assertEquals(0, browser.findElements(By.cssSelector(".ui-confirm-dialog:not([aria-hidden=true])")).size());
        } finally {
            browser.quit();
        }
        List<Map<String, Object>> stored = fx.as(v.username(), Fixtures.PASSWORD)
                .get("/api/v1/service-years/" + v.serviceYearId() + "/entries?from=" + today + "&to=" + today.plusDays(1))
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(1, stored.size(), "stored once: " + stored);
        assertEquals(240, ((Number) stored.get(0).get("minutes")).intValue());
        assertEquals("TESTIMONIES", stored.get(0).get("activityType"));
    }
}
