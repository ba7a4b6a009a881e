package se.arbetsmarknad.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * A förvaltning's day in a real browser (Grundskoleförvaltningen, greta.grundskola): the placements at a
 * glance, register one with SSYK search (errors first), a stale edit, 50 summer jobs from an Excel file
 * (a file with an error first: nothing registered), and a proposal answered while the case officer who made
 * it watches its status change on her own screen (a second browser, anna.handlaggare). axe on every page and state.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProviderJourneyIT {

    private static Browser greta;
    private static Browser anna;
    /** Unique per run, so the journey can run again against the same suite. */
    static final String TITLE = "Webbtest praktik – skolbibliotek " + Long.toString(System.nanoTime(), 36);
    static final String SSYK = "4410";
    static String placementUrl;
    static String participantId;

    @BeforeAll
    static void start() {
        greta = Browser.start();
    }

    @AfterAll
    static void stop() {
        greta.close();
        if (anna != null) {
            anna.close();
        }
    }

    @Test
    @Order(1)
    void gretaSignsInAndSeesHerPlacementsAtAGlance() {
        SignIn.as(greta, "greta.grundskola", "/");
        assertThat(greta.driver().getCurrentUrl()).endsWith("/anordnare");
        assertThat(greta.text("h1")).isEqualTo("Mina platser");
        assertThat(greta.text(".app-counts")).contains("Öppna").contains("Utkast").contains("Förslag väntar på svar");
        assertThat(greta.source()).contains("Greta Grundskola").doesNotContain("Arbetslistor");
        greta.accessible("the provider's landing page");
        greta.screenshot(Browser.screenshots().resolve("web-provider.png"));
    }

    @Test
    @Order(2)
    void gretaRegistersAPlacementFindingItsOccupationBySearch() {
        greta.open("/platser/ny").accessible("the empty placement form");
        greta.press("Registrera").waitFor("Rätta").accessible("the placement form with the service's errors");
        assertThat(greta.driver().findElements(By.cssSelector(".text-field--error, .select-field--error"))).isNotEmpty();
        greta.type("yrke", "biblioteksassist");
        greta.until("SSYK hits", d -> !d.findElements(By.cssSelector("[data-fill='f-ssyk'][data-value='" + SSYK + "']")).isEmpty());
        greta.accessible("the placement form with SSYK hits");
        greta.driver().findElement(By.cssSelector("[data-fill='f-ssyk'][data-value='" + SSYK + "']")).click();
        assertThat(greta.field("ssyk").getAttribute("value")).isEqualTo(SSYK);
        LocalDate start = TestData.today().plusDays(7);
        greta.select("kind", "praktik").type("title", TITLE).type("seats", "2").date("periodStart", start.toString())
                .date("periodEnd", start.plusDays(60).toString()).type("hoursPerWeek", "30").type("place", "Lerbäcksskolan")
                .type("supervisorName", "Sven Handledare");
        greta.driver().findElement(By.cssSelector("label[for='f-publish']")).click();
        greta.press("Registrera").waitFor("Platsen är publicerad");
        placementUrl = greta.driver().getCurrentUrl().replaceAll("\\?.*", "");
        assertThat(greta.text("h1")).isEqualTo(TITLE);
        assertThat(greta.text(".app-lead")).contains("Öppen").contains("2 av 2 platser lediga");
        greta.accessible("a newly published placement");
    }

    /** Two windows edit the placement: the second save is stale and lists what the first one changed. */
    @Test
    @Order(3)
    void aStaleEditOfThePlacementSaysWhatChanged() {
        String mine = greta.driver().getWindowHandle();
        greta.driver().get(placementUrl + "/andra");
        greta.driver().switchTo().newWindow(WindowType.TAB);
        greta.driver().get(placementUrl + "/andra");
        greta.type("seats", "3").press("Spara").waitFor("Ändringarna är sparade");
        greta.driver().close();
        greta.driver().switchTo().window(mine);
        greta.type("hoursPerWeek", "32,5").press("Spara").waitFor("Någon annan har ändrat platsen");
        assertThat(greta.text(".app-changed")).contains("Antal platser").contains("3");
        greta.accessible("a stale placement edit with the other person's changes");
        // The form keeps what this user typed (2 seats); she takes the other person's 3 and saves again.
        assertThat(greta.field("seats").getAttribute("value")).isEqualTo("2");
        greta.type("seats", "3").press("Spara").waitFor("Ändringarna är sparade");
        assertThat(greta.text("main")).contains("32,5").contains("3 av 3 platser lediga");
    }

    @Test
    @Order(4)
    void anExcelFileWithAnErrorRegistersNothingAndShowsTheRow() throws IOException {
        greta.open("/platser/fil").accessible("the bulk registration page");
        Path bad = summerJobs(50, 9);
        greta.field("fil").sendKeys(bad.toString());
        greta.press("Läs in och kontrollera").waitFor("Fel per rad");
        assertThat(greta.text("#utfall")).contains("Inget är registrerat").contains("Yrke (SSYK-kod)");
        assertThat(greta.driver().findElements(By.xpath("//div[@id='utfall']//td[normalize-space()='9']"))).isNotEmpty();
        greta.accessible("an Excel file with a row error");
    }

    /** Done when: a new user registers 50 summer jobs from an Excel file. */
    @Test
    @Order(5)
    void gretaRegistersFiftySummerJobsFromAnExcelFile() throws IOException {
        greta.open("/platser/fil");
        greta.field("fil").sendKeys(summerJobs(50, -1).toString());
        greta.press("Läs in och kontrollera").waitFor("Alla 50 rader");
        assertThat(greta.driver().findElements(By.xpath("//table[caption='Kontroll per rad']/tbody/tr"))).hasSize(50);
        assertThat(greta.source()).contains("Inget är registrerat ännu");
        greta.accessible("the checked file, before registering");
        greta.press("Registrera alla 50 platser").waitFor("50 platser är registrerade");
        assertThat(greta.driver().findElements(By.xpath("//table[caption='Registrerade per rad']/tbody/tr"))).hasSize(50);
        greta.accessible("fifty registered summer jobs");
        // at least 50 placements now: the landing shows them 25 at a time
        greta.open("/anordnare");
        assertThat(greta.text("main")).contains("Visar 1–25 av").contains("Sida 1 av");
        greta.driver().findElement(By.linkText("Nästa")).click();
        greta.waitFor("Visar 26–").accessible("the second page of placements");
    }

    /**
     * anna proposes her participant for greta's placement and keeps the matching page open; greta accepts and
     * marks it started; anna's page shows the new status by itself (it polls while the proposal is open).
     */
    @Test
    @Order(6)
    void gretaAnswersAProposalAndTheCaseOfficerSeesTheStatusChange() {
        anna = Browser.start();
        SignIn.as(anna, "anna.handlaggare", "/deltagare/ny");
        anna.type("personnummer", TestData.personnummer()).type("firstName", "Elin").type("lastName", "Anordnartest")
                .select("educationLevel", "gymnasial").select("swedishLevel", "modersmal").type("occupationInterests", SSYK);
        anna.press("Skriv in").waitFor("Deltagaren är inskriven");
        String participantUrl = anna.driver().getCurrentUrl().replaceAll("\\?.*", "");
        participantId = participantUrl.substring(participantUrl.lastIndexOf('/') + 1);
        anna.driver().get(participantUrl + "/matchning");
        // placement-service learns of the participant and of greta's placement through their events
        anna.reloadUntil(TITLE);
        anna.driver().findElement(By.xpath("//article[h3[normalize-space()='" + TITLE + "']]//button[@type='submit']")).click();
        anna.waitFor("Förslaget är skickat");
        assertThat(anna.text("#forslag")).contains("Föreslagen – väntar på svar");

        String row = "//tr[th[starts-with(normalize-space(), 'Deltagare " + participantId.substring(0, 8) + "')]]";
        greta.open("/anordnare/forslag").waitFor("Deltagare " + participantId.substring(0, 8));
        assertThat(greta.text("main")).doesNotContain("Anordnartest").doesNotContain("Elin");
        greta.accessible("the provider's proposals with one waiting");
        greta.driver().findElement(By.xpath(row + "//button[starts-with(normalize-space(), 'Acceptera')]")).click();
        greta.waitFor("Förslaget är accepterat");
        anna.until("the case officer's page to show the acceptance", d -> d.findElement(By.id("forslag")).getText().contains("Accepterad"));
        anna.accessible("matching after the provider accepted");

        greta.driver().findElement(By.xpath(row + "//a[starts-with(normalize-space(), 'Påbörjad')]")).click();
        greta.waitFor("Markera som påbörjad").accessible("the mark-started form");
        greta.press("Markera som påbörjad").waitFor("Placeringen är markerad som påbörjad");
        // this participant's row (not a count: the journey may run again on the same stack, earlier runs' stay)
        assertThat(greta.driver().findElement(By.xpath(row)).getText()).contains("Påbörjad");
        anna.until("the case officer's page to show the start", d -> {
            d.navigate().refresh();
            return d.findElement(By.id("forslag")).getText().contains("Påbörjad");
        });
    }

    @Test
    @Order(7)
    void gretaClosesThePlacement() {
        greta.driver().get(placementUrl);
        greta.press("Stäng platsen").accessible("the close dialog");
        greta.submitIn("#dialog-stang").waitFor("Platsen är stängd");
        // A closed placement has no free seats to offer: its status, not "3 av 3 platser lediga".
        assertThat(greta.text(".app-lead")).contains("Stängd").contains("inga lediga").doesNotContain("av 3 platser lediga");
        greta.accessible("a closed placement");
        greta.driver().findElement(By.linkText("Tillbaka till mina platser")).click();
        greta.waitFor("Mina platser").driver().findElement(By.cssSelector("a.app-count[href='/anordnare?status=closed']")).click();
        greta.waitFor("Stängda platser").accessible("the provider's closed placements");
        String closedRow = "//tr[th[normalize-space()='" + TITLE + "']]";
        for (int page = 1; greta.driver().findElements(By.xpath(closedRow)).isEmpty(); page++) {
            assertThat(greta.driver().findElements(By.linkText("Nästa"))).as("the closed placement on a page").isNotEmpty();
            greta.open("/anordnare?status=closed&sida=" + page);
        }
        java.util.List<String> cells = greta.driver().findElements(By.xpath(closedRow + "/td")).stream()
                .map(td -> td.getText().trim()).toList();
        assertThat(cells.get(1)).as("status").isEqualTo("Stängd");
        assertThat(cells.get(4)).as("free seats of a closed placement").isEqualTo("Stängd");
    }

    /**
     * 50 feriepraktik places as a förvaltning keeps them in Excel: dates as date cells, seats as numbers.
     * {@code brokenRow} (the file's row number, header = 1) gets an SSYK code that does not exist; -1 for none.
     */
    static Path summerJobs(int count, int brokenRow) throws IOException {
        int year = TestData.today().getYear() + 1;
        String[] schools = {"Lerbäcksskolan", "Tunaskolan", "Svaneskolan", "Fäladsskolan", "Vikingaskolan"};
        String[] kinds = {"kök och matsal", "lokalvård", "fritids", "skolgård", "bibliotek"};
        String[] codes = {"9412", "9111", "5311", "9629", SSYK};
        Path file = Files.createTempFile("feriepraktik", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("Feriepraktik");
            String[] header = {"kind", "title", "ssyk", "seats", "periodStart", "periodEnd", "place", "hoursPerWeek", "ageMin", "ageMax",
                    "supervisorName", "publish"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= count; i++) {
                Row r = sheet.createRow(i);
                boolean broken = i + 1 == brokenRow;
                LocalDate from = LocalDate.of(year, 6, 15).plusWeeks(i % 3 * 3);
                r.createCell(0).setCellValue("feriepraktik");
                r.createCell(1).setCellValue("Feriepraktik – webbtest " + i + " " + kinds[i % kinds.length] + ", " + schools[i % schools.length]);
                r.createCell(2).setCellValue(broken ? "99999" : codes[i % codes.length]);
                r.createCell(3).setCellValue(1 + i % 4);
                r.createCell(4).setCellValue(from);
                r.getCell(4).setCellStyle(date);
                r.createCell(5).setCellValue(from.plusWeeks(3));
                r.getCell(5).setCellStyle(date);
                r.createCell(6).setCellValue(schools[i % schools.length]);
                r.createCell(7).setCellValue(30);
                r.createCell(8).setCellValue(16);
                r.createCell(9).setCellValue(19);
                r.createCell(10).setCellValue("Handledare " + schools[i % schools.length]);
                r.createCell(11).setCellValue("ja");
            }
            wb.write(out);
        }
        file.toFile().deleteOnExit();
        return file;
    }
}
