package se.arbetsmarknad.reporting.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * The statistics catalogue shared with goals-service (platform contracts/statistics-catalogue.json),
 * read once from the classpath.
 */
@ApplicationScoped
public class Catalogue {

    @Schema(description = "En statistik i katalogen / A statistic in the catalogue")
    public record Statistic(
            @Schema(example = "supported-employments-started") String id,
            @Schema(example = "Påbörjade anställningar med stöd") String sv,
            @Schema(example = "Supported employments started") String en,
            @Schema(example = "count", enumeration = {"count", "percent", "days"}) String unit,
            @Schema(example = "sum", enumeration = {"sum", "last"}) String aggregation,
            @Schema(description = "suite: räknad ur svitens händelser; assistance-import: månadsuppgifter från "
                    + "verksamhetssystemet för ekonomiskt bistånd / suite: counted from the suite's events; "
                    + "assistance-import: monthly figures from the financial-assistance system",
                    example = "suite", enumeration = {"suite", "assistance-import"}) String source) {

        public static final String SUITE = "suite";
        public static final String ASSISTANCE_IMPORT = "assistance-import";

        public Statistic {
            source = source == null ? SUITE : source;
        }

        /** Figures imported per month rather than counted from events: they stand as of their latest month. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isImported() {
            return !SUITE.equals(source);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isStock() {
            return "last".equals(aggregation) && !isMedian();
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isMedian() {
            return "days".equals(unit);
        }
    }

    private final Map<String, Statistic> statistics = new LinkedHashMap<>();

    @Inject
    public Catalogue(ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("contracts/statistics-catalogue.json")) {
            if (in == null) {
                throw new IllegalStateException("contracts/statistics-catalogue.json is not on the classpath");
            }
            JsonNode root = mapper.readTree(in);
            for (JsonNode s : root.path("statistics")) {
                Statistic st = mapper.treeToValue(s, Statistic.class);
                statistics.put(st.id(), st);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the statistics catalogue", e);
        }
    }

    public List<Statistic> all() {
        return List.copyOf(statistics.values());
    }

    public Optional<Statistic> find(String id) {
        return Optional.ofNullable(statistics.get(id));
    }

    public Statistic require(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Statistiken '" + id + "'"));
    }
}
