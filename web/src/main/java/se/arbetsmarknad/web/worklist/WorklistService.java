package se.arbetsmarknad.web.worklist;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import se.arbetsmarknad.web.clients.Page;
import se.arbetsmarknad.web.clients.ParticipantAsyncApi;
import se.arbetsmarknad.web.clients.ParticipantDtos.WorklistRow;
import se.arbetsmarknad.web.security.SignedInUser;

/** Asks participant-service for one page of a worklist; several lists are fetched at once (landing page). */
@RequestScoped
public class WorklistService {

    @Inject
    @RestClient
    ParticipantAsyncApi participants;
    @Inject
    SignedInUser user;

    public CompletionStage<Page<WorklistRow>> page(Worklist list, WorklistQuery q, int size) {
        // "Mina" = the officer's own participants; "enheten" = the unit's (the service limits it to the unit).
        String officer = q.unitWide() && list != Worklist.MINE ? null : user.username();
        return participants.worklist(list.slug, officer, q.status(), q.gender(), q.sort(), q.dir(), q.page(), size);
    }
}
