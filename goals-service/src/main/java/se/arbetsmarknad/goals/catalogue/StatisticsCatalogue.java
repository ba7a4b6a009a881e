package se.arbetsmarknad.goals.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shared statistics catalogue ({@code contracts/statistics-catalogue.json} in platform): the ids a
 * goal's indicator may be bound to, the same ids reporting-service publishes figures for.
 */
@ApplicationScoped
public class StatisticsCatalogue {

    static final String LOCATION = "contracts/statistics-catalogue.json";

    /** @param source {@code suite} (counted from the suite's events) or {@code assistance-import} */
    public record Statistic(String id, String sv, String en, String unit, String aggregation, String source) {

        /** Monthly figures imported from the financial-assistance system rather than counted by the suite. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isImported() {
            return "assistance-import".equals(source);
        }
    }

    private final Map<String, Statistic> byId;

    public StatisticsCatalogue() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Statistic> map = new LinkedHashMap<>();
            for (JsonNode s : root.path("statistics")) {
                map.put(s.path("id").asText(), new Statistic(s.path("id").asText(), s.path("sv").asText(),
                        s.path("en").asText(), s.path("unit").asText(), s.path("aggregation").asText(),
                        s.path("source").asText("suite")));
            }
            byId = Map.copyOf(map);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + LOCATION, e);
        }
    }

    public Optional<Statistic> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(String id) {
        return id != null && byId.containsKey(id);
    }

    public List<Statistic> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(Statistic::id)).toList();
    }
}
