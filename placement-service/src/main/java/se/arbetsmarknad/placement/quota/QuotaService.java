package se.arbetsmarknad.placement.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import jakarta.transaction.Transactional;

import se.arbetsmarknad.placement.common.Coded;
import se.arbetsmarknad.platform.http.Versions;
import se.arbetsmarknad.placement.organisation.EmployeeCount;
import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.placement.organisation.OrganisationEvents;
import se.arbetsmarknad.placement.organisation.OrganisationKind;
import se.arbetsmarknad.placement.organisation.Quotas;
import se.arbetsmarknad.placement.placement.PlacementKind;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Fördelningsmodell (distribution model): how many places each förvaltning is expected to offer,
 * in proportion to its staff, and how many it has registered and filled.
 */
@ApplicationScoped
public class QuotaService implements Quotas {

    @Inject
    SuiteClock clock;
    @Inject
    EntityManager em;
    @Inject
    OrganisationEvents organisationEvents;

    /** Quotas of all förvaltningar that have an employee count on or before {@code asOf}. */
    public Map<UUID, Integer> quotas(QuotaRule rule, LocalDate asOf) {
        Map<UUID, EmployeeCount> counts = EmployeeCount.latestOfAll(asOf);
        Map<String, Integer> employeesByCode = new LinkedHashMap<>();
        Map<String, UUID> idByCode = new HashMap<>();
        for (Organisation org : Organisation.<Organisation>list("kind = ?1 order by code", OrganisationKind.FORVALTNING)) {
            EmployeeCount count = counts.get(org.id);
            if (count != null) {
                employeesByCode.put(org.code, count.employees);
                idByCode.put(org.code, org.id);
            }
        }
        Map<UUID, Integer> quotas = new LinkedHashMap<>();
        if (rule.method == QuotaMethod.TOTAL) {
            Apportionment.largestRemainder(employeesByCode, rule.total)
                    .forEach((code, q) -> quotas.put(idByCode.get(code), q));
        } else {
            employeesByCode.forEach((code, n) -> quotas.put(idByCode.get(code), Apportionment.share(n, rule.sharePercent)));
        }
        return quotas;
    }

    @Override
    public Map<UUID, Integer> quotasOn(LocalDate asOf) {
        return quotas(QuotaRule.current(), asOf);
    }

    @Override
    public Optional<BigDecimal> sharePercent() {
        QuotaRule rule = QuotaRule.current();
        return rule.method == QuotaMethod.SHARE ? Optional.ofNullable(rule.sharePercent) : Optional.empty();
    }

    public QuotaDtos.RuleView rule() {
        return view(QuotaRule.current());
    }

    /**
     * Changes the rule; every förvaltning whose quota changed is announced (organisation.changed), and every
     * one when the share itself changed, since the events carry it.
     */
    @Transactional
    public QuotaDtos.RuleView changeRule(QuotaDtos.RuleChange change, String ifMatch, String user) {
        QuotaRule rule = QuotaRule.current();
        Versions.require(ifMatch, rule.version);
        QuotaMethod method = Coded.parse(QuotaMethod.class, change.method(), "method");
        List<PlacementKind> kinds = validate(change, method);
        LocalDate today = clock.today();
        Map<UUID, Integer> before = quotas(rule, today);
        Optional<BigDecimal> shareBefore = sharePercent();
        rule.method = method;
        rule.sharePercent = method == QuotaMethod.SHARE ? change.sharePercent() : null;
        rule.total = method == QuotaMethod.TOTAL ? change.total() : null;
        if (!kinds.isEmpty()) {
            rule.kinds = String.join(",", Coded.codes(kinds));
        }
        rule.updatedBy = user;
        rule.updatedAt = clock.now();
        Map<UUID, Integer> after = quotas(rule, today);
        boolean shareChanged = !sameShare(shareBefore, sharePercent());
        after.forEach((id, q) -> {
            if (shareChanged || !q.equals(before.get(id))) {
                organisationEvents.changed(Organisation.findById(id), q);
            }
        });
        em.flush();
        return view(rule);
    }

