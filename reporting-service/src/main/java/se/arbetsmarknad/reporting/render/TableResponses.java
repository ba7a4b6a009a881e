package se.arbetsmarknad.reporting.render;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import se.arbetsmarknad.reporting.cache.FiguresCache;
import se.arbetsmarknad.reporting.table.Table;

/**
 * One table, any format: the JSON body, or a file download named after the report. The answer is
 * computed once per read-model version and request ({@link FiguresCache}).
 */
@ApplicationScoped
public class TableResponses {

    @Inject
    Renderers renderers;
    @Inject
    FiguresCache cache;

    /** @param key everything the table depends on besides the read model (see {@link FiguresCache#get}) */
    public Response respond(String key, Supplier<Table> table, String format, String filename) {
        Format f = Format.parse(format);
        if (f == Format.JSON) {
            return Response.ok(cache.get(key + "|json", () -> TableJson.of(table.get())), f.mediaType).build();
        }
        byte[] body = cache.get(key + "|" + f, () -> renderers.render(table.get(), f, p -> { }));
        return Response.ok(body, f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "." + f.extension + "\"")
                .build();
    }
}
