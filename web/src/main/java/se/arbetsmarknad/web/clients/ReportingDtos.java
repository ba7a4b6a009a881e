package se.arbetsmarknad.web.clients;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** reporting-service's bodies: every report and chart is a protected table; exports are jobs. */
public final class ReportingDtos {

    private ReportingDtos() {
    }

    public record Column(String key, String label, String type) {
    }

    /**
     * A table after disclosure control: rows of column key → value, a suppressed value is null and its key is
     * listed in {@code suppressed} for that row. The service's notes are "svenska / English".
     */
    public record Table(String title, List<Column> columns, List<Map<String, Object>> rows, List<List<String>> suppressed,
            List<String> notes) {
    }

    /** A monthly wage cost of an employment kind, valid from a date until a date (open-ended when null). */
    public record CostRate(String kind, String label, java.math.BigDecimal monthlyRate, java.time.LocalDate validFrom,
            java.time.LocalDate validTo) {
    }

    public record NewCostRate(String kind, java.math.BigDecimal monthlyRate, java.time.LocalDate validFrom) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExportRequest(String report, String format, Map<String, String> parameters) {
    }

    /** An export job: running (progress 0–100), done (download ready) or failed (error). */
    public record ExportJob(UUID id, String report, String format, String status, int progress, String error, String download) {

        public boolean running() {
            return "running".equals(status);
        }

        public boolean done() {
            return "done".equals(status);
        }
    }
}
