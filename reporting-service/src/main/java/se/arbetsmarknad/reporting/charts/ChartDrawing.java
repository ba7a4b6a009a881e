package se.arbetsmarknad.reporting.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

import se.arbetsmarknad.reporting.table.Table;

/**
 * Draws a protected table as a chart in FKUI's colours ({@link FkuiPalette}), readable without colour:
 * each line has its own marker shape and dash pattern, each bar series its own fill (solid, hatched,
 * light with outline). JFreeChart draws PNG through Java2D (headless) and SVG through JFreeSVG from the
 * same chart object; the SVG is an image with a {@code <title>} and a {@code <desc>} that says every
 * value, so a screen reader gets the figures the eye gets (the page shows the same table beside it).
 */
final class ChartDrawing {

    /** What to draw: the table, the columns that are series, the value axis label, bars or lines. */
    record Spec(Table table, List<String> series, String valueAxis, boolean lines) {
    }

    private static final Font REGULAR = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {4f, 4f}, {12f, 6f}, {1f, 6f}};

    private ChartDrawing() {
    }

    static JFreeChart chart(Spec spec) {
        Table table = spec.table().requireProtected();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map<String, Table.Cell> row : table.rows()) {
            String category = String.valueOf(row.get(table.columns().get(0).key()).value());
            for (String key : spec.series()) {
                Table.Cell c = row.get(key);
                Object v = c == null ? null : c.value();
                data.addValue(v instanceof Number n ? n : null, label(table, key), category);
            }
        }
        NumberAxis values = new NumberAxis(spec.valueAxis());
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.forLanguageTag("sv-SE")));
        CategoryAxis categories = new CategoryAxis(null);
        for (var axis : List.of(values, categories)) {
            axis.setLabelFont(REGULAR);
            axis.setTickLabelFont(REGULAR);
            axis.setLabelPaint(FkuiPalette.BLACK_100);
            axis.setTickLabelPaint(FkuiPalette.BLACK_100);
            axis.setAxisLinePaint(FkuiPalette.BLACK_50);
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, spec.lines() ? lines(spec.series().size())
                : bars(spec.series().size()));
        plot.setBackgroundPaint(FkuiPalette.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(FkuiPalette.BLACK_15);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        JFreeChart chart = new JFreeChart(table.title(), TITLE, plot, true);
        chart.getTitle().setPaint(FkuiPalette.BLACK_100);
        chart.getLegend().setItemFont(REGULAR);
        chart.getLegend().setItemPaint(FkuiPalette.BLACK_100);
        chart.setBackgroundPaint(FkuiPalette.WHITE);
        if (!table.notes().isEmpty()) {
            TextTitle note = new TextTitle("\"..\" (glapp) = färre än 5 / gap = fewer than 5", REGULAR);
            note.setPaint(FkuiPalette.BLACK_70);
            chart.addSubtitle(note);
        }
        return chart;
    }

    /** Lines: FKUI colours, and per series its own marker (filled or hollow) and dash pattern. */
    private static LineAndShapeRenderer lines(int count) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setUseFillPaint(true);
        Shape[] markers = {new Ellipse2D.Double(-4, -4, 8, 8), new Rectangle2D.Double(-4, -4, 8, 8),
                ShapeUtils.createUpTriangle(5f), ShapeUtils.createDiamond(5f), ShapeUtils.createDownTriangle(5f)};
        for (int i = 0; i < count; i++) {
            r.setSeriesPaint(i, color(i));
            float[] dash = DASHES[i % DASHES.length];
            r.setSeriesStroke(i, dash == null ? new BasicStroke(2.5f)
                    : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
            r.setSeriesShape(i, markers[i % markers.length]);
            // Every other round of markers is hollow, so a sixth series still differs from the first.
            r.setSeriesFillPaint(i, (i / markers.length) % 2 == 0 ? color(i) : FkuiPalette.WHITE);
        }
        return r;
    }

    /** Bars: solid, hatched (diagonal stripes), then light with a dark outline; every bar outlined. */
    private static BarRenderer bars(int count) {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setItemMargin(0.05);
        for (int i = 0; i < count; i++) {
            r.setSeriesPaint(i, fill(i));
            r.setSeriesOutlinePaint(i, i % 3 == 2 ? FkuiPalette.BLACK_100 : color(i));
            r.setSeriesOutlineStroke(i, new BasicStroke(1.5f));
        }
        return r;
    }

    private static java.awt.Color color(int i) {
        return FkuiPalette.SERIES[i % FkuiPalette.SERIES.length];
    }

    private static Paint fill(int i) {
        return switch (i % 3) {
            case 0 -> color(i);
            case 1 -> new LinearGradientPaint(0, 0, 5, 5, new float[] {0f, 0.55f, 0.56f, 1f},
                    new java.awt.Color[] {color(i), color(i), FkuiPalette.WHITE, FkuiPalette.WHITE},
                    MultipleGradientPaint.CycleMethod.REPEAT);
            default -> FkuiPalette.BLACK_15;
        };
    }

    static byte[] png(JFreeChart chart, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SVG image (role="img") named by its {@code <title>} and described, value by value, in {@code <desc>}. */
    static String svg(Spec spec, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setFontFunction(family -> FkuiPalette.FONT_FAMILY);
        chart(spec).draw(g, new Rectangle(0, 0, width, height));
        String document = g.getSVGDocument();
        int open = document.indexOf("<svg");
        int end = document.indexOf('>', open);
        String accessible = document.substring(open, end).replaceFirst("<svg", "<svg role=\"img\" aria-labelledby=\"chart-title chart-desc\"")
                + "><title id=\"chart-title\">" + xml(spec.table().title()) + "</title><desc id=\"chart-desc\">"
                + xml(describe(spec)) + "</desc>";
        return document.substring(0, open) + accessible + document.substring(end + 1);
    }

    /** "Kvinnor: jan 12, feb .., …. Män: …" — every value of every series, ".." where suppressed. */
    static String describe(Spec spec) {
        Table table = spec.table();
        List<String> parts = new ArrayList<>();
        parts.add((spec.lines() ? "Linjediagram" : "Stapeldiagram") + ", " + spec.valueAxis().toLowerCase() + ".");
        for (String key : spec.series()) {
            List<String> values = new ArrayList<>();
            for (Map<String, Table.Cell> row : table.rows()) {
                Table.Column first = table.columns().get(0);
                Table.Cell cell = row.get(key);
                values.add(Table.display(first, row.get(first.key())) + " "
                        + (cell == null ? "–" : Table.display(column(table, key), cell)));
            }
            parts.add(label(table, key) + ": " + String.join(", ", values) + ".");
        }
        if (!table.notes().isEmpty()) {
            parts.add("\"..\" = färre än 5 personer eller går att räkna fram ur sådana uppgifter.");
        }
        return String.join(" ", parts);
    }

    private static Table.Column column(Table table, String key) {
        return table.columns().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private static String label(Table table, String key) {
        return column(table, key).label();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
