package se.arbetsmarknad.web.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for tests: Debian's chromium, headless, driven by its chromedriver (no browser download;
 * {@code .ci/run} installs both). One per test class (or per user in a journey with two); close it when done.
 *
 * <p>Every wait is for a condition, never a fixed sleep, and lasts up to {@link #WAIT} (property
 * {@code web.wait.seconds}, default 120): on two slow cores shared with a whole suite a page can take many
 * seconds, and what the services do after a request (events through Kafka) longer still.
 */
public final class Browser implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(Long.getLong("web.wait.seconds", 120));

    private final ChromeDriver driver;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    public static Browser start() {
        String chromedriver = System.getProperty("web.chromedriver", "");
        if (chromedriver.isBlank() || chromedriver.startsWith("$")) {
            chromedriver = "/usr/bin/chromedriver";
        }
        if (!new File(chromedriver).canExecute()) {
            throw new IllegalStateException(chromedriver + " is missing: apt-get install chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("web.chromium", "/usr/bin/chromium"));
        Path downloads = downloads();
        // A Swedish user's browser: Accept-Language sv-SE, and date fields shown as Swedish users see them.
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "download.directory_upgrade", true, "intl.accept_languages", "sv-SE,sv"));
        // As root in a sandbox-less container, on a machine with a closed network (no background traffic).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=sv-SE", "--window-size=1280,1000");
        // On Linux chromium ignores --lang: its locale (date fields' format) comes from LANGUAGE, and only when
        // Debian's chromium-l10n has its language pack (.ci/run installs it); else en-US (mm/dd/yyyy).
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                .withEnvironment(java.util.Map.of("LANGUAGE", "sv_SE")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        driver.manage().timeouts().scriptTimeout(WAIT);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return new Browser(driver, downloads);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the web application by its path ("/handlaggare"). */
    public Browser open(String path) {
        driver.get(SignIn.baseUrl() + path);
        return this;
    }

    /** Waits until the page shows {@code text} (after a click, a redirect, an htmx swap). */
    public Browser waitFor(String text) {
        return until("the page to show '" + text + "'", d -> d.getPageSource().contains(text));
    }

    public Browser until(String what, Function<WebDriver, Boolean> condition) {
        // htmx swaps polled fragments: an element found a moment ago may be replaced before it is read
        new WebDriverWait(driver, WAIT).withMessage("waited " + WAIT.toSeconds() + " s for " + what + " on " + driver.getCurrentUrl())
                .ignoring(StaleElementReferenceException.class).until(condition);
        return this;
    }

    /**
     * Reloads the page until it shows {@code text}: for what another service learns a little later through
     * its events (a new participant in the matching projection, an export, a figure).
     */
    public Browser reloadUntil(String text) {
        return until("the page to show '" + text + "' after reloading", d -> {
            if (d.getPageSource().contains(text)) {
                return true;
            }
            d.navigate().refresh();
            return d.getPageSource().contains(text);
        });
    }

    public WebElement field(String name) {
        return driver.findElement(By.name(name));
    }

    public Browser type(String name, String text) {
        WebElement f = field(name);
        f.clear();
        f.sendKeys(text);
        return this;
    }

    public Browser select(String name, String value) {
        new Select(field(name)).selectByValue(value);
        return this;
    }

    /** A date field's value as the date picker would set it (typing into it depends on the browser's locale). */
    public Browser date(String name, String iso) {
        driver.executeScript("arguments[0].value = arguments[1]", field(name), iso);
        return this;
    }

    /** Clicks the button whose visible text is exactly {@code text} (inside the page's main content or a dialog). */
    public Browser press(String text) {
        driver.findElement(By.xpath("//button[normalize-space()='" + text + "']")).click();
        return this;
    }

    public Browser submitIn(String cssContainer) {
        driver.findElement(By.cssSelector(cssContainer + " button[type=submit]")).click();
        return this;
    }

    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    public String source() {
        return driver.getPageSource();
    }

    public Browser accessible(String state) {
        Axe.assertAccessible(driver, state);
        return this;
    }

    /** Saves what the browser shows (the whole page height) as PNG. */
    public Path screenshot(Path file) {
        try {
            // the window's size includes the browser's own bars: add them, so the page's end (the footer) is in the picture
            long height = ((Number) driver.executeScript(
                    "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight")).longValue();
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 800), 4000)));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new Dimension(1280, 1000));
            return file;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the browser saves downloads (a fresh folder per browser). */
    static Path downloads() {
        try {
            return Files.createDirectories(Path.of("target", "downloads")).resolve(Long.toString(System.nanoTime(), 36));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the browser has saved a file ending in {@code suffix} (no ".crdownload" left) and returns it. */
    public Path downloaded(String suffix) {
        Path[] found = new Path[1];
        until("a downloaded " + suffix + " file", d -> {
            if (!Files.isDirectory(downloads)) {
                return false;
            }
            try (var files = Files.list(downloads)) {
                found[0] = files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
                return found[0] != null;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return found[0];
    }

    /** Where the journeys put their screenshots: -Dweb.screenshots, else target/screenshots. */
    public static Path screenshots() {
        String dir = System.getProperty("web.screenshots", "");
        return Path.of(dir.isBlank() || dir.startsWith("$") ? "target/screenshots" : dir);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
