package se.arbetsmarknad.reporting.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;

/** Charts in FKUI's colours, readable without colour, and an SVG that a screen reader can read. */
class ChartDrawingTest {

    static Table accumulated() {
        Table t = new Table("Avslut till arbete eller studier, ackumulerat", new Table.Column("month", "Månad", Table.Type.TEXT),
                new Table.Column("2025", "2025", Table.Type.COUNT), new Table.Column("2026", "2026", Table.Type.COUNT));
        for (String m : List.of("jan", "feb", "mar")) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("month", Table.text(m));
            row.put("2025", Table.count(m.equals("jan") ? 10 : m.equals("feb") ? 22 : 35));
            row.put("2026", Table.count(m.equals("jan") ? 12 : m.equals("feb") ? 2 : 30));
        }
        return Suppression.protect(t);
    }

    @Test
    void svgIsAnImageWithTitleAndADescriptionOfEveryValue() {
        String svg = ChartDrawing.svg(new ChartDrawing.Spec(accumulated(), List.of("2025", "2026"), "Antal avslut", true), 900, 500);
        assertThat(svg).contains("role=\"img\"").contains("aria-labelledby=\"chart-title chart-desc\"")
                .contains("<title id=\"chart-title\">Avslut till arbete eller studier, ackumulerat</title>");
        String desc = svg.substring(svg.indexOf("<desc"), svg.indexOf("</desc>"));
        assertThat(desc).contains("Linjediagram").contains("2025: jan 10, feb 22, mar 35")
                .contains("2026: jan 12, feb ..").as("suppressed values are said as ..");
        assertThat(svg.indexOf("<title")).as("title first, as screen readers expect").isLessThan(svg.indexOf("<g"));
    }

    @Test
    void svgIsWellFormedXmlOrNoBrowserDrawsIt() throws Exception {
        // an <img> shows nothing for an SVG that is not well-formed (a quote of the font stack inside a quoted attribute)
        String svg = ChartDrawing.svg(new ChartDrawing.Spec(accumulated(), List.of("2025", "2026"), "Antal avslut", true), 900, 500);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    }

    @Test
    void linesInFkuiColoursWithDifferentMarkersAndDashes() {
        String svg = ChartDrawing.svg(new ChartDrawing.Spec(accumulated(), List.of("2025", "2026"), "Antal", true), 900, 500);
        assertThat(svg.toLowerCase()).as("bluebell-100 and green A-100").containsAnyOf("rgb(74,82,182)", "#4a52b6")
                .containsAnyOf("rgb(17,106,62)", "#116a3e");
        assertThat(svg).as("the second line is dashed").contains("stroke-dasharray");
        assertThat(svg).doesNotContain("rgb(255,85,85)").as("not JFreeChart's default red");
    }

    @Test
    void barsDifferByFillPatternNotOnlyColour() {
        Table t = new Table("Inskrivna per månad 2026", new Table.Column("month", "Månad", Table.Type.TEXT),
                new Table.Column("K", "Kvinnor", Table.Type.COUNT), new Table.Column("M", "Män", Table.Type.COUNT),
                new Table.Column("T", "Totalt", Table.Type.COUNT));
        Map<String, Table.Cell> row = t.addRow();
        row.put("month", Table.text("jan"));
        row.put("K", Table.count(12));
        row.put("M", Table.count(10));
        row.put("T", Table.totalCount(22));
        String svg = ChartDrawing.svg(new ChartDrawing.Spec(Suppression.protect(t), List.of("K", "M", "T"), "Antal", false),
                900, 500);
        assertThat(svg).as("hatched bars: a repeating stripe").contains("linearGradient").contains("repeat");
        assertThat(svg).contains("Stapeldiagram").contains("Kvinnor: jan 12").contains("Män: jan 10").contains("Totalt: jan 22");
        assertThat(ChartDrawing.png(ChartDrawing.chart(new ChartDrawing.Spec(t, List.of("K", "M", "T"), "Antal", false)),
                640, 400)).isNotEmpty();
    }
}
