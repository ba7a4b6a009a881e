package se.arbetsmarknad.participant.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The case officer's worklists over open enrolments, scoped like every read ({@link Access#visible}): own unit,
 * protected identities only for their responsible officer. Each listed participant's read is audited; the counts
 * of the lists read no personal data and are not.
 */
@ApplicationScoped
public class WorklistService {

    /** The lists and the condition each adds to the open enrolments. */
    public enum Worklist {
        MINE("mine", "e.officer = :officer"),
        WITHOUT_PLAN("without-plan", "e.status = 'ACTIVE' and (e.plan_version is null or e.plan_decided_on < :planCutoff)"),
        FOLLOW_UP_OVERDUE("follow-up-overdue", "e.status = 'ACTIVE' and e.next_follow_up < :today"),
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
            "nextFollowUp", "e.next_follow_up",
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
        Selection open = open(actor, f);
        Selection listed = open.and(condition(actor, list, f, today).orElseThrow(
                () -> ProblemException.invalid("officer", "saknas / is required")));
        Query count = listed.bind(em.createNativeQuery("select count(*)" + FROM + " where " + listed.where()));
        Query rows = listed.bind(em.createNativeQuery("""
                select p.id, i.first_name, i.last_name, p.gender, p.birth_date, e.unit, e.officer, e.status, e.enrolled_on,
                       e.plan_version, e.next_follow_up, p.assistance_since, p.protected_identity,
                       (select count(*) from intervention x where x.enrolment_id = e.id and x.ended_on is null)
                """ + FROM + " where " + listed.where() + " order by " + sortColumn + " " + dir + " nulls last, p.id"));
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

    /**
     * How many each list holds, with the lists' own scope and filters, in one query and in the lists' order. No
     * personal data is read, so nothing is audited. {@code mine} needs an officer: the caller (a case officer), or
     * {@code officer}; without one (admin) it is left out.
     */
    @Transactional
    public Map<String, Long> counts(Actor actor, Filter f) {
        LocalDate today = clock.today();
        Selection open = open(actor, f);
        List<Worklist> lists = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(open.params());
        for (Worklist w : Worklist.values()) {
            condition(actor, w, f, today).ifPresent(c -> {
                lists.add(w);
                columns.add("count(*) filter (where " + c.where() + ")");
                params.putAll(c.params());
            });
        }
        Query query = new Selection(open.where(), params).bind(em.createNativeQuery("select " + String.join(", ", columns)
                + FROM + " where " + open.where()));
        Object result = query.getSingleResult();
        Object[] values = result instanceof Object[] many ? many : new Object[] { result };
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            counts.put(lists.get(i).slug, ((Number) values[i]).longValue());
        }
        return counts;
    }

    /** Rows of the worklists: every open enrolment (its current plan on it, V6) with its participant and identity. */
    private static final String FROM = """
             from enrolment e
             join participant p on p.id = e.participant_id
             left join participant_identity i on i.participant_id = p.id
            """;

    /** A where clause and its parameters. */
    private record Selection(String where, Map<String, Object> params) {
        Selection and(Selection other) {
            Map<String, Object> both = new HashMap<>(params);
            both.putAll(other.params);
            return new Selection(where + " and " + other.where, both);
        }

        <Q extends Query> Q bind(Q query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    /** The open enrolments the actor may see, narrowed by the filters every list shares (unit, status, gender). */
    private Selection open(Actor actor, Filter f) {
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
        return new Selection(String.join(" and ", where), params);
    }

    /**
     * What puts an open enrolment on {@code list}, with the officer filter; empty for {@code mine} without an officer
     * (admin asked for no one's).
     */
    private Optional<Selection> condition(Actor actor, Worklist list, Filter f, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of(list.condition));
        switch (list) {
            case MINE -> {
                String officer = f.officer() != null ? f.officer() : actor.admin() ? null : actor.username();
                if (officer == null) {
                    return Optional.empty();
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
        return Optional.of(new Selection("(" + String.join(" and ", where) + ")", params));
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
