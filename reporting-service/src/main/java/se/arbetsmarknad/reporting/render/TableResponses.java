package se.arbetsmarknad.reporting.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import se.arbetsmarknad.reporting.table.Table;

/** One table, any format: the JSON body, or a file download named after the report. */
@ApplicationScoped
public class TableResponses {

    @Inject
    Renderers renderers;

    public Response respond(Table table, String format, String filename) {
        Format f = Format.parse(format);
        if (f == Format.JSON) {
            return Response.ok(TableJson.of(table), f.mediaType).build();
        }
        byte[] body = renderers.render(table, f, p -> { });
        return Response.ok(body, f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "." + f.extension + "\"")
                .build();
    }
}
