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
import org.apache.commons.csv.DuplicateHeaderMode;
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
 * <li>Excel date cells become ÅÅÅÅ-MM-DD; number cells their value without thousands separators as
 * Excel shows them but without thousands separators ("1 234" or "1,234" is 1234); a formula cell its last
 * computed value; other cells their text as Excel shows it.</li>
 * <li>A row's number is the one the spreadsheet shows (the header is row 1), also after empty lines;
 * empty rows are skipped; more than {@code maxRows} data rows, an empty file or one that cannot be read
 * is a 400 naming {@code file}.</li>
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
                .setIgnoreEmptyLines(false).setTrim(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY).get();
        // Empty lines are read as (empty) records, so a record's number stays the row the spreadsheet shows.
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> columns = parser.getHeaderNames().stream().map(Sheet::key).toList();
            List<SheetRow> rows = new ArrayList<>();
            try {
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
            } catch (UncheckedIOException | IllegalStateException e) {
                long line = parser.getCurrentLineNumber() + 1;
                throw ProblemException.invalid("file", "kan inte läsa CSV-filen: ett citattecken är inte avslutat eller står mitt i"
                        + " en cell, kring rad " + line + " / cannot read the CSV file: a quote is not closed or inside a cell, near line "
                        + line);
            }
            return result(columns, rows);
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses a header that names a column twice.
            throw ProblemException.invalid("file", "kan inte läsa CSV-filen: en kolumn finns två gånger i första raden"
                    + " / cannot read the CSV file: a column is named twice in the header");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ProblemException.invalid("file", "kan inte läsa CSV-filen: spara den som CSV och försök igen"
                    + " / cannot read the CSV file: save it as CSV and try again");
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
            // POI's reason is technical English: the user gets what to do, the log gets nothing personal.
            throw ProblemException.invalid("file", "kan inte läsa Excel-filen: spara den som Excel-arbetsbok (.xlsx) och försök igen"
                    + " / cannot read the Excel file: save it as an Excel workbook (.xlsx) and try again");
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
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
                    : number(cell, formatter);
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nej";
            case BLANK, ERROR, _NONE -> "";
            default -> formatter.formatCellValue(cell).strip();
        };
    }

    /**
     * The number as its cell's format shows it (so a code formatted 0000 keeps its leading zero), except that a
     * format with thousands grouping gives the plain number: "1,234" (Excel's "1 234" in Sweden) is 1234.
     */
    private static String number(Cell cell, DataFormatter formatter) {
        double value = cell.getNumericCellValue();
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains(",")) {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : formatter.formatRawCellContents(value, 0, "General");
        }
        return formatter.formatRawCellContents(value, cell.getCellStyle().getDataFormat(), format).strip();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
