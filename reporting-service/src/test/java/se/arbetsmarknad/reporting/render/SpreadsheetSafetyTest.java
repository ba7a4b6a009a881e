package se.arbetsmarknad.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;

/**
 * CSV and XLSX with hostile free text (goal titles, comments and organisation names come from users):
 * every field survives quoting, and nothing a spreadsheet would run as a formula is written as one.
 */
class SpreadsheetSafetyTest {

    /** OWASP's list of leading characters that start a formula, and text with CR, LF, ; and ". */
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x.example\",\"klicka\")", "+46 70 123",
            "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR först", "rad ett\rrad två", "rad ett\r\nrad två", "a;b", "citat \"x\"",
            "Vanlig text");

    static Table table() {
        Table t = new Table("Säkerhet", new Table.Column("text", "Text", Table.Type.TEXT),
                new Table.Column("n", "Antal", Table.Type.NUMBER));
        for (String text : HOSTILE) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("text", Table.text(text));
            row.put("n", Table.number(-5));
        }
        return Suppression.protect(t);
    }

    @Test
    void csvQuotesEveryFieldAndGuardsFormulas() throws Exception {
        String csv = new String(new CsvRenderer().render(table(), p -> { }), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records;
        try (CSVParser parser = CsvRenderer.SWEDISH_EXCEL.parse(new StringReader(csv.substring(1)))) {
            records = parser.getRecords();
        }
        assertThat(records.get(0).values()).containsExactly("Text", "Antal");
        assertThat(records).hasSize(HOSTILE.size() + 1);
        for (int i = 0; i < HOSTILE.size(); i++) {
            String original = HOSTILE.get(i);
            CSVRecord r = records.get(i + 1);
            assertThat(r.size()).as("fields of %s", original).isEqualTo(2);
            assertThat(r.get(1)).as("a number stays a number, sign and all").isEqualTo("-5");
            if (FormulaGuard.isRisky(original)) {
                assertThat(r.get(0)).as("guarded").isEqualTo("'" + original);
            } else {
                assertThat(r.get(0)).isEqualTo(original);
            }
            assertThat(r.get(0).charAt(0)).as("no field starts a formula").isNotIn('=', '+', '-', '@', '\t', '\r');
        }
        // A bare CR inside a field would split the row in Excel: it must be inside quotes.
        assertThat(csv).contains("\"rad ett\rrad två\"").contains("\"rad ett\r\nrad två\"").contains("\"a;b\"");
    }

    @Test
    void xlsxKeepsTheTextAndMarksFormulaLikeTextAsText() throws Exception {
        byte[] xlsx = new XlsxRenderer().render(table(), p -> { });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int i = 0; i < HOSTILE.size(); i++) {
                var row = sheet.getRow(2 + i);
                String original = HOSTILE.get(i);
                assertThat(row.getCell(0).getCellType()).as("never a formula cell").isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(original);
                assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).as("quote prefix on %s", original)
                        .isEqualTo(FormulaGuard.isRisky(original));
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-5.0);
            }
        }
    }
}
