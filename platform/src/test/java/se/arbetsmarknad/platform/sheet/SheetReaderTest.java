package se.arbetsmarknad.platform.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.arbetsmarknad.platform.problem.ProblemException;

class SheetReaderTest {

    @Test
    void swedishExcelCsvWithBomSemicolonsAndQuotes() {
        byte[] body = ("\uFEFFTitel;PeriodStart;Timmar;Körkort;Yrken\r\n"
                + "\"Parkarbete; sommar\";2026-06-15;37,5;ja;5120 9111\r\n"
                + ";;;;\r\n"
                + "Kök;20260701;40;Nej;\r\n").getBytes(StandardCharsets.UTF_8);
        Sheet sheet = SheetReader.read(body, 10);
        assertEquals(List.of("titel", "periodstart", "timmar", "körkort", "yrken"), sheet.columns());
        assertEquals(2, sheet.rows().size(), "the empty row is skipped");
        SheetRow first = sheet.rows().get(0);
        assertEquals("Parkarbete; sommar", first.text("Titel"));
        assertEquals(LocalDate.of(2026, 6, 15), first.date("periodStart"));
        assertEquals(new BigDecimal("37.5"), first.decimal("timmar"));
        assertEquals(Boolean.TRUE, first.bool("körkort"));
        assertEquals(List.of("5120", "9111"), first.list("yrken"));
        SheetRow second = sheet.rows().get(1);
        assertEquals(LocalDate.of(2026, 7, 1), second.date("periodstart"));
        assertEquals(Boolean.FALSE, second.bool("körkort"));
        assertNull(second.list("yrken"));
        assertEquals(2, first.number());
        assertEquals(1, first.index());
        assertEquals(2, second.index());
        assertFalse(first.hasErrors());
    }

    @Test
    void commaSeparatedWindows1252() {
        byte[] body = "namn,ort\nÅsa Öberg,Malmö\n".getBytes(Charset.forName("windows-1252"));
        SheetRow row = SheetReader.read(body, 10).rows().get(0);
        assertEquals("Åsa Öberg", row.text("namn"));
        assertEquals("Malmö", row.text("ort"));
    }

    @Test
    void badCellsAreNamedByRowAndColumnAndReadOnOtherCells() {
        Sheet sheet = SheetReader.csv("a;b;c;d\nkanske;2026-13-01;tolv;1 200\n", 10);
        SheetRow row = sheet.rows().get(0);
        assertNull(row.bool("a"));
        assertNull(row.date("b"));
        assertNull(row.integer("c"));
        assertEquals(1200, row.integer("d"));
        assertEquals(List.of("a", "b", "c"), sheet.errors().stream().map(SheetRow.CellError::column).toList());
        assertTrue(sheet.errors().stream().allMatch(e -> e.row() == 2));
        assertTrue(sheet.errors().get(0).message().contains("ja eller nej"));
    }

    @Test
    void excelWorkbookWithDateAndNumberCells() throws Exception {
        byte[] body = workbook(List.of("Titel", "periodStart", "Platser"), (wb, s) -> {
            Row r = s.createRow(2); // row 2 (Excel row 2) left empty
            r.createCell(0).setCellValue("Sommarjobb");
            var d = r.createCell(1);
            d.setCellValue(LocalDate.of(2026, 6, 15));
            d.setCellStyle(format(wb, "yyyy-mm-dd"));
            r.createCell(2).setCellValue(4);
        });
        assertTrue(SheetReader.isXlsx(body));
        Sheet sheet = SheetReader.read(body, 10);
        SheetRow row = sheet.rows().get(0);
        assertEquals(3, row.number(), "the row number Excel shows");
        assertEquals(LocalDate.of(2026, 6, 15), row.date("periodstart"));
        assertEquals(4, row.integer("platser"));
        assertEquals("Sommarjobb", row.text("titel"));
    }

