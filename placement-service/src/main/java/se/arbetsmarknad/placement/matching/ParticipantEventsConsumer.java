package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.common.annotation.Blocking;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.inbox.IdempotentConsumer;

/**
 * Keeps the matching projection from participant.events.v1. Every handler is an upsert or a delete, so
 * applying an event twice or out of order with a later full-value event leaves the same row. An exit, an
 * erasure or the end of an intervention that came from a match also ends the match and frees its seat
 * ({@link ParticipantChanges}, handled by the match lifecycle in the same transaction).
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Inject
    IdempotentConsumer inbox;
    @Inject
    EntityManager em;
    @Inject
    Event<MatchingIndex.ParticipantWritten> written;
    @Inject
    Event<ParticipantChanges.Left> left;
    @Inject
    Event<ParticipantChanges.InterventionEnded> interventionEnded;

    @Incoming("participant-events")
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.apply(message, this::handle);
    }

    void handle(CloudEvent event) {
        UUID id = UUID.fromString(event.data().path("participantId").asText());
        apply(event, id);
        stageForIndex(id);
    }

    /** The row as it now is goes to the matching index once the transaction has committed. */
    private void stageForIndex(UUID id) {
        ParticipantProfile row = em.find(ParticipantProfile.class, id);
        if (row != null) {
            em.refresh(row); // the upserts above are native SQL: a managed copy may be older
        }
        written.fire(new MatchingIndex.ParticipantWritten(id, row == null ? null : ParticipantFacts.of(row)));
    }

    private void apply(CloudEvent event, UUID id) {
        JsonNode d = event.data();
        switch (event.type()) {
            case "participant.enrolled", "participant.reopened" -> upsertAttributes(id, d, ParticipantStatus.ACTIVE);
            case "participant.attributes-changed" -> upsertAttributes(id, d, null);
            case "participant.transferred" -> setUnit(id, d.path("toUnit").asText());
            case "participant.paused" -> setStatus(id, d, ParticipantStatus.PAUSED);
            case "participant.resumed" -> setStatus(id, d, ParticipantStatus.ACTIVE);
            case "participant.exited" -> {
                setStatus(id, d, ParticipantStatus.EXITED);
                left.fire(new ParticipantChanges.Left(id, LocalDate.parse(d.path("exitedOn").asText()), ParticipantChanges.Cause.EXITED));
            }
            case "participant.erased" -> {
                em.createNativeQuery("delete from participant_profile where participant_id = :id")
                        .setParameter("id", id).executeUpdate();
                left.fire(new ParticipantChanges.Left(id, event.time().atZoneSameInstant(STOCKHOLM).toLocalDate(),
                        ParticipantChanges.Cause.ERASED));
            }
            case "participant.intervention-ended" -> {
                if (d.hasNonNull("matchId")) {
                    interventionEnded.fire(new ParticipantChanges.InterventionEnded(id,
                            UUID.fromString(d.path("matchId").asText()), LocalDate.parse(d.path("endedOn").asText())));
                }
            }
            default -> {
                // plan, project and other intervention events do not change what matching needs
            }
        }
    }

    /** Full current attribute values; a reopened event carries only the unit and reactivates the row. */
    private void upsertAttributes(UUID id, JsonNode d, ParticipantStatus status) {
        if (!d.has("gender")) {
            setStatus(id, d, status == null ? ParticipantStatus.ACTIVE : status);
            return;
        }
        StringBuilder interests = new StringBuilder();
        d.path("occupationInterests").forEach(n -> {
            if (!interests.isEmpty()) {
                interests.append(',');
            }
            interests.append(n.asText());
        });
        String since = d.path("assistanceSince").isTextual() ? d.path("assistanceSince").asText() : null;
        em.createNativeQuery("""
                insert into participant_profile (participant_id, unit, gender, birth_year, age_band, education_level,
                    swedish_level, driving_licence, occupation_interests, single_parent, children_in_household,
                    assistance_since, status, updated_at)
                values (:id, :unit, :gender, :birthYear, :ageBand, :education, :swedish, :licence, :interests,
                    :singleParent, :children, cast(:since as date), coalesce(:status, 'active'), now())
                on conflict (participant_id) do update set unit = excluded.unit, gender = excluded.gender,
                    birth_year = excluded.birth_year, age_band = excluded.age_band,
                    education_level = excluded.education_level, swedish_level = excluded.swedish_level,
                    driving_licence = excluded.driving_licence, occupation_interests = excluded.occupation_interests,
                    single_parent = excluded.single_parent, children_in_household = excluded.children_in_household,
                    assistance_since = excluded.assistance_since,
                    status = coalesce(:status, participant_profile.status), updated_at = now()""")
                .setParameter("id", id)
                .setParameter("unit", d.path("unit").asText())
                .setParameter("gender", d.path("gender").asText())
                .setParameter("birthYear", d.path("birthYear").isInt() ? d.path("birthYear").asInt() : null)
                .setParameter("ageBand", textOrNull(d, "ageBand"))
                .setParameter("education", textOrNull(d, "educationLevel"))
                .setParameter("swedish", textOrNull(d, "swedishLevel"))
                .setParameter("licence", d.path("drivingLicence").asBoolean(false))
                .setParameter("interests", interests.toString())
                .setParameter("singleParent", d.path("singleParent").asBoolean(false))
                .setParameter("children", d.path("childrenInHousehold").asBoolean(false))
                .setParameter("since", since)
                .setParameter("status", status == null ? null : status.code())
                .executeUpdate();
    }

    /** An event about a participant not seen yet (topics are not ordered across keys) creates a bare row. */
    private void setStatus(UUID id, JsonNode d, ParticipantStatus status) {
        em.createNativeQuery("""
                insert into participant_profile (participant_id, unit, status, updated_at) values (:id, :unit, :status, now())
                on conflict (participant_id) do update set status = excluded.status, unit = excluded.unit, updated_at = now()""")
                .setParameter("id", id).setParameter("unit", d.path("unit").asText()).setParameter("status", status.code())
                .executeUpdate();
    }

    private void setUnit(UUID id, String unit) {
        em.createNativeQuery("""
                insert into participant_profile (participant_id, unit, status, updated_at) values (:id, :unit, 'active', now())
                on conflict (participant_id) do update set unit = excluded.unit, updated_at = now()""")
                .setParameter("id", id).setParameter("unit", unit).executeUpdate();
    }

    private static String textOrNull(JsonNode d, String field) {
        return d.path(field).isTextual() ? d.path(field).asText() : null;
    }
}
