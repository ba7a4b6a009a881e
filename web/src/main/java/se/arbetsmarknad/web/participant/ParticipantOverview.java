package se.arbetsmarknad.web.participant;

import static se.arbetsmarknad.web.clients.Calls.join;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import se.arbetsmarknad.web.clients.ParticipantAsyncApi;
import se.arbetsmarknad.web.clients.ParticipantDtos;
import se.arbetsmarknad.web.clients.ParticipantDtos.EnrolmentWithHistory;
import se.arbetsmarknad.web.clients.ParticipantDtos.FollowUp;
import se.arbetsmarknad.web.clients.ParticipantDtos.Intervention;
import se.arbetsmarknad.web.clients.ParticipantDtos.Membership;
import se.arbetsmarknad.web.clients.ParticipantDtos.Participant;
import se.arbetsmarknad.web.clients.ParticipantDtos.PlanWithHistory;
import se.arbetsmarknad.web.clients.PlacementApi;
import se.arbetsmarknad.web.clients.PlacementDtos.Match;

/** Everything the participant page shows, fetched from both services at once. */
@RequestScoped
public class ParticipantOverview {

    @Inject
    @RestClient
    ParticipantAsyncApi participants;
    @Inject
    @RestClient
    PlacementApi placements;

    public record Overview(Participant participant, List<EnrolmentWithHistory> enrolments, PlanWithHistory plan,
            List<FollowUp> followUps, List<Intervention> interventions, List<Membership> memberships, List<Match> matches) {

        public List<Intervention> running() {
            return interventions.stream().filter(Intervention::running).toList();
        }

        public List<Membership> currentProjects() {
            return memberships.stream().filter(m -> m.leftOn() == null).toList();
        }
    }

    /**
     * Two calls at once: participant-service's overview (the six reads of this page in one request, so one commit of
     * their audit rows instead of six) and placement-service's matches. A participant that is not there or not the
     * user's is the overview's 404.
     */
    public Overview load(UUID id) {
        var all = participants.overview(id).toCompletableFuture();
        var matches = placements.matchesAsync(id).toCompletableFuture();
        ParticipantDtos.Overview o = join(all);
        return new Overview(o.participant(), o.enrolments(), o.plan(), o.followUps(), o.interventions(), o.memberships(),
                joinOrEmpty(matches));
    }

    /** Matches live in placement-service: the page still shows the participant when it is away. */
    private static <T> List<T> joinOrEmpty(CompletableFuture<List<T>> stage) {
        try {
            return stage.join();
        } catch (CompletionException e) {
            return List.of();
        }
    }
}
