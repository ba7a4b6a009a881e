package se.arbetsmarknad.reporting.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import se.arbetsmarknad.reporting.table.Table;

/**
 * XLSX through Apache POI's streaming workbook (constant memory for long tables): title, headings,
 * numbers as numbers, suppressed cells as "..", notes below. Text that a spreadsheet could take for a
 * formula ({@link FormulaGuard}) is stored as a string cell with Excel's quote prefix, the XLSX form of
 * OWASP's leading apostrophe: the reader sees the text as written, and editing the cell keeps it text.
 */
@ApplicationScoped
public class XlsxRenderer implements TableRenderer {

    @Override
    public Format format() {
        return Format.XLSX;
    }

    @Override
    public byte[] render(Table table, IntConsumer progress) {
        table.requireProtected();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(safeSheetName(table.title()));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle literal = wb.createCellStyle();
            literal.setQuotePrefixed(true);
            CellStyle boldLiteral = wb.createCellStyle();
            boldLiteral.cloneStyleFrom(bold);
            boldLiteral.setQuotePrefixed(true);
            int r = 0;
            text(sheet.createRow(r++).createCell(0), table.title(), bold, boldLiteral);
            Row header = sheet.createRow(r++);
            for (int c = 0; c < table.columns().size(); c++) {
                text(header.createCell(c), table.columns().get(c).label(), bold, boldLiteral);
            }
            int n = 0;
            for (Map<String, Table.Cell> row : table.rows()) {
                Row x = sheet.createRow(r++);
                for (int c = 0; c < table.columns().size(); c++) {
                    Table.Column column = table.columns().get(c);
                    Table.Cell cell = row.get(column.key());
                    if (cell == null) {
                        continue;
                    }
                    if (!cell.suppressed() && cell.value() instanceof Number num) {
                        x.createCell(c).setCellValue(num.doubleValue());
                    } else {
                        text(x.createCell(c), Table.display(column, cell), null, literal);
                    }
                }
                progress.accept(TableRenderer.percent(++n, table.rows().size()));
            }
            r++;
            for (String note : table.notes()) {
                text(sheet.createRow(r++).createCell(0), note, null, literal);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Cell cell, String text, CellStyle style, CellStyle literalStyle) {
        cell.setCellValue(text);
        if (FormulaGuard.isRisky(text)) {
            cell.setCellStyle(literalStyle);
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String safeSheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
