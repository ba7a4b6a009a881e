package se.arbetsmarknad.reporting.reports;

import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.table.Table;

/**
 * One report: its name in the API and in export jobs, and how it builds its protected table from the
 * read model. The REST resource and the asynchronous exports call the same report, so it looks the
 * same in JSON, CSV, XLSX and PDF.
 */
public interface Report {

    /** The path segment under {@code /api/reports} and the {@code report} of an export job. */
    String name();

    /** The report as a table that has been through {@code Suppression.protect}. */
    Table build(Params parameters, Scope scope);
}
