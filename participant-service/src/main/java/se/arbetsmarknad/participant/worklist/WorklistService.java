package se.arbetsmarknad.participant.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.participant.audit.AuditLog;
import se.arbetsmarknad.participant.common.Actor;
import se.arbetsmarknad.participant.common.AgeBands;
import se.arbetsmarknad.participant.common.ParticipantConfig;
import se.arbetsmarknad.participant.participant.Access;
import se.arbetsmarknad.platform.domain.LongTermAssistance;
import se.arbetsmarknad.platform.http.Page;
import se.arbetsmarknad.platform.http.PageRequest;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.UnitScope;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * The case officer's worklists over open enrolments, scoped like every read: own unit, protected
 * identities only for their responsible officer. Each listed participant's read is audited.
 */
@ApplicationScoped
public class WorklistService {

    /** The lists and the condition each adds to the open enrolments. */
    public enum Worklist {
        MINE("mine", "e.officer = :officer"),
        WITHOUT_PLAN("without-plan", "e.status = 'ACTIVE' and (pl.plan_version is null or pl.decided_on < :planCutoff)"),
        FOLLOW_UP_OVERDUE("follow-up-overdue", "e.status = 'ACTIVE' and pl.next_follow_up < :today"),
        NO_INTERVENTION("no-intervention", "e.status = 'ACTIVE' and e.enrolled_on <= :enrolledBefore"
                + " and not exists (select 1 from intervention x where x.enrolment_id = e.id)"),
        LONG_TERM_ASSISTANCE("long-term-assistance", "p.assistance_since <= :longTermSince");

        final String slug;
        final String condition;

        Worklist(String slug, String condition) {
            this.slug = slug;
            this.condition = condition;
        }

        public static Worklist of(String slug) {
            for (Worklist w : values()) {
                if (w.slug.equals(slug)) {
                    return w;
                }
            }
            throw ProblemException.notFound("Arbetslistan / The worklist");
        }
    }

    private static final Map<String, String> SORTS = Map.of(
            "enrolledOn", "e.enrolled_on",
            "nextFollowUp", "pl.next_follow_up",
            "lastName", "lower(i.last_name)",
            "assistanceSince", "p.assistance_since",
            "officer", "e.officer");

    @Inject
    EntityManager em;
    @Inject
    SuiteClock clock;
    @Inject
    ParticipantConfig config;
    @Inject
    AuditLog audit;

    public record Filter(String officer, String unit, String status, String gender, Integer days, String sort, String dir) {
    }

    public record Row(
            @Schema(example = "0f8e7a52-3f7c-4f0e-9a35-6f1d2b9c8e41") UUID participantId,
            @Schema(example = "Amira") String firstName,
            @Schema(example = "Hassan") String lastName,
            @Schema(example = "K") String gender,
            @Schema(example = "20-24") String ageBand,
            @Schema(example = "unga-18-24") String unit,
            @Schema(example = "anna.handlaggare") String officer,
            @Schema(example = "ACTIVE") String status,
            LocalDate enrolledOn,
            @Schema(description = "Aktuell planversion, null = ingen plan / current plan version, null = none") Integer planVersion,
            LocalDate nextFollowUp,
            LocalDate assistanceSince,
            boolean longTermAssistance,
            @Schema(description = "Pågående insatser / running interventions", example = "1") int runningInterventions,
            boolean protectedIdentity) {
    }

