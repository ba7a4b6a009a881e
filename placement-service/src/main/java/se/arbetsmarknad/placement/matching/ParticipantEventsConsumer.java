package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.Session;
import org.hibernate.StatelessSession;

import io.smallrye.common.annotation.Blocking;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventJson;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.participant.InterventionEnded;
import se.arbetsmarknad.platform.events.participant.ParticipantAttributesChanged;
import se.arbetsmarknad.platform.events.participant.ParticipantEnrolled;
import se.arbetsmarknad.platform.events.participant.ParticipantErased;
import se.arbetsmarknad.platform.events.participant.ParticipantExited;
import se.arbetsmarknad.platform.events.participant.ParticipantPauseChanged;
import se.arbetsmarknad.platform.events.participant.ParticipantReopened;
import se.arbetsmarknad.platform.events.participant.ParticipantTransferred;
import se.arbetsmarknad.platform.inbox.BatchConsumer;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Keeps the matching projection from participant.events.v1 (the platform's typed payloads, a poll per
 * transaction). Every handler
 * is an upsert or a delete, so applying an event twice or out of order with a later full-value event
 * leaves the same row. An exit, an erasure or the end of an intervention that came from a match also
 * ends the match and frees its seat ({@link ParticipantChanges}, handled by the match lifecycle in the
 * same transaction). The row as it then is reaches the matching index when the transaction has committed.
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    @Inject
    BatchConsumer batches;
    @Inject
    EventJson json;
    @Inject
    EntityManager em;
    @Inject
    Event<MatchingIndex.ParticipantWritten> written;
    @Inject
    Event<ParticipantChanges.Left> left;
    @Inject
    Event<ParticipantChanges.InterventionEnded> interventionEnded;

    /** A whole poll in one transaction (the platform's batched idempotent consumer). */
    @Incoming("participant-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        batches.applyWith(records, new Batch());
    }

    /**
     * One transaction's events: the participants they changed are read back once, at its end, in one query
     * (not a select and a refresh per event), and handed to the matching index as they then are.
     */
    private final class Batch implements BatchConsumer.Handler {
        private final Set<UUID> changed = new LinkedHashSet<>();

        @Override
        public void beforeEvents(List<CloudEvent> events) {
            changed.clear(); // a failed batch's transaction rolled back: its changes never happened
        }

        @Override
        public void apply(CloudEvent event) {
            UUID id = handle(event);
            if (id != null) {
                changed.add(id);
            }
        }

        @Override
        public void beforeCommit() {
            stageForIndex(changed);
            changed.clear();
        }
    }

    /** Applies one event; returns the participant whose projection row it changed, if any. */
    UUID handle(CloudEvent event) {
        UUID changed = switch (json.payload(event)) {
            case ParticipantEnrolled e -> upsert(e.participantId(), e.unit(), new Attributes(e.gender(), e.birthYear(),
                    e.ageBand(), e.educationLevel(), e.swedishLevel(), e.drivingLicence(), e.occupationInterests(),
                    e.singleParent(), e.childrenInHousehold(), e.assistanceSince()), ParticipantStatus.ACTIVE);
            case ParticipantAttributesChanged e -> upsert(e.participantId(), e.unit(), new Attributes(e.gender(), e.birthYear(),
                    e.ageBand(), e.educationLevel(), e.swedishLevel(), e.drivingLicence(), e.occupationInterests(),
                    e.singleParent(), e.childrenInHousehold(), e.assistanceSince()), null);
            case ParticipantReopened e -> setStatus(e.participantId(), e.unit(), ParticipantStatus.ACTIVE);
            case ParticipantTransferred e -> setUnit(e.participantId(), e.toUnit());
            case ParticipantPauseChanged e -> setStatus(e.participantId(), e.unit(),
                    EventTypes.PARTICIPANT_PAUSED.equals(event.type()) ? ParticipantStatus.PAUSED : ParticipantStatus.ACTIVE);
            case ParticipantExited e -> {
                setStatus(e.participantId(), e.unit(), ParticipantStatus.EXITED);
                left.fire(new ParticipantChanges.Left(e.participantId(), e.exitedOn(), ParticipantChanges.Cause.EXITED));
                yield e.participantId();
            }
            case ParticipantErased e -> {
                em.createNativeQuery("delete from participant_profile where participant_id = :id")
                        .setParameter("id", e.participantId()).executeUpdate();
                left.fire(new ParticipantChanges.Left(e.participantId(),
                        event.time().atZoneSameInstant(SuiteClock.ZONE).toLocalDate(), ParticipantChanges.Cause.ERASED));
                yield e.participantId();
            }
            case InterventionEnded e -> {
                if (e.matchId() != null) {
                    interventionEnded.fire(new ParticipantChanges.InterventionEnded(e.participantId(), e.matchId(), e.endedOn()));
                }
                yield null;
            }
            default -> null; // plan, project and intervention starts do not change what matching needs
        };
        return changed;
    }

    /** What matching keeps of a participant (enrolled and attributes-changed carry the same). */
    record Attributes(String gender, int birthYear, String ageBand, String educationLevel, String swedishLevel,
            boolean drivingLicence, List<String> occupationInterests, boolean singleParent, boolean childrenInHousehold,
            LocalDate assistanceSince) {
    }

    /** Full current attribute values; {@code status} null keeps the row's status. */
    private UUID upsert(UUID id, String unit, Attributes a, ParticipantStatus status) {
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
                .setParameter("unit", unit)
                .setParameter("gender", a.gender())
                .setParameter("birthYear", a.birthYear())
                .setParameter("ageBand", a.ageBand())
                .setParameter("education", a.educationLevel())
                .setParameter("swedish", a.swedishLevel())
                .setParameter("licence", a.drivingLicence())
                .setParameter("interests", String.join(",", a.occupationInterests() == null ? List.of() : a.occupationInterests()))
                .setParameter("singleParent", a.singleParent())
                .setParameter("children", a.childrenInHousehold())
                .setParameter("since", a.assistanceSince() == null ? null : a.assistanceSince().toString())
                .setParameter("status", status == null ? null : status.code())
                .executeUpdate();
        return id;
    }

    /** An event about a participant not seen yet (topics are not ordered across keys) creates a bare row. */
    private UUID setStatus(UUID id, String unit, ParticipantStatus status) {
        em.createNativeQuery("""
                insert into participant_profile (participant_id, unit, status, updated_at) values (:id, :unit, :status, now())
                on conflict (participant_id) do update set status = excluded.status, unit = excluded.unit, updated_at = now()""")
                .setParameter("id", id).setParameter("unit", unit).setParameter("status", status.code())
                .executeUpdate();
        return id;
    }

    private UUID setUnit(UUID id, String unit) {
        em.createNativeQuery("""
                insert into participant_profile (participant_id, unit, status, updated_at) values (:id, :unit, 'active', now())
                on conflict (participant_id) do update set unit = excluded.unit, updated_at = now()""")
                .setParameter("id", id).setParameter("unit", unit).executeUpdate();
        return id;
    }

    /**
     * The rows as they now are go to the matching index once the transaction has committed; a row that no
     * longer exists (erased) leaves it. Read through a stateless session on the transaction's connection:
     * the upserts above are native SQL, so a copy in the persistence context may be older than the row.
     */
    void stageForIndex(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Session session = em.unwrap(Session.class);
        Map<UUID, ParticipantFacts> rows = new HashMap<>();
        session.doWork(connection -> {
            try (StatelessSession fresh = session.getSessionFactory().withStatelessOptions().connection(connection)
                    .openStatelessSession()) {
                // getMultiple: one select by an id array, the same SQL whatever the number of ids
                for (ParticipantProfile row : fresh.getMultiple(ParticipantProfile.class, List.copyOf(ids))) {
                    if (row != null) {
                        rows.put(row.participantId, ParticipantFacts.of(row));
                    }
                }
            }
        });
        for (UUID id : ids) {
            written.fire(new MatchingIndex.ParticipantWritten(id, rows.get(id)));
        }
    }
}
