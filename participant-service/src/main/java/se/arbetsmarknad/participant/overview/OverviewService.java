package se.arbetsmarknad.participant.overview;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.intervention.InterventionDtos.InterventionView;
import se.arbetsmarknad.participant.intervention.InterventionService;
import se.arbetsmarknad.participant.participant.LifecycleService;
import se.arbetsmarknad.participant.participant.ParticipantDtos.EnrolmentWithHistory;
import se.arbetsmarknad.participant.participant.ParticipantDtos.ParticipantView;
import se.arbetsmarknad.participant.participant.ParticipantViews;
import se.arbetsmarknad.participant.plan.PlanDtos.FollowUpView;
import se.arbetsmarknad.participant.plan.PlanDtos.PlanWithHistory;
import se.arbetsmarknad.participant.plan.PlanService;
import se.arbetsmarknad.participant.project.ProjectService;
import se.arbetsmarknad.participant.project.ProjectService.MembershipView;

/**
 * Everything a case officer's page of one participant shows, read in one transaction: the same reads, access checks
 * and audit rows as the six endpoints it stands for, in one request and one commit instead of six (web's participant
 * page waited for six requests, each committing its audit row on its own).
 */
@ApplicationScoped
public class OverviewService {

    @Inject
    ParticipantViews views;
    @Inject
    LifecycleService lifecycle;
    @Inject
    PlanService plans;
    @Inject
    InterventionService interventions;
    @Inject
    ProjectService projects;

    public record Overview(ParticipantView participant, List<EnrolmentWithHistory> enrolments, PlanWithHistory plan,
            List<FollowUpView> followUps, List<InterventionView> interventions, List<MembershipView> memberships) {
    }

    @Transactional
    public Overview of(Actor actor, UUID id) {
        // the participant first: no access (or no such participant) is its 404, before anything else is read
        ParticipantView participant = views.get(actor, id);
        return new Overview(participant, lifecycle.history(actor, id), plans.get(actor, id), plans.followUps(actor, id),
                interventions.list(actor, id), projects.memberships(actor, id));
    }
}
