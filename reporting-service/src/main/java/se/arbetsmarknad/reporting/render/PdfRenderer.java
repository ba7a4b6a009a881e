package se.arbetsmarknad.reporting.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import se.arbetsmarknad.platform.municipality.Municipality;
import se.arbetsmarknad.reporting.table.Table;

/**
 * PDF through Apache PDFBox: A4 landscape; on every page the municipality, the report's title and
 * period, the column headings and "Sida n av N". Columns are as wide as their content needs (text
 * columns give way and wrap); numbers and their headings are right-aligned on the same edge, text and
 * its heading left-aligned, so every column lines up with its heading. Helvetica (a standard PDF font;
 * WinAnsi covers å ä ö é –) needs no font file on the server.
 */
@ApplicationScoped
public class PdfRenderer implements TableRenderer {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final float FONT_SIZE = 9;
    private static final float LINE = FONT_SIZE + 2;
    private static final float ROW_GAP = 5;
    private static final float PAD = 4;
    private static final float FOOTER = 24;

    @Inject
    Municipality municipality;

    @Inject
    Clock clock;

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public byte[] render(Table table, IntConsumer progress) {
        table.requireProtected();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(table.title());
            doc.getDocumentInformation().setAuthor(municipality.authority());
            new Layout(doc, table).write(progress);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document being laid out: fonts, column widths, the page being written and the cursor on it. */
    private final class Layout {
        final PDDocument doc;
        final Table table;
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final float width = PAGE.getWidth() - 2 * MARGIN;
        final float[] columns;
        PDPageContentStream page;
        float y;

        Layout(PDDocument doc, Table table) throws IOException {
            this.doc = doc;
            this.table = table;
            this.columns = columnWidths();
        }

        void write(IntConsumer progress) throws IOException {
            newPage();
            List<Map<String, Table.Cell>> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                List<List<String>> cells = new ArrayList<>();
                int lines = 1;
                for (int c = 0; c < columns.length; c++) {
                    Table.Column column = table.columns().get(c);
                    String text = safe(Table.display(column, rows.get(i).get(column.key())));
                    List<String> wrapped = numeric(column) ? List.of(fit(regular, text, columns[c]))
                            : wrap(regular, text, columns[c], 3);
                    cells.add(wrapped);
                    lines = Math.max(lines, wrapped.size());
                }
                float height = lines * LINE + ROW_GAP;
                if (y - height < MARGIN + FOOTER) {
                    page.close();
                    newPage();
                }
                row(regular, cells);
                y -= lines * LINE;
                rule(0.3f, y + LINE - FONT_SIZE - 3);
                y -= ROW_GAP;
                progress.accept(TableRenderer.percent(i + 1, rows.size()));
            }
            for (String note : table.notes()) {
                List<String> lines = wrap(regular, safe(note), width, 4);
                if (y - lines.size() * LINE < MARGIN + FOOTER) {
                    page.close();
                    newPage();
                }
                y -= ROW_GAP;
                for (String line : lines) {
                    text(regular, 8, MARGIN, y, line);
                    y -= LINE;
                }
            }
            page.close();
            footers();
        }

        /** Municipality and date, title, period, then the column headings under a rule. */
        private void newPage() throws IOException {
            PDPage p = new PDPage(PAGE);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            y = PAGE.getHeight() - MARGIN;
            text(bold, 10, MARGIN, y, safe(municipality.authority()));
            String created = "Skapad " + LocalDate.now(clock);
            text(regular, 9, MARGIN + width - regular.getStringWidth(created) / 1000 * 9, y, created);
            y -= 22;
            text(bold, 14, MARGIN, y, fit(bold, 14, safe(table.title()), width));
            y -= 16;
            if (table.period() != null) {
                text(regular, 10, MARGIN, y, fit(regular, 10, "Period: " + safe(table.period()), width));
                y -= 14;
            }
            y -= 8;
            List<List<String>> headings = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < columns.length; c++) {
                List<String> wrapped = wrap(bold, safe(table.columns().get(c).label()), columns[c], 4);
                headings.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            row(bold, headings);
            y -= lines * LINE;
            rule(0.8f, y + LINE - FONT_SIZE - 3);
            y -= ROW_GAP;
        }

        /** One line per wrapped text line, each cell aligned as its column: numbers right, text left. */
        private void row(PDType1Font font, List<List<String>> cells) throws IOException {
            float x = MARGIN;
            for (int c = 0; c < columns.length; c++) {
                boolean right = numeric(table.columns().get(c));
                List<String> lines = cells.get(c);
                for (int l = 0; l < lines.size(); l++) {
                    String s = lines.get(l);
                    float tx = right ? x + columns[c] - PAD - font.getStringWidth(s) / 1000 * FONT_SIZE : x + PAD;
                    text(font, FONT_SIZE, tx, y - l * LINE, s);
                }
                x += columns[c];
            }
        }

        private void rule(float thickness, float at) throws IOException {
            page.setLineWidth(thickness);
            page.moveTo(MARGIN, at);
            page.lineTo(MARGIN + width, at);
            page.stroke();
        }

        /** "Sida n av N" at the foot of every page, once the number of pages is known. */
        private void footers() throws IOException {
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = "Sida " + (i + 1) + " av " + pages;
                    s.beginText();
                    s.setFont(regular, 8);
                    s.newLineAtOffset(MARGIN + width - regular.getStringWidth(text) / 1000 * 8, MARGIN - 10);
                    s.showText(text);
                    s.endText();
                }
            }
        }

        /**
         * Each column as wide as its widest value (text at most 240 pt) and its heading (up to 120 pt);
         * if that is more than the page, text columns give way (they wrap); the rest goes to text columns.
         */
        private float[] columnWidths() throws IOException {
            int n = table.columns().size();
            float[] w = new float[n];
            for (int c = 0; c < n; c++) {
                Table.Column column = table.columns().get(c);
                // The heading on one line where it is not long (wrapping only when the page is full).
                float most = Math.min(120, width(bold, safe(column.label())));
                for (String word : safe(column.label()).split(" ")) {
                    most = Math.max(most, width(bold, word));
                }
                for (Map<String, Table.Cell> row : table.rows()) {
                    most = Math.max(most, Math.min(240, width(regular, safe(Table.display(column, row.get(column.key()))))));
                }
                w[c] = most + 2 * PAD;
            }
            float total = 0;
            float text = 0;
            for (int c = 0; c < n; c++) {
                total += w[c];
                text += numeric(table.columns().get(c)) ? 0 : w[c];
            }
            float spare = width - total;
            if (spare >= 0) {
                for (int c = 0; c < n; c++) {
                    boolean isText = !numeric(table.columns().get(c));
                    w[c] += text > 0 ? (isText ? spare * w[c] / text : 0) : spare / n;
                }
                return w;
            }
            // Too wide: text columns give way (down to 40 pt, they wrap); then, if need be, every column.
            float shrink = Math.min(1f, -spare / Math.max(1f, text));
            float sum = 0;
            for (int c = 0; c < n; c++) {
                if (!numeric(table.columns().get(c))) {
                    w[c] = Math.max(40, w[c] * (1 - shrink));
                }
                sum += w[c];
            }
            if (sum > width) {
                for (int c = 0; c < n; c++) {
                    w[c] = w[c] * width / sum;
                }
            }
            return w;
        }

        private float width(PDType1Font font, String text) throws IOException {
            return font.getStringWidth(text) / 1000 * FONT_SIZE;
        }

        private List<String> wrap(PDType1Font font, String text, float columnWidth, int maxLines) throws IOException {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(font, candidate) > columnWidth - 2 * PAD && lines.size() < maxLines - 1) {
                    lines.add(fit(font, line, columnWidth));
                    line = word;
                } else {
                    line = candidate;
                }
            }
            lines.add(fit(font, line, columnWidth));
            return lines;
        }

        private String fit(PDType1Font font, String text, float columnWidth) throws IOException {
            return fit(font, FONT_SIZE, text, columnWidth);
        }

        /** Cuts text to the width. */
        private String fit(PDType1Font font, float size, String text, float available) throws IOException {
            String s = text;
            while (s.length() > 1 && font.getStringWidth(s) / 1000 * size > available - 2 * PAD) {
                s = s.substring(0, s.length() - 1);
            }
            return s;
        }

        private void text(PDType1Font font, float size, float x, float at, String text) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, at);
            page.showText(text);
            page.endText();
        }

        /** Replaces characters the standard font cannot encode (and line breaks) so the text can be shown. */
        private String safe(String text) {
            StringBuilder out = new StringBuilder();
            for (char ch : (text == null ? "" : text).toCharArray()) {
                out.append(ch == '\n' || ch == '\r' || ch == '\t' ? ' ' : encodable(ch) ? ch : '?');
            }
            return out.toString();
        }

        private boolean encodable(char ch) {
            try {
                regular.encode(String.valueOf(ch));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    private static boolean numeric(Table.Column column) {
        return column.type() != Table.Type.TEXT;
    }
}
