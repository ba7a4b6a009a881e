package se.arbetsmarknad.reporting.readmodel;

import static se.arbetsmarknad.reporting.readmodel.Payload.optionalDate;
import static se.arbetsmarknad.reporting.readmodel.Payload.optionalText;
import static se.arbetsmarknad.reporting.readmodel.Payload.text;
import static se.arbetsmarknad.reporting.readmodel.Payload.uuid;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import se.arbetsmarknad.platform.events.CloudEvent;

/**
 * Applies organisation.events.v1, placement.events.v1 and match.events.v1 (placement-service) to small
 * state tables: one row per organisation, placement and match, never per event. Reports join them at
 * query time, so an organisation that arrives after its placements (different topics) is still
 * counted in the right sector.
 */
@ApplicationScoped
public class PlacementProjection {

    /** Match states only move forward; a late or replayed earlier state does not undo a later one. */
    private static final Map<String, Integer> MATCH_RANK = Map.of(
            "match.proposed", 1, "match.accepted", 2, "match.declined", 3, "match.started", 3, "match.ended", 4);

    @Inject
    EntityManager em;
    @Inject
    Facts facts;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        JsonNode d = event.data();
        String type = event.type();
        if (type.startsWith("organisation.")) {
            organisation(d);
        } else if (type.startsWith("placement.")) {
            placement(d);
        } else if (MATCH_RANK.containsKey(type)) {
            match(type, d);
        }
    }

    private void organisation(JsonNode d) {
        em.createNativeQuery("""
                insert into organisation (organisation_id, code, name, kind, sector, employees, employees_on, quota)
                values (:id, :code, :name, :kind, :sector, :employees, :employeesOn, :quota)
                on conflict (organisation_id) do update set code = excluded.code, name = excluded.name,
                kind = excluded.kind, sector = excluded.sector, employees = excluded.employees,
                employees_on = excluded.employees_on, quota = excluded.quota""")
                .setParameter("id", uuid(d, "organisationId")).setParameter("code", optionalText(d, "code"))
                .setParameter("name", optionalText(d, "name")).setParameter("kind", optionalText(d, "kind"))
                .setParameter("sector", optionalText(d, "sector"))
                .setParameter("employees", Payload.integer(d, "employees"))
                .setParameter("employeesOn", optionalDate(d, "employeesOn"))
                .setParameter("quota", Payload.integer(d, "quota"))
                .executeUpdate();
    }

    private void placement(JsonNode d) {
        em.createNativeQuery("""
                insert into placement (placement_id, organisation_id, kind, seats, seats_filled, status,
                period_start, period_end)
                values (:id, :org, :kind, :seats, :filled, :status, :start, :end)
                on conflict (placement_id) do update set organisation_id = excluded.organisation_id,
                kind = excluded.kind, seats = excluded.seats, seats_filled = excluded.seats_filled,
                status = excluded.status, period_start = excluded.period_start, period_end = excluded.period_end""")
                .setParameter("id", uuid(d, "placementId")).setParameter("org", uuid(d, "organisationId"))
                .setParameter("kind", optionalText(d, "kind")).setParameter("seats", Payload.integer(d, "seats"))
                .setParameter("filled", Payload.integer(d, "seatsFilled"))
                .setParameter("status", optionalText(d, "status"))
                .setParameter("start", optionalDate(d, "periodStart"))
                .setParameter("end", optionalDate(d, "periodEnd"))
                .executeUpdate();
    }

    private void match(String type, JsonNode d) {
        int rank = MATCH_RANK.get(type);
        facts.unit(optionalText(d, "unit"));
        em.createNativeQuery("""
                insert into match_state (match_id, placement_id, organisation_id, participant_id, unit, kind,
                status, rank, on_date, start_date, end_date)
                values (:id, :placement, :org, :participant, :unit, :kind, :status, :rank, :on, :start, :end)
                on conflict (match_id) do update set status = excluded.status, rank = excluded.rank,
                on_date = excluded.on_date,
                start_date = coalesce(excluded.start_date, match_state.start_date),
                end_date = coalesce(excluded.end_date, match_state.end_date)
                where match_state.rank <= excluded.rank""")
                .setParameter("id", uuid(d, "matchId")).setParameter("placement", uuid(d, "placementId"))
                .setParameter("org", uuid(d, "organisationId")).setParameter("participant", uuid(d, "participantId"))
                .setParameter("unit", optionalText(d, "unit")).setParameter("kind", text(d, "kind"))
                .setParameter("status", type.substring("match.".length())).setParameter("rank", rank)
                .setParameter("on", optionalDate(d, "on"))
                .setParameter("start", optionalDate(d, "startDate"))
                .setParameter("end", optionalDate(d, "endDate"))
                .executeUpdate();
    }
}
