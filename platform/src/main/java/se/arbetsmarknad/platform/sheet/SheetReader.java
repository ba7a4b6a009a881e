package se.arbetsmarknad.platform.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * Reads an uploaded sheet, the same way for every bulk import: a CSV file or an Excel workbook (.xlsx,
 * the first sheet), the first row naming the columns. Apache Commons CSV reads CSV and Apache POI reads
 * Excel.
 *
 * <ul>
 * <li>The format is told by the content: an .xlsx file is a zip (it starts with {@code PK}).</li>
 * <li>CSV as Swedish Excel saves it: {@code ;} or {@code ,} between cells (whichever the header row
 * has more of), UTF-8 with or without a byte order mark, or Windows-1252 (Excel's "CSV
 * (semikolonavgränsad)"), quotes as in RFC 4180.</li>
 * <li>Excel date cells become ÅÅÅÅ-MM-DD; other cells their text as Excel shows it.</li>
 * <li>Empty rows are skipped; more than {@code maxRows} data rows, an empty file or one that cannot be
 * read is a 400 naming {@code file}.</li>
 * </ul>
 * Cells are read with {@link SheetRow}'s typed reads, which name the row and column of a bad cell.
 */
public final class SheetReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SheetReader() {
    }

    /** CSV or XLSX, told by the content. */
    public static Sheet read(byte[] body, int maxRows) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("file", "tom fil / empty file");
        }
        return isXlsx(body) ? xlsx(body, maxRows) : csv(text(body), maxRows);
    }

    public static boolean isXlsx(byte[] body) {
        return body.length > 3 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    public static Sheet csv(String text, int maxRows) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("file", "tom fil / empty file");
        }
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String header = content.lines().findFirst().orElse("");
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> columns = parser.getHeaderNames().stream().map(Sheet::key).toList();
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                boolean any = false;
                for (int i = 0; i < columns.size() && i < r.size(); i++) {
                    cells.put(columns.get(i), r.get(i));
                    any |= !r.get(i).isBlank();
                }
                if (any) {
                    add(rows, new SheetRow((int) r.getRecordNumber() + 1, rows.size() + 1, cells), maxRows);
                }
            }
            return result(columns, rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalid("file", "kan inte läsa CSV-filen / cannot read the CSV file: " + e.getMessage());
        }
    }

    public static Sheet xlsx(byte[] body, int maxRows) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw ProblemException.invalid("file", "tom fil / empty file");
            }
            List<String> columns = new ArrayList<>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                columns.add(Sheet.key(formatter.formatCellValue(headerRow.getCell(c))));
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean any = false;
                for (int c = 0; c < columns.size(); c++) {
                    String value = cellText(row.getCell(c), formatter);
                    cells.put(columns.get(c), value);
                    any |= !value.isEmpty();
                }
                if (any) {
                    add(rows, new SheetRow(r + 1, rows.size() + 1, cells), maxRows);
                }
            }
            return result(columns, rows);
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", "kan inte läsa Excel-filen (.xlsx) / cannot read the Excel file: "
                    + e.getMessage());
        }
    }

    /** UTF-8 when the bytes are UTF-8; otherwise Windows-1252, as Excel saves "CSV (semikolonavgränsad)". */
    static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(body, WINDOWS_1252);
        }
    }

    private static void add(List<SheetRow> rows, SheetRow row, int maxRows) {
        if (rows.size() >= maxRows) {
            throw ProblemException.invalid("file", "högst " + maxRows + " rader / at most " + maxRows + " rows");
        }
        rows.add(row);
    }

    private static Sheet result(List<String> columns, List<SheetRow> rows) {
        if (rows.isEmpty()) {
            throw ProblemException.invalid("file", "filen har inga rader / the file has no rows");
        }
        return new Sheet(columns, rows);
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
