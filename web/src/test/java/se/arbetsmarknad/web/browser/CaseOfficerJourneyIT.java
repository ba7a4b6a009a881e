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
    private static org.openqa.selenium.chrome.ChromeDriver driver;

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

    static String participantUrl;
    static final String PNR = personnummer();

    @Test
    @Order(2)
    void aFullListSortsFiltersAndPages() {
        driver.get(SignIn.baseUrl() + "/arbetslistor/mine");
        Axe.assertAccessible(driver, "a whole worklist");
        driver.findElement(By.linkText("Namn")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("sort=lastName"));
        Axe.assertAccessible(driver, "a worklist sorted by name");
        new org.openqa.selenium.support.ui.Select(field("status")).selectByValue("PAUSED");
        driver.findElement(By.cssSelector(".app-filter button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("status=PAUSED"));
        Axe.assertAccessible(driver, "a filtered worklist (possibly empty)");
    }

    @Test
    @Order(3)
    void findingAnUnknownNumberOffersEnrolmentAndTheFormShowsTheServicesErrorsAtTheFields() {
        driver.get(SignIn.baseUrl() + "/deltagare/sok");
        Axe.assertAccessible(driver, "the search page");
        field("personnummer").sendKeys(PNR);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor("Ingen träff");
        assertThat(driver.getCurrentUrl()).doesNotContain(PNR.substring(0, 6));
        Axe.assertAccessible(driver, "search without a match");
        driver.findElement(By.xpath("//button[text()='Skriv in personen']")).click();
        waitFor("Skriv in deltagare");
        assertThat(field("personnummer").getAttribute("value")).isEqualTo(PNR);
        // a number with a wrong check digit: the service's message appears at the field
        field("personnummer").clear();
        field("personnummer").sendKeys(PNR.substring(0, PNR.length() - 1) + ((PNR.charAt(PNR.length() - 1) - '0' + 1) % 10));
        driver.findElement(By.xpath("//button[text()='Skriv in']")).click();
        waitFor("Rätta");
        assertThat(driver.findElement(By.cssSelector(".text-field--error .label__message--error")).getText()).isNotBlank();
        Axe.assertAccessible(driver, "the enrolment form with validation errors");
    }

    @Test
    @Order(4)
    void annaEnrolsAPerson() {
        driver.get(SignIn.baseUrl() + "/deltagare/ny");
        Axe.assertAccessible(driver, "the empty enrolment form");
        field("personnummer").sendKeys(PNR);
        field("firstName").sendKeys("Saga");
        field("lastName").sendKeys("Webbtest");
        new org.openqa.selenium.support.ui.Select(field("educationLevel")).selectByValue("gymnasial");
        new org.openqa.selenium.support.ui.Select(field("swedishLevel")).selectByValue("sfi-3");
        field("occupationInterests").sendKeys("5321");
        driver.findElement(By.xpath("//button[text()='Skriv in']")).click();
        waitFor("Deltagaren är inskriven");
        participantUrl = driver.getCurrentUrl().replaceAll("\\?.*", "");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Saga Webbtest");
        Axe.assertAccessible(driver, "a newly enrolled participant's page");
    }

    @Test
    @Order(5)
    void annaWritesAPlanAndRecordsAFollowUp() {
        driver.get(participantUrl + "/plan");
        Axe.assertAccessible(driver, "the plan form");
        driver.findElement(By.xpath("//button[text()='Spara planen']")).click();
        waitFor("Rätta");
        Axe.assertAccessible(driver, "the plan form with errors");
        field("goal").sendKeys("Arbete inom vården inom ett år");
        field("steps").sendKeys("Sfi kurs 3\nPraktik på äldreboende");
        date("nextFollowUp", "2030-01-15");
        driver.findElement(By.xpath("//button[text()='Spara planen']")).click();
        waitFor("En ny version av planen är sparad");
        assertThat(driver.getPageSource()).contains("Arbete inom vården inom ett år").contains("15 jan. 2030");
        driver.findElement(By.xpath("//button[text()='Registrera uppföljning']")).click();
        Axe.assertAccessible(driver, "the follow-up dialog");
        field("notes").sendKeys("Gått igenom CV");
        driver.findElement(By.cssSelector("#dialog-uppfoljning button[type=submit]")).click();
        waitFor("Uppföljningen är registrerad");
        assertThat(driver.getPageSource()).contains("Gått igenom CV");
    }

    @Test
    @Order(6)
    void annaStartsAnIntervention() {
        driver.get(participantUrl + "/insatser/ny");
        Axe.assertAccessible(driver, "the start-intervention form");
        new org.openqa.selenium.support.ui.Select(field("kind")).selectByIndex(1);
        date("startedOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString());
        driver.findElement(By.xpath("//button[text()='Starta insatsen']")).click();
        waitFor("Insatsen är startad");
        assertThat(driver.findElements(By.xpath("//td[text()='Pågår']"))).hasSize(1);
        Axe.assertAccessible(driver, "the participant page with a running intervention");
        browser.screenshot(screenshots().resolve("web-participant.png"));
    }

    @Test
    @Order(7)
    void annaProposesARankedPlacementAndSeesItsStatus() {
        driver.get(participantUrl + "/matchning");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getPageSource().contains("poäng"));
        Axe.assertAccessible(driver, "the ranked placements with score explanations");
        driver.findElement(By.cssSelector("form[action$='/matchning'] button[type=submit]")).click();
        waitFor("Förslaget är skickat");
        assertThat(driver.getPageSource()).contains("Föreslagen – väntar på svar");
        Axe.assertAccessible(driver, "matching with a pending proposal");
    }

    @Test
    @Order(8)
    void aCrossSitePostWithTheSessionIsRefused() throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        var http = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        var crossSite = java.net.http.HttpRequest.newBuilder(java.net.URI.create(participantUrl + "/pausa"))
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://angripare.example").header("Sec-Fetch-Site", "cross-site")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("on=2026-06-01")).build();
        assertThat(http.send(crossSite, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        var noToken = java.net.http.HttpRequest.newBuilder(java.net.URI.create(participantUrl + "/pausa"))
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("on=2026-06-01")).build();
        assertThat(http.send(noToken, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        driver.get(participantUrl);
        assertThat(driver.getPageSource()).doesNotContain("Inskrivningen är pausad").contains("Pausa");
    }

    @Test
    @Order(9)
    void annaExitsTheParticipantWithAReason() {
        driver.get(participantUrl);
        driver.findElement(By.xpath("//button[text()='Avsluta inskrivningen']")).click();
        Axe.assertAccessible(driver, "the exit dialog");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("avsluta-reason"))).selectByValue("arbete");
        driver.findElement(By.cssSelector("#dialog-avsluta button[type=submit]")).click();
        waitFor("Inskrivningen är avslutad");
        assertThat(driver.getPageSource()).contains("Avslutsorsak: Arbete").contains("Återaktualisera");
        Axe.assertAccessible(driver, "an exited participant's page");
    }

    @Test
    @Order(10)
    void erikNeverSeesAnnasParticipant() {
        SignIn.signOut(driver);
        SignIn.as(driver, "erik.handlaggare", "/");
        assertThat(driver.getPageSource()).doesNotContain("Webbtest");
        driver.get(participantUrl);
        assertThat(driver.getPageSource()).contains("Finns inte eller du saknar behörighet").doesNotContain("Saga");
        Axe.assertAccessible(driver, "the not-found page");
        driver.get(SignIn.baseUrl() + "/deltagare/sok");
        field("personnummer").sendKeys(PNR);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor("Ingen träff");
    }

    /** A Luhn-valid personnummer of someone born in 2000 (age above 17), different on every run. */
    static String personnummer() {
        java.util.Random r = new java.util.Random();
        String base = String.format("00%02d%02d%03d", 1 + r.nextInt(12), 1 + r.nextInt(28), 100 + r.nextInt(899));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (base.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return "20" + base.substring(0, 6) + "-" + base.substring(6) + ((10 - sum % 10) % 10);
    }

    static void waitFor(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains(text));
    }

    /** A date field's value as the date picker would set it (typing into it depends on the browser's locale). */
    static void date(String name, String iso) {
        driver.executeScript("arguments[0].value = arguments[1]", field(name), iso);
    }

    static WebElement field(String name) {
        return driver.findElement(By.name(name));
    }
}