    @Transactional
    public Page<Row> list(Actor actor, String slug, Filter f, PageRequest page) {
        Worklist list = Worklist.of(slug);
        String sortColumn = SORTS.get(f.sort() == null ? "enrolledOn" : f.sort());
        if (sortColumn == null) {
            throw ProblemException.invalid("sort", "ska vara en av / must be one of " + String.join(", ", SORTS.keySet()));
        }
        String dir = f.dir() == null || f.dir().equalsIgnoreCase("asc") ? "asc"
                : f.dir().equalsIgnoreCase("desc") ? "desc" : null;
        if (dir == null) {
            throw ProblemException.invalid("dir", "ska vara asc eller desc / must be asc or desc");
        }
        LocalDate today = clock.today();
        Selection selection = select(actor, list, f, today);
        Query count = selection.bind(em.createNativeQuery("select count(*)" + selection.from()));
        Query rows = selection.bind(em.createNativeQuery("""
                select p.id, i.first_name, i.last_name, p.gender, p.birth_date, e.unit, e.officer, e.status, e.enrolled_on,
                       pl.plan_version, pl.next_follow_up, p.assistance_since, p.protected_identity,
                       (select count(*) from intervention x where x.enrolment_id = e.id and x.ended_on is null)
                """ + selection.from() + " order by " + sortColumn + " " + dir + " nulls last, p.id"));
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> result = page.apply(rows).getResultList();
        List<Row> items = new ArrayList<>();
        for (Object[] r : result) {
            LocalDate birth = date(r[4]);
            LocalDate since = date(r[11]);
            Row row = new Row((UUID) r[0], (String) r[1], (String) r[2], r[3].toString(), AgeBands.band(birth, today),
                    (String) r[5], (String) r[6], (String) r[7], date(r[8]), r[9] == null ? null : ((Number) r[9]).intValue(),
                    date(r[10]), since, LongTermAssistance.on(since, today), ((Number) r[13]).intValue(), (Boolean) r[12]);
            items.add(row);
            audit.record(actor, "read-worklist", row.participantId(), list.slug);
        }
        return page.of(items, total);
    }

    /** The open enrolments of a list that the actor may see: the from-and-where clause and its parameters. */
    private record Selection(String from, Map<String, Object> params) {
        <Q extends Query> Q bind(Q query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    private Selection select(Actor actor, Worklist list, Filter f, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of("e.status <> 'EXITED'", "p.erased_at is null"));
        if (f.unit() != null && !config.units().contains(f.unit())) {
            throw ProblemException.invalid("unit", "okänd enhet / unknown unit (" + String.join(", ", config.units()) + ")");
        }
        // Naming a unit narrows within what the actor may see; a case officer naming another unit gets a 400 rather
        // than a silently ignored filter (the answer says nothing about who is enrolled there).
        if (f.unit() != null && !actor.scope().includes(f.unit())) {
            throw ProblemException.invalid("unit", "bara din egen enhet / only your own unit ("
                    + actor.unit().orElse("") + ")");
        }
        if (f.unit() != null) {
            where.add("e.unit = :unit");
            params.put("unit", f.unit());
        }
        UnitScope.Predicate visible = Access.visible(actor, "e", "p");
        where.add(visible.sql());
        params.putAll(visible.parameters());
        where.add(list.condition);
        switch (list) {
            case MINE -> {
                String officer = f.officer() != null ? f.officer() : actor.admin() ? null : actor.username();
                if (officer == null) {
                    throw ProblemException.invalid("officer", "saknas / is required");
                }
                params.put("officer", officer);
            }
            case WITHOUT_PLAN -> params.put("planCutoff", today.minus(config.worklist().planValidFor()));
            case FOLLOW_UP_OVERDUE -> params.put("today", today);
            case NO_INTERVENTION -> {
                int days = f.days() == null ? config.worklist().noInterventionDays() : f.days();
                if (days < 0 || days > 3650) {
                    throw ProblemException.invalid("days", "ska vara 0–3650 / must be 0–3650");
                }
                params.put("enrolledBefore", today.minusDays(days));
            }
            case LONG_TERM_ASSISTANCE -> params.put("longTermSince", LongTermAssistance.latestStartFor(today));
        }
        if (f.officer() != null && list != Worklist.MINE) {
            where.add("e.officer = :filterOfficer");
            params.put("filterOfficer", f.officer());
        }
        if (f.status() != null) {
            if (!f.status().equals("ACTIVE") && !f.status().equals("PAUSED")) {
                throw ProblemException.invalid("status", "ska vara ACTIVE eller PAUSED / must be ACTIVE or PAUSED");
            }
            where.add("e.status = :status");
            params.put("status", f.status());
        }
        if (f.gender() != null) {
            if (!f.gender().equals("K") && !f.gender().equals("M")) {
                throw ProblemException.invalid("gender", "ska vara K eller M / must be K or M");
            }
            where.add("p.gender = :gender");
            params.put("gender", f.gender());
        }
        String from = """
                 from enrolment e
                 join participant p on p.id = e.participant_id
                 left join participant_identity i on i.participant_id = p.id
                 left join lateral (select plan_version, next_follow_up, decided_on from plan
                                     where plan.enrolment_id = e.id order by plan_version desc limit 1) pl on true
                 where""" + " " + String.join(" and ", where);
        return new Selection(from, params);
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
