package se.arbetsmarknad.reporting.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;

/**
 * CSV for Swedish Excel: semicolon separated, CRLF, UTF-8 with byte-order mark, values as readers see
 * them (suppressed as ".."), numbers without grouping and with a decimal comma, notes after an empty
 * line. Apache Commons CSV does the quoting (fields with ; " CR or LF); {@link FormulaGuard} keeps
 * text from being read as a formula.
 */
@ApplicationScoped
public class CsvRenderer implements TableRenderer {

    static final CSVFormat SWEDISH_EXCEL = CSVFormat.Builder.create()
            .setDelimiter(';').setQuote('"').setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();

    @Override
    public Format format() {
        return Format.CSV;
    }

    @Override
    public byte[] render(Table table, IntConsumer progress) {
        table.requireProtected();
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, SWEDISH_EXCEL)) {
            csv.printRecord(table.columns().stream().map(c -> FormulaGuard.guard(c.label())).toList());
            int n = 0;
            for (Map<String, Table.Cell> row : table.rows()) {
                List<String> values = new ArrayList<>();
                for (Table.Column c : table.columns()) {
                    values.add(plain(row.get(c.key())));
                }
                csv.printRecord(values);
                progress.accept(TableRenderer.percent(++n, table.rows().size()));
            }
            if (!table.notes().isEmpty()) {
                csv.println();
                for (String note : table.notes()) {
                    csv.printRecord(FormulaGuard.guard(note));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Numbers without grouping spaces and with a decimal comma, so Swedish spreadsheets read them as numbers. */
    private static String plain(Table.Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.suppressed()) {
            return Suppression.MARK;
        }
        Object v = cell.value();
        if (v instanceof Number num) {
            return new BigDecimal(num.toString()).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return v == null ? "" : FormulaGuard.guard(v.toString());
    }
}