    private static boolean sameShare(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }

    /** The rule's own checks beyond each field's bounds; answers the kinds given (none: keep the current ones). */
    private static List<PlacementKind> validate(QuotaDtos.RuleChange c, QuotaMethod method) {
        if (method == QuotaMethod.SHARE) {
            if (c.sharePercent() == null || c.sharePercent().signum() <= 0 || c.sharePercent().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw ProblemException.invalid("sharePercent", "ange en andel över 0 och högst 100 / give a share above 0 and at most 100");
            }
        } else if (c.total() == null || c.total() < 0) {
            throw ProblemException.invalid("total", "ange ett totalt antal platser ≥ 0 / give a total ≥ 0");
        }
        List<PlacementKind> kinds = new ArrayList<>();
        for (String k : c.kinds() == null ? List.<String>of() : c.kinds()) {
            kinds.add(Coded.parse(PlacementKind.class, k, "kinds"));
        }
        return kinds;
    }

    /** The table per förvaltning: employees, quota, places registered and filled, fulfilment. */
    public QuotaDtos.Table table(LocalDate asOf) {
        QuotaRule rule = QuotaRule.current();
        Map<UUID, Integer> quotas = quotas(rule, asOf);
        List<String> kinds = Coded.codes(rule.kindList());
        @SuppressWarnings("unchecked")
        List<Object[]> places = em.createNativeQuery("""
                select organisation_id, coalesce(sum(seats), 0), coalesce(sum(seats_filled), 0) from placement
                where status <> 'draft' and kind in (:kinds) and period_start <= :asOf and period_end >= :asOf
                group by organisation_id""").setParameter("kinds", kinds).setParameter("asOf", asOf).getResultList();
        Map<UUID, long[]> placeCounts = new HashMap<>();
        for (Object[] r : places) {
            placeCounts.put((UUID) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        List<QuotaDtos.Row> rows = new ArrayList<>();
        long employees = 0;
        long quota = 0;
        long registered = 0;
        long filled = 0;
        Map<UUID, EmployeeCount> counts = EmployeeCount.latestOfAll(asOf);
        for (Organisation org : Organisation.<Organisation>list("kind = ?1 order by name", OrganisationKind.FORVALTNING)) {
            Optional<EmployeeCount> count = Optional.ofNullable(counts.get(org.id));
            long[] pc = placeCounts.getOrDefault(org.id, new long[2]);
            Integer q = quotas.get(org.id);
            rows.add(new QuotaDtos.Row(org.id, org.code, org.name, count.map(c -> c.employees).orElse(null),
                    count.map(c -> c.countedOn).orElse(null), q, pc[0], pc[1], percent(pc[1], q)));
            employees += count.map(c -> c.employees).orElse(0);
            quota += q == null ? 0 : q;
            registered += pc[0];
            filled += pc[1];
        }
        Integer cityQuota = rule.method == QuotaMethod.TOTAL ? rule.total
                : (employees > Integer.MAX_VALUE ? null : Apportionment.share((int) employees, rule.sharePercent));
        return new QuotaDtos.Table(asOf, view(rule), rows,
                new QuotaDtos.Totals(employees, quota, cityQuota, registered, filled, percent(filled, (int) quota)));
    }

    private static BigDecimal percent(long filled, Integer quota) {
        if (quota == null || quota == 0) {
            return null;
        }
        return BigDecimal.valueOf(filled * 100).divide(BigDecimal.valueOf(quota), 1, RoundingMode.HALF_UP);
    }

    private static QuotaDtos.RuleView view(QuotaRule r) {
        return new QuotaDtos.RuleView(r.method, r.sharePercent, r.total, r.kindList(), r.updatedBy, r.updatedAt, r.version);
    }
}
