package se.arbetsmarknad.reporting.readmodel;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventJson;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.match.MatchAgreed;
import se.arbetsmarknad.platform.events.match.MatchDeclined;
import se.arbetsmarknad.platform.events.match.MatchEnded;
import se.arbetsmarknad.platform.events.match.MatchProposed;
import se.arbetsmarknad.platform.events.organisation.OrganisationSnapshot;
import se.arbetsmarknad.platform.events.placement.PlacementSnapshot;

/**
 * Applies organisation.events.v1, placement.events.v1 and match.events.v1 (placement-service) to small
 * state tables: one row per organisation, placement and match, never per event. Reports join them at
 * query time, so an organisation that arrives after its placements (different topics) is still
 * counted in the right sector.
 */
@ApplicationScoped
public class PlacementProjection {

    /** A match's stored status and its rank: states only move forward (a late or replayed earlier state does not undo a later one). */
    private record MatchState(String status, int rank) {
    }

    private static final Map<String, MatchState> MATCH_STATES = Map.of(
            EventTypes.MATCH_PROPOSED, new MatchState("proposed", 1),
            EventTypes.MATCH_ACCEPTED, new MatchState("accepted", 2),
            EventTypes.MATCH_DECLINED, new MatchState("declined", 3),
            EventTypes.MATCH_STARTED, new MatchState("started", 3),
            EventTypes.MATCH_ENDED, new MatchState("ended", 4));

    /**
     * What a match event says about the match; the period only comes with acceptance and start, the day it
     * started with match.started, the day it ended with match.ended (so a report can ask who held a place
     * on a past day).
     */
    private record MatchRow(UUID matchId, UUID placementId, UUID organisationId, UUID participantId, String unit,
            String kind, LocalDate on, LocalDate startDate, LocalDate endDate, LocalDate startedOn, LocalDate endedOn) {
    }

    @Inject
    EntityManager em;
    @Inject
    Facts facts;
    @Inject
    EventJson json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        switch (json.payload(event)) {
            case OrganisationSnapshot o -> organisation(o);
            case PlacementSnapshot p -> placement(p);
            case MatchProposed m -> match(event.type(), new MatchRow(m.matchId(), m.placementId(), m.organisationId(),
                    m.participantId(), m.unit(), m.kind(), m.on(), null, null, null, null));
            case MatchAgreed m -> match(event.type(), new MatchRow(m.matchId(), m.placementId(), m.organisationId(),
                    m.participantId(), m.unit(), m.kind(), m.on(), m.startDate(), m.endDate(),
                    EventTypes.MATCH_STARTED.equals(event.type()) ? m.on() : null, null));
            case MatchDeclined m -> match(event.type(), new MatchRow(m.matchId(), m.placementId(), m.organisationId(),
                    m.participantId(), m.unit(), m.kind(), m.on(), null, null, null, null));
            case MatchEnded m -> match(event.type(), new MatchRow(m.matchId(), m.placementId(), m.organisationId(),
                    m.participantId(), m.unit(), m.kind(), m.on(), null, null, null,
                    m.endedOn() != null ? m.endedOn() : m.on()));
            default -> {
                // no other payloads arrive on these topics
            }
        }
    }

    private void organisation(OrganisationSnapshot o) {
        em.createNativeQuery("""
                insert into organisation (organisation_id, code, name, kind, sector, employees, employees_on, quota,
                quota_share)
                values (:id, :code, :name, :kind, :sector, :employees, :employeesOn, :quota, :quotaShare)
                on conflict (organisation_id) do update set code = excluded.code, name = excluded.name,
                kind = excluded.kind, sector = excluded.sector, employees = excluded.employees,
                employees_on = excluded.employees_on, quota = excluded.quota, quota_share = excluded.quota_share""")
                .setParameter("id", o.organisationId()).setParameter("code", o.code())
                .setParameter("name", o.name()).setParameter("kind", o.kind())
                .setParameter("sector", o.sector())
                .setParameter("employees", o.employees())
                .setParameter("employeesOn", o.employeesOn())
                .setParameter("quota", o.quota())
                .setParameter("quotaShare", o.quotaSharePercent())
                .executeUpdate();
    }

    private void placement(PlacementSnapshot p) {
        em.createNativeQuery("""
                insert into placement (placement_id, organisation_id, kind, seats, seats_filled, status,
                period_start, period_end)
                values (:id, :org, :kind, :seats, :filled, :status, :start, :end)
                on conflict (placement_id) do update set organisation_id = excluded.organisation_id,
                kind = excluded.kind, seats = excluded.seats, seats_filled = excluded.seats_filled,
                status = excluded.status, period_start = excluded.period_start, period_end = excluded.period_end""")
                .setParameter("id", p.placementId()).setParameter("org", p.organisationId())
                .setParameter("kind", p.kind()).setParameter("seats", p.seats())
                .setParameter("filled", p.seatsFilled())
                .setParameter("status", p.status())
                .setParameter("start", p.periodStart())
                .setParameter("end", p.periodEnd())
                .executeUpdate();
    }

    private void match(String type, MatchRow m) {
        MatchState state = MATCH_STATES.get(type);
        facts.unit(m.unit());
        em.createNativeQuery("""
                insert into match_state (match_id, placement_id, organisation_id, participant_id, unit, kind,
                status, rank, on_date, start_date, end_date, started_on, ended_on)
                values (:id, :placement, :org, :participant, :unit, :kind, :status, :rank, :on, :start, :end,
                :startedOn, :endedOn)
                on conflict (match_id) do update set status = excluded.status, rank = excluded.rank,
                on_date = excluded.on_date,
                start_date = coalesce(excluded.start_date, match_state.start_date),
                end_date = coalesce(excluded.end_date, match_state.end_date),
                started_on = coalesce(excluded.started_on, match_state.started_on),
                ended_on = coalesce(excluded.ended_on, match_state.ended_on)
                where match_state.rank <= excluded.rank""")
                .setParameter("id", m.matchId()).setParameter("placement", m.placementId())
                .setParameter("org", m.organisationId()).setParameter("participant", m.participantId())
                .setParameter("unit", m.unit()).setParameter("kind", m.kind())
                .setParameter("status", state.status()).setParameter("rank", state.rank())
                .setParameter("on", m.on())
                .setParameter("start", m.startDate())
                .setParameter("end", m.endDate())
                .setParameter("startedOn", m.startedOn())
                .setParameter("endedOn", m.endedOn())
                .executeUpdate();
    }
}
