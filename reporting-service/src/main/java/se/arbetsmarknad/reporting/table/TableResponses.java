package se.arbetsmarknad.reporting.table;

import jakarta.ws.rs.core.Response;

/** One report, any format: JSON body, or a file download named after the report. */
public final class TableResponses {

    private TableResponses() {
    }

    public static Response respond(Table table, String format, String filename) {
        Renderers.Format f = Renderers.Format.parse(format);
        if (f == Renderers.Format.JSON) {
            return Response.ok(TableJson.of(table), f.mediaType).build();
        }
        byte[] body = Renderers.render(table, f, p -> { });
        return Response.ok(body, f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "." + f.extension + "\"")
                .build();
    }
}
