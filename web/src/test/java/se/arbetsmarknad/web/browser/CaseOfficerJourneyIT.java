package se.arbetsmarknad.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WindowType;

/**
 * The case officer's whole case in a real browser against the running suite (./suite test runs it after
 * ./suite up): sign in through Keycloak's login page, the worklists, an expired session, enrol, a stale
 * edit, plan, intervention, project, propose a match, pause/resume/transfer, bulk enrolment, exit and
 * re-open. axe checks every page and state on the way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseOfficerJourneyIT extends OneBrowser {

    static String participantUrl;
    static final String PNR = TestData.personnummer();

    @Test
    @Order(1)
    void annaSignsInThroughTheLoginPageAndSeesHerWorklists() {
        SignIn.as(browser, "anna.handlaggare", "/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/handlaggare");
        assertThat(browser.text("h1")).isEqualTo("Mina arbetslistor");
        assertThat(browser.source()).contains("Anna Handläggare").contains("Utan aktuell plan");
        browser.accessible("the case officer's landing page");
        browser.screenshot(Browser.screenshots().resolve("web-landing.png"));
    }

    @Test
    @Order(2)
    void aFullListSortsFiltersAndPages() {
        browser.open("/arbetslistor/mine").accessible("a whole worklist");
        browser.driver().findElement(By.linkText("Namn")).click();
        browser.until("the list sorted by name", d -> d.getCurrentUrl().contains("sort=lastName"));
        browser.accessible("a worklist sorted by name");
        browser.select("status", "PAUSED").submitIn(".app-filter");
        browser.until("the filtered list", d -> d.getCurrentUrl().contains("status=PAUSED"));
        browser.accessible("a filtered worklist (possibly empty)");
    }

    /**
     * The session ends while a list is open (its cookie is gone): the next htmx request gets 499 instead of
     * Keycloak's page as a fragment, and app.js reloads the whole page, which goes through sign-in (Keycloak's
     * own session is still there, so it comes straight back) and shows the whole page again.
     */
    @Test
    @Order(3)
    void anHtmxRequestAfterTheSessionEndedReloadsThePageThroughSignIn() {
        browser.open("/arbetslistor/mine?visa=mina&sort=enrolledOn&dir=asc&sida=0");
        browser.driver().executeScript("window.__beforeExpiry = true;");
        for (Cookie c : browser.driver().manage().getCookies()) {
            if (c.getName().startsWith("q_session")) {
                browser.driver().manage().deleteCookie(c);
            }
        }
        browser.driver().findElement(By.linkText("Namn")).click();
        browser.until("a fresh page after signing in again", d -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return window.__beforeExpiry === undefined && document.readyState === 'complete'"
                        + " && document.getElementById('innehall') !== null")));
        assertThat(browser.driver().findElements(By.cssSelector("header.app-header"))).hasSize(1);
        assertThat(browser.driver().findElements(By.id("username"))).isEmpty();
        assertThat(browser.driver().manage().getCookies()).anyMatch(c -> c.getName().startsWith("q_session"));
        assertThat(browser.text("h1")).isEqualTo("Mina deltagare");
    }

    @Test
    @Order(4)
    void findingAnUnknownNumberOffersEnrolmentAndTheFormShowsTheServicesErrorsAtTheFields() {
        browser.open("/deltagare/sok").accessible("the search page");
        browser.type("personnummer", PNR).submitIn("main form");
        browser.waitFor("Ingen träff");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(PNR.substring(0, 6));
        browser.accessible("search without a match");
        browser.press("Skriv in personen").waitFor("Skriv in deltagare");
        assertThat(browser.field("personnummer").getAttribute("value")).isEqualTo(PNR);
        // a number with a wrong check digit: the service's message appears at the field
        browser.type("personnummer", TestData.wrongCheckDigit(PNR)).press("Skriv in").waitFor("Rätta");
        assertThat(browser.text(".text-field--error .label__message--error")).isNotBlank();
        browser.accessible("the enrolment form with validation errors");
    }

    @Test
    @Order(5)
    void annaEnrolsAPerson() {
        browser.open("/deltagare/ny").accessible("the empty enrolment form");
        browser.type("personnummer", PNR).type("firstName", "Saga").type("lastName", "Webbtest")
                .select("educationLevel", "gymnasial").select("swedishLevel", "sfi-3").type("occupationInterests", "5321");
        browser.press("Skriv in").waitFor("Deltagaren är inskriven");
        participantUrl = browser.driver().getCurrentUrl().replaceAll("\\?.*", "");
        assertThat(browser.text("h1")).isEqualTo("Saga Webbtest");
        assertThat(browser.text("main")).contains("5321 Undersköterskor"); // the interest with its SSYK 2012 name
        browser.accessible("a newly enrolled participant's page");
    }

    /** Two windows edit the same attributes: the second save is stale and shows what the first one changed. */
    @Test
    @Order(6)
    void aStaleAttributeEditSaysSoAndShowsWhatChanged() {
        String mine = browser.driver().getWindowHandle();
        browser.driver().get(participantUrl + "/uppgifter");
        browser.accessible("the attribute form");
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.driver().get(participantUrl + "/uppgifter");
        browser.type("lastName", "Webbtest-Lind").press("Spara").waitFor("Uppgifterna är sparade");
        browser.driver().close();
        browser.driver().switchTo().window(mine);
        browser.select("educationLevel", "eftergymnasial").press("Spara").waitFor("Någon annan har ändrat uppgifterna");
        assertThat(browser.text("main")).contains("Webbtest-Lind");
        assertThat(browser.field("educationLevel").getAttribute("value")).isEqualTo("eftergymnasial");
        browser.accessible("a stale edit with the other person's changes");
        // The form keeps what this user typed; she takes the other person's last name and saves again.
        assertThat(browser.field("lastName").getAttribute("value")).isEqualTo("Webbtest");
        browser.type("lastName", "Webbtest-Lind").press("Spara").waitFor("Uppgifterna är sparade");
        assertThat(browser.text("main")).contains("Saga Webbtest-Lind").contains("Eftergymnasial");
    }

    @Test
    @Order(7)
    void annaWritesAPlanAndRecordsAFollowUp() {
        browser.driver().get(participantUrl + "/plan");
        browser.accessible("the plan form");
        browser.press("Spara planen").waitFor("Rätta").accessible("the plan form with errors");
        browser.type("goal", "Arbete inom vården inom ett år").type("steps", "Sfi kurs 3\nPraktik på äldreboende")
                .date("nextFollowUp", "2030-01-15");
        browser.press("Spara planen").waitFor("En ny version av planen är sparad");
        assertThat(browser.source()).contains("Arbete inom vården inom ett år").contains("15 jan. 2030");
        browser.press("Registrera uppföljning").accessible("the follow-up dialog");
        browser.type("notes", "Gått igenom CV").submitIn("#dialog-uppfoljning").waitFor("Uppföljningen är registrerad");
        assertThat(browser.source()).contains("Gått igenom CV");
    }

    @Test
    @Order(8)
    void annaStartsAnIntervention() {
        browser.driver().get(participantUrl + "/insatser/ny");
        browser.accessible("the start-intervention form");
        new org.openqa.selenium.support.ui.Select(browser.field("kind")).selectByIndex(1);
        browser.date("startedOn", TestData.today().toString());
        browser.press("Starta insatsen").waitFor("Insatsen är startad");
        assertThat(browser.driver().findElements(By.xpath("//td[text()='Pågår']"))).hasSize(1);
        browser.accessible("the participant page with a running intervention");
        browser.screenshot(Browser.screenshots().resolve("web-participant.png"));
    }

    @Test
    @Order(9)
    void annaAddsTheParticipantToAProjectAndTakesThemOutAgain() {
        browser.driver().get(participantUrl + "/projekt");
        browser.accessible("the project form");
        browser.press("Lägg till").waitFor("Rätta").accessible("the project form with errors");
        new org.openqa.selenium.support.ui.Select(browser.field("project")).selectByIndex(1);
        browser.date("on", TestData.today().toString()).press("Lägg till").waitFor("Deltagaren är med i projektet");
        browser.accessible("the participant page with a project");
        browser.driver().findElement(By.cssSelector("form[action*='/projekt/'][action$='/lamna'] button")).click();
        browser.waitFor("Deltagaren har lämnat projektet");
    }

    @Test
    @Order(10)
    void annaProposesARankedPlacementAndSeesItsStatus() {
        // placement-service learns of the new participant through participant.events.v1: reload until it has.
        browser.driver().get(participantUrl + "/matchning");
        browser.reloadUntil("poäng");
        browser.accessible("the ranked placements with score explanations");
        browser.submitIn("form[action$='/matchning']").waitFor("Förslaget är skickat");
        assertThat(browser.source()).contains("Föreslagen – väntar på svar");
        browser.accessible("matching with a pending proposal");
    }

    @Test
    @Order(11)
    void aCrossSitePostWithTheSessionIsRefused() throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest crossSite = HttpRequest.newBuilder(URI.create(participantUrl + "/pausa"))
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://angripare.example").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("on=2026-06-01")).build();
        assertThat(http.send(crossSite, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        HttpRequest noToken = HttpRequest.newBuilder(URI.create(participantUrl + "/pausa"))
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("on=2026-06-01")).build();
        assertThat(http.send(noToken, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        browser.driver().get(participantUrl);
        assertThat(browser.source()).doesNotContain("Inskrivningen är pausad").contains("Pausa");
    }

    @Test
    @Order(12)
    void annaPausesResumesAndTransfersTheEnrolment() {
        browser.driver().get(participantUrl);
        browser.press("Pausa").accessible("the pause dialog");
        browser.submitIn("#dialog-pausa").waitFor("Inskrivningen är pausad");
        assertThat(browser.text(".app-lead")).contains("Pausad");
        browser.press("Återuppta").accessible("the resume dialog");
        browser.submitIn("#dialog-ateruppta").waitFor("Inskrivningen är återupptagen");
        // the form as its own page (where a refused dialog lands): its own errors at the field
        browser.driver().get(participantUrl + "/flytta");
        browser.accessible("the transfer form");
        browser.press("Flytta").waitFor("Rätta").accessible("the transfer form with errors");
        assertThat(browser.text(".text-field--error .label__message--error")).contains("användarnamn");
        browser.driver().get(participantUrl);
        browser.press("Flytta").accessible("the transfer dialog");
        browser.type("toOfficer", "lisa.handlaggare").submitIn("#dialog-flytta").waitFor("Deltagaren är flyttad");
        assertThat(browser.text("main")).contains("lisa.handlaggare");
        browser.press("Flytta").type("toOfficer", "anna.handlaggare").submitIn("#dialog-flytta").waitFor("Deltagaren är flyttad");
        browser.accessible("the participant page after two transfers");
    }

    @Test
    @Order(13)
    void aReferralListWithAnErrorEnrolsNobodyAndTheCorrectedListEnrolsAll() throws Exception {
        browser.open("/deltagare/fil").accessible("the bulk enrolment page");
        String first = TestData.personnummer();
        String second = TestData.personnummer();
        Path bad = csv("personnummer;firstName;lastName;educationLevel\n" + first + ";Ida;Filtest;gymnasial\n"
                + TestData.wrongCheckDigit(second) + ";Ali;Filtest;gymnasial\n");
        browser.field("fil").sendKeys(bad.toString());
        browser.press("Läs in och skriv in").waitFor("Fel per rad");
        assertThat(browser.text("#utfall table")).contains("2").contains("Personnummer");
        assertThat(browser.source()).contains("Inget är inskrivet");
        browser.accessible("a referral list with a row error");
        Path good = csv("personnummer;firstName;lastName;educationLevel\n" + first + ";Ida;Filtest;gymnasial\n"
                + second + ";Ali;Filtest;gymnasial\n");
        browser.field("fil").clear();
        browser.field("fil").sendKeys(good.toString());
        browser.press("Läs in och skriv in").waitFor("2 deltagare är inskrivna");
        assertThat(browser.driver().findElements(By.cssSelector("#utfall a[href^='/deltagare/']"))).hasSize(2);
        assertThat(browser.driver().findElement(By.cssSelector("progress[data-upload-progress]")).getAttribute("value")).isEqualTo("100");
        browser.accessible("an enrolled referral list");
    }

    @Test
    @Order(14)
    void annaExitsTheParticipantWithAReasonAndReopensTheCase() {
        browser.driver().get(participantUrl);
        browser.press("Avsluta inskrivningen").accessible("the exit dialog");
        browser.select("reason", "arbete").submitIn("#dialog-avsluta").waitFor("Inskrivningen är avslutad");
        assertThat(browser.source()).contains("Avslutsorsak: Arbete").contains("Återaktualisera");
        browser.accessible("an exited participant's page");
        browser.driver().findElement(By.linkText("Återaktualisera")).click();
        browser.waitFor("<h1>Återaktualisera</h1>").accessible("the re-open form");
        browser.press("Återaktualisera").waitFor("Deltagaren är återaktualiserad med en ny inskrivning");
        assertThat(browser.text(".app-lead")).contains("Aktiv");
        assertThat(browser.driver().findElements(By.xpath("//h3[starts-with(normalize-space(), 'Inskrivning ')]"))).hasSize(2);
        browser.accessible("a re-opened participant's page");
        browser.press("Avsluta inskrivningen").select("reason", "studier").submitIn("#dialog-avsluta")
                .waitFor("Inskrivningen är avslutad");
    }

    @Test
    @Order(15)
    void erikNeverSeesAnnasParticipant() {
        SignIn.signOut(browser);
        SignIn.as(browser, "erik.handlaggare", "/");
        assertThat(browser.source()).doesNotContain("Webbtest");
        browser.driver().get(participantUrl);
        assertThat(browser.source()).contains("Finns inte eller du saknar behörighet").doesNotContain("Saga");
        browser.accessible("the not-found page");
        browser.open("/deltagare/sok").type("personnummer", PNR).submitIn("main form").waitFor("Ingen träff");
    }

    private static Path csv(String content) throws java.io.IOException {
        Path file = Files.createTempFile("remisslista", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
