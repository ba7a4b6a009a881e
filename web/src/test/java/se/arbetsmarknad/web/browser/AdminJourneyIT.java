package se.arbetsmarknad.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The admin's work in a real browser: operations at a glance, the audit log searched and its hash chain
 * verified, retention previewed before it runs, and reference data: an intervention kind, the quota rule (the
 * service's error at its field, a stale save shown), a dated cost rate (the service's error at its field, the
 * replaced rate ending the day before) and a year of a reference series. axe on every page and state.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminJourneyIT extends OneBrowser {

    @Test
    @Order(1)
    void theAdminSeesEveryServiceAtAGlance() {
        SignIn.as(browser, "admin", "/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin");
        assertThat(browser.text("h1")).isEqualTo("Drift i korthet");
        for (String service : new String[] {"participant", "placement", "goals", "reporting"}) {
            String card = "section[aria-labelledby='tjanst-" + service + "']";
            assertThat(browser.text(card)).as(service).contains("Lever").contains("Redo").contains("väntar på att skickas");
            assertThat(browser.driver().findElements(By.cssSelector(card + " .badge--error"))).as(service + " down").isEmpty();
        }
        // Consumer lag per topic shows once Micrometer has bound the consumers' partition metrics (its 60 s
        // refresh): right after ./suite up the page says "Inga mottagare" for up to a minute.
        browser.reloadUntil("participant.events.v1");
        assertThat(browser.text("main")).contains("Databasen");
        browser.accessible("operations at a glance");
        browser.screenshot(Browser.screenshots().resolve("web-admin.png"));
    }

    @Test
    @Order(2)
    void theAdminSearchesTheAuditLog() {
        browser.open("/admin/logg").accessible("the audit log search");
        browser.type("deltagare", "inte-ett-id").press("Sök").waitFor("Rätta").accessible("the audit search with an error");
        assertThat(browser.text(".text-field--error")).contains("Ange deltagarens id");
        browser.field("deltagare").clear();
        // The demo data is written as the demo officers, so anna.handlaggare has rows in a fresh suite too.
        browser.type("anvandare", "anna.handlaggare").press("Sök").waitFor("nyast först");
        assertThat(browser.driver().findElements(By.cssSelector("main table tbody tr"))).isNotEmpty();
        browser.accessible("audit rows of one user");
        browser.driver().findElement(By.cssSelector("main table tbody tr a[href*='deltagare=']")).click();
        browser.until("one participant's rows", d -> d.getCurrentUrl().contains("deltagare="));
        assertThat(browser.field("deltagare").getAttribute("value")).hasSize(36);
        assertThat(browser.driver().findElements(By.cssSelector("main table tbody tr"))).isNotEmpty();
    }

    /** Done when: as admin verifies the audit chain. */
    @Test
    @Order(3)
    void theAdminVerifiesTheAuditChain() {
        browser.open("/admin/logg/kontroll").accessible("the chain check");
        browser.press("Kontrollera kedjan").waitFor("Resultat");
        assertThat(browser.text("main")).contains("Kedjan är hel").contains("loggrader");
        browser.accessible("an intact chain");
    }

    @Test
    @Order(4)
    void theAdminSeesWhatRetentionWillEraseBeforeRunningIt() {
        browser.open("/admin/gallring");
        assertThat(browser.text("main")).contains("Avslutade före").contains("Deltagare som gallras");
        browser.accessible("the retention preview");
        if (browser.driver().findElements(By.xpath("//button[normalize-space()='Kör gallring nu']")).isEmpty()) {
            assertThat(browser.text("main")).contains("Ingen deltagare behöver gallras i dag");
            return;
        }
        String oldest = browser.driver().findElement(By.cssSelector("main table tbody tr > *")).getText();
        browser.press("Kör gallring nu").accessible("the retention confirmation");
        browser.submitIn("#dialog-gallra").waitFor("Gallringen är körd");
        // What the preview listed is gone; the demo history, still being written after a fresh ./suite up, may
        // have closed older cases since, so the list need not be empty.
        assertThat(browser.text("main")).doesNotContain(oldest);
    }

    @Test
    @Order(5)
    void theAdminAddsAnInterventionKind() {
        String code = "webbtest-" + Long.toString(System.nanoTime(), 36);
        browser.open("/admin/referensdata").accessible("the reference data");
        browser.type("code", "Fel Kod").select("category", "stod").type("nameSv", "Webbtest").type("nameEn", "Web test")
                .press("Lägg till insatstypen").waitFor("Rätta").accessible("the new kind with an error");
        browser.type("code", code).press("Lägg till insatstypen").waitFor("Insatstypen är tillagd");
        assertThat(browser.text("#insatstyper table")).contains(code);
    }

    /** A new monthly cost for nystartsjobb from the day after the latest one starts; a rate that is no number first. */
    @Test
    @Order(7)
    void theAdminAddsACostRateFromADate() {
        browser.open("/admin/referensdata");
        java.util.List<String> starts = browser.driver().findElements(By.xpath(
                "//section[@id='kostnader']//tr[th[normalize-space()='Nystartsjobb (NYS)']]/td[2]/time"))
                .stream().map(t -> t.getAttribute("datetime")).sorted().toList();
        String latest = starts.get(starts.size() - 1);
        String from = java.time.LocalDate.parse(latest).plusDays(1).toString();
        browser.select("kind", "nystartsjobb").type("monthlyRate", "fjorton").date("validFrom", from)
                .press("Spara kostnaden").waitFor("Rätta").accessible("a new cost rate with an error");
        // reporting-service's answer (a rate must start after the latest one's first day), in Swedish at its field
        browser.select("kind", "nystartsjobb").type("monthlyRate", "15 200").date("validFrom", latest)
                .press("Spara kostnaden").waitFor("Rätta").accessible("a new cost rate refused by the service");
        assertThat(browser.text("#kostnader .text-field--error")).contains("Gäller från och med").contains("Måste vara efter");
        browser.select("kind", "nystartsjobb").type("monthlyRate", "15 200").date("validFrom", from)
                .press("Spara kostnaden").waitFor("Den nya kostnaden är sparad").accessible("a new cost rate saved");
        assertThat(browser.driver().findElements(By.xpath("//section[@id='kostnader']//time[@datetime='" + from + "']"))).hasSize(1);
        assertThat(browser.text("#kostnader table").replace('\u00a0', ' ')).contains("15 200 kr");
        // dated: the rate it replaces now ends the day before
        String ended = browser.driver().findElement(By.xpath("//section[@id='kostnader']//tr[th[normalize-space()='Nystartsjobb (NYS)']]"
                + "[td[2]/time[@datetime='" + latest + "']]/td[3]/time")).getAttribute("datetime");
        assertThat(ended).isEqualTo(java.time.LocalDate.parse(from).minusDays(1).toString());
    }

    @Test
    @Order(8)
    void theAdminSetsAYearOfAReferenceSeries() {
        browser.open("/admin/referensdata");
        browser.type("series", "vuxna-invanare").type("value", "105000").press("Spara värdet").waitFor("Rätta")
                .accessible("a reference series value with an error");
        browser.type("series", "vuxna-invanare").type("year", "2031").type("value", "105000").press("Spara värdet")
                .waitFor("Referensserien är sparad");
        assertThat(browser.text("#serier table").replace('\u00a0', ' ')).contains("2031").contains("105 000");
        browser.accessible("the reference data after the changes");
    }

    /** Two windows change the quota rule: the second save is stale and shows what the first one changed. */
    @Test
    @Order(6)
    void aStaleChangeOfTheQuotaRuleShowsWhatChanged() {
        String mine = browser.driver().getWindowHandle();
        browser.open("/admin/referensdata");
        String before = browser.field("sharePercent").getAttribute("value");
        // placement-service's answer to a share over 100 %, in Swedish at its field
        browser.type("sharePercent", "150").press("Spara regeln").waitFor("Rätta").accessible("a quota rule refused by the service");
        assertThat(browser.text("#regel .text-field--error")).contains("Andel av de anställda");
        browser.open("/admin/referensdata");
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/admin/referensdata").type("sharePercent", "5,8").press("Spara regeln").waitFor("Regeln är ändrad");
        browser.driver().close();
        browser.driver().switchTo().window(mine);
        browser.type("sharePercent", "5,6").press("Spara regeln").waitFor("Någon annan har ändrat regeln");
        assertThat(browser.text(".app-changed")).contains("Andel av de anställda").contains("5,8").contains("5,6");
        browser.accessible("a stale rule change with the other person's change");
        browser.type("sharePercent", before.isBlank() ? "5,7" : before).press("Spara regeln").waitFor("Regeln är ändrad")
                .accessible("the quota rule saved");
    }
}
