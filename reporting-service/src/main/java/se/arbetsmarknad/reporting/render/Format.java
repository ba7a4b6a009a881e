package se.arbetsmarknad.reporting.render;

import se.arbetsmarknad.platform.problem.ProblemException;

/** The formats a table is offered in: JSON for programs and pages, the other three as files. */
public enum Format {
    JSON("application/json", "json"),
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    public final String mediaType;
    public final String extension;

    Format(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The {@code format} parameter; absent means JSON. */
    public static Format parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON;
        }
        for (Format f : values()) {
            if (f.extension.equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw ProblemException.invalid("format", "ett av json, csv, xlsx, pdf / one of json, csv, xlsx, pdf");
    }

    /** A file format (what an export job produces). */
    public static Format parseFile(String text) {
        Format f = parse(text);
        if (f == JSON) {
            throw ProblemException.invalid("format", "csv, xlsx eller pdf / csv, xlsx or pdf");
        }
        return f;
    }
}
