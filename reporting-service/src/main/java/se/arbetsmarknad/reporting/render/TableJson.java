package se.arbetsmarknad.reporting.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.reporting.table.Table;

/** The JSON form of a protected table: values stay numeric, a suppressed value is null with status "..". */
@Schema(name = "Table", description = "Rapporttabell efter röjandekontroll / Report table after disclosure control")
public record TableJson(
        @Schema(example = "Påbörjade anställningar med stöd 2026") String title,
        List<ColumnJson> columns,
        @Schema(description = "Rader: kolumnnyckel → värde (null om undertryckt) / Rows: column key → value (null when suppressed)")
        List<Map<String, Object>> rows,
        @Schema(description = "Per rad: kolumnnycklar vars värde är undertryckt (\"..\") / Per row: keys of suppressed values")
        List<List<String>> suppressed,
        List<String> notes) {

    public record ColumnJson(@Schema(example = "K") String key, @Schema(example = "Kvinnor") String label,
            @Schema(example = "COUNT") Table.Type type) {
    }

    public static TableJson of(Table table) {
        table.requireProtected();
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        List<List<String>> suppressed = new java.util.ArrayList<>();
        for (Map<String, Table.Cell> row : table.rows()) {
            Map<String, Object> values = new LinkedHashMap<>();
            List<String> hidden = new java.util.ArrayList<>();
            for (Table.Column c : table.columns()) {
                Table.Cell cell = row.get(c.key());
                values.put(c.key(), cell == null ? null : cell.value());
                if (cell != null && cell.suppressed()) {
                    hidden.add(c.key());
                }
            }
            rows.add(values);
            suppressed.add(hidden);
        }
        return new TableJson(table.title(),
                table.columns().stream().map(c -> new ColumnJson(c.key(), c.label(), c.type())).toList(),
                rows, suppressed, table.notes());
    }
}