    @Test
    void emptyTooLongUnreadableAndWrongColumnsAre400sNamingTheFile() {
        assertEquals("file", field(() -> SheetReader.read(new byte[0], 10)));
        assertEquals("file", field(() -> SheetReader.csv("a;b\n", 10)));
        assertEquals("file", field(() -> SheetReader.csv("a\n1\n2\n3\n", 2)));
        assertEquals("file", field(() -> SheetReader.read(new byte[] { 'P', 'K', 3, 4, 0, 0 }, 10)));
        Sheet sheet = SheetReader.csv("titel;okänd\nx;y\n", 10);
        ProblemException e = assertThrows(ProblemException.class,
                () -> sheet.requireColumns(List.of("titel", "ssyk"), Set.of("ssyk"), "header"));
        assertEquals("header", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("okänd") && e.getMessage().contains("ssyk"));
        assertEquals("file", field(() -> SheetReader.csv("a;a\nx;y\n", 10)));
        assertEquals("file", field(() -> SheetReader.csv("a;b\n\"x;y\n", 10)));
    }

    @Test
    void theSwedishHalfOfAMessageNamesTheColumnsAndTheValue() {
        // Clients show only the text before " / ": what is wrong must be there, not only in the English half.
        Sheet sheet = SheetReader.csv("titel;okänd\nx;y\n", 10);
        ProblemException e = assertThrows(ProblemException.class,
                () -> sheet.requireColumns(List.of("titel", "ssyk"), Set.of("ssyk"), "header"));
        String swedish = e.errors().get(0).message().split(" / ")[0];
        assertEquals("okända kolumner: okänd; kolumner saknas: ssyk; tillåtna: titel, ssyk", swedish);
        Sheet bad = SheetReader.csv("n\ntolv\n", 10);
        bad.rows().get(0).integer("n");
        assertEquals("ska vara ett heltal: tolv", bad.errors().get(0).message().split(" / ")[0]);
    }

    @Test
    void aCsvRowKeepsTheNumberTheSpreadsheetShowsAfterEmptyLines() {
        Sheet sheet = SheetReader.csv("a;b\n1;2\n\n\n3;4\n", 10);
        assertEquals(List.of(2, 5), sheet.rows().stream().map(SheetRow::number).toList());
        assertEquals(List.of(1, 2), sheet.rows().stream().map(SheetRow::index).toList());
    }

    @Test
    void excelNumbersAreTheirValueAndFormulasTheirResult() throws Exception {
        byte[] body = workbook(List.of("vuxna_k", "vuxna_m", "vuxna_t", "andel", "ssyk"), (wb, s) -> {
            Row r = s.createRow(1);
            var k = r.createCell(0);
            k.setCellValue(1234);
            k.setCellStyle(format(wb, "#,##0")); // Excel shows 1,234 (or 1 234 in Swedish)
            r.createCell(1).setCellValue(1000);
            var t = r.createCell(2);
            t.setCellFormula("A2+B2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(t);
            r.createCell(3).setCellValue(37.5);
            var ssyk = r.createCell(4);
            ssyk.setCellValue(110);
            ssyk.setCellStyle(format(wb, "0000"));
        });
        SheetRow row = SheetReader.read(body, 10).rows().get(0);
        assertEquals(1234, row.integer("vuxna_k"));
        assertEquals(2234, row.integer("vuxna_t"), "the formula's computed value, not its text");
        assertEquals(new BigDecimal("37.5"), row.decimal("andel"));
        assertEquals("0110", row.text("ssyk"), "a code keeps the leading zero its format shows");
        assertFalse(row.hasErrors());
    }

    /** An .xlsx file of one sheet: the header row {@code columns}, then what {@code rows} writes. */
    private static byte[] workbook(List<String> columns, BiConsumer<XSSFWorkbook, XSSFSheet> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("Blad1");
            Row h = s.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                h.createCell(c).setCellValue(columns.get(c));
            }
            rows.accept(wb, s);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static CellStyle format(XSSFWorkbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    private static String field(Runnable r) {
        return assertThrows(ProblemException.class, r::run).errors().get(0).field();
    }
}
