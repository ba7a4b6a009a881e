package se.arbetsmarknad.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The case officer's whole case in a real browser against the running suite (./suite test runs it after
 * ./suite up): sign in through Keycloak's login page, the worklists, enrol, plan, intervention, propose a
 * match, exit. axe checks every page and state on the way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseOfficerJourneyIT {

    private static Browser browser;
    private static WebDriver driver;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static Path screenshots() {
        String dir = System.getProperty("web.screenshots", "");
        return Path.of(dir.isBlank() || dir.startsWith("$") ? "target/screenshots" : dir);
    }

    @Test
    @Order(1)
    void annaSignsInThroughTheLoginPageAndSeesHerWorklists() {
        SignIn.as(driver, "anna.handlaggare", "/");
        assertThat(driver.getCurrentUrl()).endsWith("/handlaggare");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mina arbetslistor");
        assertThat(driver.getPageSource()).contains("Anna Handläggare").contains("Utan aktuell plan");
        Axe.assertAccessible(driver, "the case officer's landing page");
        browser.screenshot(screenshots().resolve("web-landing.png"));
    }

    static void waitFor(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains(text));
    }

    static WebElement field(String name) {
        return driver.findElement(By.name(name));
    }
}
