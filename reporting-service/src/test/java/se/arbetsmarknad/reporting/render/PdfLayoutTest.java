package se.arbetsmarknad.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import se.arbetsmarknad.platform.municipality.Municipality;
import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;

/** The printed report: the municipality's header, the period, page numbers, and columns under their headings. */
class PdfLayoutTest {

    static PdfRenderer renderer() {
        PdfRenderer r = new PdfRenderer();
        r.clock = java.time.Clock.systemUTC();
        r.municipality = new Municipality() {
            @Override
            public String name() {
                return "Lund";
            }

            @Override
            public String code() {
                return "1281";
            }

            @Override
            public String authority() {
                return "Lunds kommun";
            }
        };
        return r;
    }

    static Table costs(int rows) {
        Table t = new Table("Kostnadsprognos 2026 – planerad volym",
                new Table.Column("kind", "Anställningsform", Table.Type.TEXT), new Table.Column("volume", "Antal", Table.Type.NUMBER),
                new Table.Column("cost", "Total lönekostnad/år", Table.Type.AMOUNT));
        for (int i = 0; i < rows; i++) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("kind", Table.text(i % 2 == 0 ? "Utvecklingsanställning (UVA)" : "Offentligt skyddad anställning (OSA) rad " + i));
            row.put("volume", Table.number(10 + i));
            row.put("cost", Table.number(632_400 + i));
        }
        return Suppression.protect(t).period("år 2026");
    }

    /** Each line of text on each page, with the x where it ends. */
    record Line(int page, String text, float left, float right) {
    }

    static List<Line> lines(byte[] pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    TextPosition last = positions.get(positions.size() - 1);
                    lines.add(new Line(getCurrentPageNo(), text, positions.get(0).getXDirAdj(),
                            last.getXDirAdj() + last.getWidthDirAdj()));
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        }
        return lines;
    }

    @Test
    void everyPageHasTheMunicipalityThePeriodTheHeadingsAndItsNumber() throws Exception {
        byte[] pdf = renderer().render(costs(80), p -> { });
        List<Line> lines = lines(pdf);
        int pages = lines.stream().mapToInt(Line::page).max().orElseThrow();
        assertThat(pages).as("80 rows do not fit one page").isGreaterThan(1);
        for (int p = 1; p <= pages; p++) {
            int page = p;
            List<String> texts = lines.stream().filter(l -> l.page() == page).map(Line::text).toList();
            assertThat(texts).as("page %d", p).anyMatch(t -> t.contains("Lunds kommun"))
                    .anyMatch(t -> t.contains("Kostnadsprognos 2026")).anyMatch(t -> t.contains("Period: år 2026"))
                    .anyMatch(t -> t.contains("Anställningsform")).anyMatch(t -> t.contains("Sida " + page + " av " + pages));
        }
    }

    @Test
    void numbersEndWhereTheirHeadingEndsAndTextStartsWhereItsHeadingStarts() throws Exception {
        List<Line> lines = lines(renderer().render(costs(3), p -> { }));
        Line costHeading = lines.stream().filter(l -> l.text().contains("lönekostnad")).findFirst().orElseThrow();
        Line cost = lines.stream().filter(l -> l.text().contains("632 400 kr")).findFirst().orElseThrow();
        Line kindHeading = lines.stream().filter(l -> l.text().contains("Anställningsform")).findFirst().orElseThrow();
        Line kind = lines.stream().filter(l -> l.text().startsWith("Utvecklingsanställning")).findFirst().orElseThrow();
        // The stripper may join a row into one line; compare the right edge of the row's last cell.
        assertThat(cost.right()).as("amount right-aligned under its heading").isCloseTo(costHeading.right(), within(1.5f));
        assertThat(kind.left()).as("text left-aligned under its heading").isCloseTo(kindHeading.left(), within(1.5f));
    }
}
