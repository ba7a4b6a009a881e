package se.arbetsmarknad.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.web.clients.ReportingDtos.Column;
import se.arbetsmarknad.web.clients.ReportingDtos.Table;

/** A report table as the page shows it: a suppressed value is a dash with the reason, never a number. */
class ReportTableTest {

    @Test
    void aSuppressedValueIsADashAndTheTableSaysWhy() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("subProject", "IRIS-INSAM");
        row.put("total", 9);
        row.put("assistance", null);
        Table t = new Table("Deltagare i IRIS", List.of(new Column("subProject", "Projekt", "TEXT"), new Column("total", "Antal", "COUNT"),
                new Column("assistance", "Försörjningsstöd", "COUNT")), List.of(row), List.of(List.of("assistance")),
                List.of("\"..\" = färre än 5 personer / fewer than 5 persons", "Fördelningstal: andel / quota: share"));

        ReportTable view = ReportTable.of(t);

        assertThat(view.rows().get(0)).extracting(ReportTable.Cell::text).containsExactly("IRIS-INSAM", "9", "–");
        assertThat(view.rows().get(0).get(2).suppressed()).isTrue();
        assertThat(view.anySuppressed()).isTrue();
        // the service's own ".." note gives way to the page's explanation of "–"; other notes in Swedish only
        assertThat(view.notes()).containsExactly("Fördelningstal: andel");
        assertThat(view.suppressedExplanation()).startsWith("– visas i stället för en uppgift om färre än 5 personer");
    }

    @Test
    void valuesAreSwedishByTheirColumnsType() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", "Nystartsjobb (NYS)");
        row.put("volume", 10);
        row.put("cost", 1740000.0);
        row.put("share", 8.94);
        row.put("note", "");
        Table t = new Table("Kostnad", List.of(new Column("kind", "Slag", "TEXT"), new Column("volume", "Antal", "COUNT"),
                new Column("cost", "Kostnad", "AMOUNT"), new Column("share", "Andel", "PERCENT"), new Column("note", "Not", "TEXT")),
                List.of(row), List.of(List.of()), List.of());

        ReportTable view = ReportTable.of(t);

        assertThat(view.rows().get(0)).extracting(ReportTable.Cell::text)
                .containsExactly("Nystartsjobb (NYS)", "10", "1\u00a0740\u00a0000\u00a0kr", "8,9\u00a0%", "–");
        assertThat(view.headers()).extracting(ReportTable.Header::numeric).containsExactly(false, true, true, true, false);
        assertThat(view.anySuppressed()).isFalse();
    }
}
