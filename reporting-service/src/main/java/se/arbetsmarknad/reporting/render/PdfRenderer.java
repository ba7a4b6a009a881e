package se.arbetsmarknad.reporting.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import se.arbetsmarknad.reporting.table.Table;

@ApplicationScoped
public class PdfRenderer implements TableRenderer {

    @Override
    public Format format() {
        return Format.PDF;
    }

    /**
     * PDF through Apache PDFBox: A4 landscape, a title and a ruled table that continues on new pages.
     * Helvetica (a standard PDF font, WinAnsi covers å ä ö é –) needs no font file on the server.
     */
    @Override
    public byte[] render(Table table, IntConsumer progress) {
        table.requireProtected();
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        float margin = 40;
        float fontSize = 9;
        float rowHeight = 16;
        float width = size.getWidth() - 2 * margin;
        int columns = table.columns().size();
        float firstWidth = columns > 1 ? Math.min(width * 0.4f, width / columns * 2) : width;
        float otherWidth = columns > 1 ? (width - firstWidth) / (columns - 1) : 0;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(table.title());
            PDPageContentStream page = null;
            float y = 0;
            int n = 0;
            List<Map<String, Table.Cell>> rows = table.rows();
            for (int i = -1; i < rows.size(); i++) {
                if (page == null || y < margin + rowHeight) {
                    if (page != null) {
                        page.close();
                    }
                    PDPage p = new PDPage(size);
                    doc.addPage(p);
                    page = new PDPageContentStream(doc, p);
                    y = size.getHeight() - margin;
                    write(page, bold, 13, margin, y, table.title());
                    y -= 2 * rowHeight;
                    int lines = headerRow(page, bold, fontSize, table, margin, y, firstWidth, otherWidth);
                    y -= rowHeight + (lines - 1) * (fontSize + 2);
                    if (i == -1) {
                        continue;
                    }
                }
                if (i == -1) {
                    continue;
                }
                Map<String, Table.Cell> row = rows.get(i);
                // Text cells wrap at spaces (at most 3 lines); numbers stay on one line, right-aligned.
                List<List<String>> cellLines = new java.util.ArrayList<>();
                int lines = 1;
                for (int c = 0; c < columns; c++) {
                    Table.Column column = table.columns().get(c);
                    String text = Table.display(column, row.get(column.key()));
                    float w = c == 0 ? firstWidth : otherWidth;
                    List<String> wrapped = column.type() == Table.Type.TEXT ? wrap(regular, fontSize, text, w, 3)
                            : List.of(fit(regular, fontSize, text, w));
                    cellLines.add(wrapped);
                    lines = Math.max(lines, wrapped.size());
                }
                float extra = (lines - 1) * (fontSize + 2);
                if (y - extra < margin) {
                    i--; // no room for this row: continue on a new page
                    y = 0;
                    continue;
                }
                float x = margin;
                for (int c = 0; c < columns; c++) {
                    Table.Column column = table.columns().get(c);
                    float w = c == 0 ? firstWidth : otherWidth;
                    List<String> wrapped = cellLines.get(c);
                    for (int l = 0; l < wrapped.size(); l++) {
                        String text = wrapped.get(l);
                        float tx = column.type() == Table.Type.TEXT ? x + 2
                                : x + w - 4 - regular.getStringWidth(text) / 1000 * fontSize;
                        write(page, regular, fontSize, tx, y - l * (fontSize + 2), text);
                    }
                    x += w;
                }
                page.setLineWidth(0.3f);
                page.moveTo(margin, y - 4 - extra);
                page.lineTo(margin + width, y - 4 - extra);
                page.stroke();
                y -= rowHeight + extra;
                progress.accept(TableRenderer.percent(++n, rows.size()));
            }
            for (String note : table.notes()) {
                if (y < margin + rowHeight) {
                    break;
                }
                y -= rowHeight / 2;
                write(page, regular, 7, margin, y, fit(regular, 7, note, width));
                y -= rowHeight;
            }
            page.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column headings, wrapped at spaces to fit their column; returns the number of lines used. */
    private static int headerRow(PDPageContentStream page, PDType1Font bold, float fontSize, Table table,
            float margin, float y, float firstWidth, float otherWidth) throws IOException {
        float x = margin;
        int most = 1;
        for (int c = 0; c < table.columns().size(); c++) {
            float w = c == 0 ? firstWidth : otherWidth;
            List<String> lines = wrap(bold, fontSize, table.columns().get(c).label(), w, 4);
            for (int i = 0; i < lines.size(); i++) {
                write(page, bold, fontSize, x + 2, y - i * (fontSize + 2), lines.get(i));
            }
            most = Math.max(most, lines.size());
            x += w;
        }
        return most;
    }

    /** Splits text at spaces into lines that fit the column; the last allowed line is cut to fit. */
    private static List<String> wrap(PDType1Font font, float fontSize, String text, float width, int maxLines)
            throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(fit(font, fontSize, candidate, Float.MAX_VALUE)) / 1000 * fontSize
                    > width - 6 && lines.size() < maxLines - 1) {
                lines.add(fit(font, fontSize, line, width));
                line = word;
            } else {
                line = candidate;
            }
        }
        lines.add(fit(font, fontSize, line, width));
        return lines;
    }

    private static void write(PDPageContentStream page, PDType1Font font, float fontSize, float x, float y,
            String text) throws IOException {
        page.beginText();
        page.setFont(font, fontSize);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
    }

    /** Cuts text to the column, and replaces characters the standard font cannot encode. */
    private static String fit(PDType1Font font, float fontSize, String text, float width) throws IOException {
        StringBuilder safe = new StringBuilder();
        for (char ch : text.toCharArray()) {
            safe.append(isWinAnsi(font, ch) ? ch : (char) 63);
        }
        String s = safe.toString();
        while (s.length() > 1 && font.getStringWidth(s) / 1000 * fontSize > width - 6) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean isWinAnsi(PDType1Font font, char ch) {
        try {
            font.encode(String.valueOf(ch));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
