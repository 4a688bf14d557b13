package it.milano.levacivica.portal.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for browser tests; never a browser downloaded by a test tool. */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start() throws Exception {
        File chromium = which("chromium").or(() -> which("chromium-browser"))
                .orElseThrow(() -> new IllegalStateException("Chromium is missing: apt-get install -y chromium chromium-driver"));
        File driver = which("chromedriver")
                .orElseThrow(() -> new IllegalStateException("ChromeDriver is missing: apt-get install -y chromium-driver"));
        Path profile = Files.createTempDirectory("chromium-it");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--lang=it-IT", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        // the browser's console, so that tests can see Content-Security-Policy refusals
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /**
     * A 30-second wait that retries reads of a page being replaced (ajax updates and full posts replace
     * elements under the test's feet; that is not a failure, a condition never met is).
     */
    static org.openqa.selenium.support.ui.WebDriverWait waitFor(ChromeDriver browser) {
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        wait.withMessage(() -> whereWeAre(browser));
        return wait;
    }

    /**
     * Where the browser is and what the page says, for a failure's message: a wait that gives up or an
     * element that is missing says which page the browser was on instead.
     */
    static String whereWeAre(ChromeDriver browser) {
        try {
            String text = browser.findElement(org.openqa.selenium.By.tagName("body")).getText();
            return "the browser is at " + browser.getCurrentUrl() + ", whose page says: "
                    + (text.length() > 1500 ? text.substring(0, 1500) + "…" : text);
        } catch (RuntimeException e) {
            return "the browser's page could not be read: " + e;
        }
    }

    /** The element, or a failure that says which page the browser was on instead. */
    static org.openqa.selenium.WebElement element(ChromeDriver browser, org.openqa.selenium.By by) {
        try {
            return browser.findElement(by);
        } catch (org.openqa.selenium.NoSuchElementException e) {
            throw new AssertionError("no " + by + ": " + whereWeAre(browser), e);
        }
    }

    /**
     * Opens the sign-in page and waits for its form. A fresh Chromium does not always have it when {@code get} returns:
     * two fresh-clone CI runs of 1 December 2026 found no {@code #username} right after it (OfflineIT, SecurityIT). On a
     * timeout the wait says which page the browser is on.
     */
    static void openSignIn(ChromeDriver browser, String loginUrl) {
        browser.get(loginUrl);
        waitFor(browser).until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("username")));
    }

    /**
     * Signs in through the form, as a person would, and waits for the page the sign-in leads to.
     *
     * @param loginUrl the sign-in page's absolute address
     * @param landing a part of the address the sign-in must lead to
     */
    static void signIn(ChromeDriver browser, org.openqa.selenium.support.ui.WebDriverWait wait, String loginUrl, String username,
            String password, String landing) {
        openSignIn(browser, loginUrl);
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.id("signIn")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(landing));
    }

    /** @return the console messages of the page(s) since the last call that name a refusal of the Content-Security-Policy */
    static java.util.List<String> cspRefusals(ChromeDriver browser) {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    private static Optional<File> which(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File f = new File(dir, name);
            if (f.canExecute()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
