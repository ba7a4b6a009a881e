package se.arbetsmarknad.web.clients;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** reporting-service's answers about imported assistance figures, as far as the page reads them. */
public final class AssistanceDtos {

    private AssistanceDtos() {
    }

    /** One row of the file: its row number as the user sees it (header = 1), month, unit, new or replaced. */
    public record RowResult(int row, String month, String unit, String result) {

        public boolean replaced() {
            return "replaced".equals(result);
        }
    }

    /** A dry run's or an import's outcome per row; {@code importId} only when written. */
    public record ImportReport(UUID importId, boolean dryRun, int rows, int months, int units, List<RowResult> results) {
    }

    /** An import made: by a file upload ({@code upload}) or by the financial-assistance system ({@code api}). */
    public record ImportView(UUID id, String source, String filename, String importedBy, OffsetDateTime importedAt,
            int rows, String firstMonth, String lastMonth) {

        public boolean upload() {
            return "upload".equals(source);
        }
    }
}
