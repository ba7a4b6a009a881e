package se.arbetsmarknad.web.clients;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import se.arbetsmarknad.web.clients.ParticipantDtos.InterventionKind;
import se.arbetsmarknad.web.clients.ParticipantDtos.Project;
import se.arbetsmarknad.web.format.Labels;

/**
 * Reference lists that are the same for every user (intervention kinds, projects, the statistics catalogue, SSYK 2012's unit
 * groups), kept for five minutes
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
    @Inject
    @RestClient
    PlacementApi placements;

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

    /**
     * "Undersköterskor, hemtjänst, hemsjukvård och äldreboende" for "5321" (SSYK 2012's unit groups, placement-service's list);
     * null when the code is unknown or the list cannot be read now: the page then shows the code alone rather than fail.
     */
    public String ssykName(String code) {
        if (code == null) {
            return null;
        }
        try {
            Map<String, String> names = cached("ssyk", () -> placements.ssyk(null, 4).stream()
                    .collect(Collectors.toUnmodifiableMap(PlacementDtos.SsykEntry::code, PlacementDtos.SsykEntry::name, (a, b) -> a)));
            return names.get(code);
        } catch (ServiceProblem unavailable) {
            return null;
        }
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
