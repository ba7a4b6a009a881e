package se.arbetsmarknad.web.clients;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import se.arbetsmarknad.web.clients.ParticipantDtos.InterventionKind;
import se.arbetsmarknad.web.clients.ParticipantDtos.Project;
import se.arbetsmarknad.web.format.Labels;

/**
 * Reference lists that are the same for every user (intervention kinds, projects, the statistics catalogue), kept for five minutes
 * so that a page does not ask for them every time. Fetched with the first asking user's token.
 */
@ApplicationScoped
public class ReferenceData {

    private static final Duration TTL = Duration.ofMinutes(5);

    @Inject
    @RestClient
    ParticipantApi participants;
    @Inject
    @RestClient
    GoalsApi goals;

    private record Cached(Object value, long until) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public List<InterventionKind> interventionKinds() {
        return cached("kinds", () -> participants.interventionKinds());
    }

    public List<Project> projects() {
        return cached("projects", () -> participants.projects());
    }

    /** The statistics catalogue (the same for every user who may read it: managers, admins, case officers). */
    public List<GoalsDtos.Statistic> statistics() {
        return cached("statistics", () -> goals.statistics());
    }

    /** "Påbörjade anställningar med stöd" for "supported-employments-started"; the id when the catalogue does not know it. */
    public String statisticName(String id) {
        if (id == null) {
            return null;
        }
        return statistics().stream().filter(s -> s.id().equals(id)).map(GoalsDtos.Statistic::sv).findFirst().orElse(id);
    }

    public String kindName(String code) {
        return interventionKinds().stream().filter(k -> k.code().equals(code)).map(InterventionKind::nameSv).findFirst()
                .orElse(Labels.of("placementKind", code));
    }

    public String projectName(String code) {
        return projects().stream().filter(p -> p.code().equals(code)).map(Project::name).findFirst().orElse(code);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> load) {
        long now = System.nanoTime();
        Cached c = cache.get(key);
        if (c == null || c.until() < now) {
            c = new Cached(load.get(), now + TTL.toNanos());
            cache.put(key, c);
        }
        return (T) c.value();
    }
}
