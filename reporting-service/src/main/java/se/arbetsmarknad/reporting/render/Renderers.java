package se.arbetsmarknad.reporting.render;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import se.arbetsmarknad.reporting.table.Table;

/** The file renderers by format; refuses a table that has not been through suppression. */
@ApplicationScoped
public class Renderers {

    private final Map<Format, TableRenderer> byFormat = new EnumMap<>(Format.class);

    @Inject
    public Renderers(@Any Instance<TableRenderer> renderers) {
        renderers.forEach(r -> byFormat.put(r.format(), r));
    }

    public byte[] render(Table table, Format format, IntConsumer progress) {
        TableRenderer renderer = byFormat.get(format);
        if (renderer == null) {
            throw new IllegalArgumentException("No file renderer for " + format + " (JSON is rendered by the REST layer)");
        }
        return renderer.render(table, progress);
    }
}
