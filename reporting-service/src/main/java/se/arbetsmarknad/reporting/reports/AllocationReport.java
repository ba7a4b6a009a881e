package se.arbetsmarknad.reporting.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;
import se.arbetsmarknad.reporting.table.Table.Column;
import se.arbetsmarknad.reporting.table.Table.Type;
import se.arbetsmarknad.reporting.table.Totals;

/**
 * Fördelningsmodell (Malmö Tabell 1): per förvaltning its employees, its quota of places and how many
 * hold an employment or an internship there on a date, and how far the quota is met.
 */
@ApplicationScoped
public class AllocationReport implements Report {

    /** Praktik kinds, as opposed to employments (anställningar med stöd), in placement-service's kind list. */
    static final List<String> INTERNSHIP_KINDS = List.of("praktik", "feriepraktik");

    /** One förvaltning on the date: employees and quota as registered, people placed there. */
    public record OrganisationRow(String name, Integer employees, Integer quota, Long employed, Long interns) {
    }

    @Inject
    Session session;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "allocation";
    }

    List<OrganisationRow> organisations(LocalDate asOf) {
        return session.createNativeQuery("""
                select o.name, o.employees, o.quota,
                  count(m.match_id) filter (where m.kind not in (:internships)) as employed,
                  count(m.match_id) filter (where m.kind in (:internships)) as interns
                from organisation o
                left join match_state m on m.organisation_id = o.organisation_id and m.status = 'started'
                  and (m.start_date is null or m.start_date <= :asOf) and (m.end_date is null or m.end_date >= :asOf)
                where o.kind in ('forvaltning', 'asf') or o.quota is not null
                group by o.organisation_id, o.name, o.employees, o.quota order by o.name""", OrganisationRow.class)
                .setParameter("internships", INTERNSHIP_KINDS).setParameter("asOf", asOf).getResultList();
    }

    @Override
    public Table build(Params p, Scope scope) {
        scope.requireMunicipalityWide();
        LocalDate asOf = p.date("asOf", LocalDate.now(clock));
        Table t = new Table("Fördelningsmodell per " + asOf + " – antal anställda och fördelning av platser",
                new Column("organisation", "Förvaltning", Type.TEXT),
                new Column("employees", "Antal anställda", Type.NUMBER),
                new Column("quota", "Fördelningstal (platser)", Type.NUMBER),
                new Column("employed", "Arbetsmarknadsanställda", Type.COUNT),
                new Column("interns", "Praktikanter", Type.COUNT),
                new Column("fulfilment", "Uppfyllnad anställningar", Type.PERCENT));
        Totals totals = new Totals(List.of("employed", "interns"), List.of("employees", "quota"));
        long employed = 0;
        long quota = 0;
        for (OrganisationRow o : organisations(asOf)) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("organisation", Table.text(o.name()));
            row.put("employees", optional(totals, "employees", o.employees()));
            row.put("quota", optional(totals, "quota", o.quota()));
            row.put("employed", totals.count("employed", o.employed()));
            row.put("interns", totals.count("interns", o.interns()));
            row.put("fulfilment", fulfilment(o.employed(), o.quota() == null ? 0 : o.quota(), row.get("employed")));
            employed += o.employed();
            quota += o.quota() == null ? 0 : o.quota();
        }
        Map<String, Table.Cell> total = totals.addRow(t, "organisation", "Totalt");
        total.put("fulfilment", fulfilment(employed, quota, total.get("employed")));
        t.note("Fördelningstal: förvaltningens andel av kommunens platser i fördelningsmodellen / "
                + "quota: the administration's share of places in the allocation model");
        t.period("per " + asOf);
        return Suppression.protect(t);
    }

    /** A registered number, or an empty cell where the organisation has none. */
    private static Table.Cell optional(Totals totals, String column, Integer n) {
        if (n == null) {
            return Table.text("");
        }
        return totals.number(column, n);
    }

    /** Employed as a percentage of the quota, hidden with the count it is computed from; none without a quota. */
    private static Table.Cell fulfilment(long employed, long quota, Table.Cell source) {
        if (quota == 0) {
            return Table.text("");
        }
        BigDecimal pct = BigDecimal.valueOf(employed * 100).divide(BigDecimal.valueOf(quota), 1, RoundingMode.HALF_UP);
        return Table.derivedFrom(pct, source);
    }
}
