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

    public Overview load(UUID id) {
        // The participant first: a 404 (not there, or not yours) must not leave six other calls behind.
        Participant p = join(participants.participant(id));
        var enrolments = participants.enrolments(id).toCompletableFuture();
        var plan = participants.plan(id).toCompletableFuture();
        var followUps = participants.followUps(id).toCompletableFuture();
        var interventions = participants.interventions(id).toCompletableFuture();
        var memberships = participants.memberships(id).toCompletableFuture();
        var matches = placements.matchesAsync(id).toCompletableFuture();
        return new Overview(p, join(enrolments), join(plan), join(followUps), join(interventions), join(memberships),
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
