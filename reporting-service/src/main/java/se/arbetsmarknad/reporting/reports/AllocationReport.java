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

import se.arbetsmarknad.platform.domain.QuotaShare;
import se.arbetsmarknad.reporting.access.Scope;
import se.arbetsmarknad.reporting.table.Formats;
import se.arbetsmarknad.reporting.table.Suppression;
import se.arbetsmarknad.reporting.table.Table;
import se.arbetsmarknad.reporting.table.Table.Column;
import se.arbetsmarknad.reporting.table.Table.Type;
import se.arbetsmarknad.reporting.table.Totals;

/**
 * Fördelningsmodell (Malmö Tabell 1): per förvaltning its employees, its quota of places and how many
 * held an employment or an internship there on a date ({@code asOf}, e.g. 2020-09-28), and how far the
 * quota is met; under the rows' total, the city's own quota when the quotas are a share of the employees.
 */
@ApplicationScoped
public class AllocationReport implements Report {

    /** Praktik kinds, as opposed to employments (anställningar med stöd), in placement-service's kind list. */
    static final List<String> INTERNSHIP_KINDS = List.of("praktik", "feriepraktik");
    /** The total row: the sum of the rows, each quota rounded on its own. */
    static final String TOTAL_OF_ROWS = "Totalt (summa av raderna)";
    /** The row of the city's own quota, the share of all employees at once. */
    static final String CITY_QUOTA = "Stadens kvot";

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

    /** Each förvaltning with the people who held one of its placements on {@code day} (see {@link HeldOn}). */
    List<OrganisationRow> organisations(LocalDate day) {
        return session.createNativeQuery("""
                select o.name, o.employees, o.quota,
                  count(m.match_id) filter (where m.kind not in (:internships)) as employed,
                  count(m.match_id) filter (where m.kind in (:internships)) as interns
                from organisation o
                left join match_state m on m.organisation_id = o.organisation_id and """ + HeldOn.SQL + """

                where o.kind in ('forvaltning', 'asf') or o.quota is not null
                group by o.organisation_id, o.name, o.employees, o.quota order by o.name""", OrganisationRow.class)
                .setParameter("internships", INTERNSHIP_KINDS).setParameter("day", day).getResultList();
    }

    /** The share of employees the quotas are, when the fördelningsmodell is a share (Malmö: 5.7); else null. */
    BigDecimal quotaShare() {
        return session.createNativeQuery("select max(quota_share) from organisation where quota is not null",
                BigDecimal.class).getSingleResult();
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
        long employees = 0;
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
            employees += o.employees() == null ? 0 : o.employees();
        }
        Map<String, Table.Cell> total = totals.addRow(t, "organisation", TOTAL_OF_ROWS);
        total.put("fulfilment", fulfilment(employed, quota, total.get("employed")));
        BigDecimal share = quotaShare();
        if (share != null && employees > 0) {
            cityQuota(t, share, employees, employed, total.get("employed"));
        }
        t.note("Fördelningstal: förvaltningens andel av kommunens platser i fördelningsmodellen, avrundad per förvaltning;"
                + " summan av raderna kan därför skilja sig från stadens kvot (andelen av alla anställda) / quota: the"
                + " administration's share of places, rounded per row; the rows' sum may differ from the city's quota");
        t.note("Arbetsmarknadsanställda och praktikanter: de som hade en plats hos förvaltningen den " + asOf
                + " (påbörjad senast då och inte avslutad före) / those who held a placement there on that day");
        t.period("per " + asOf);
        return Suppression.protect(t);
    }

    /**
     * The city's own quota, the share of all employees (Malmö: 5,7 % av 26 590 = 1 516), named as such under
     * the sum of the rows that were rounded one by one (1 515).
     */
    private static void cityQuota(Table t, BigDecimal share, long employees, long employed, Table.Cell employedTotal) {
        long city = QuotaShare.of(employees, share);
        Map<String, Table.Cell> row = t.addRow();
        row.put("organisation", Table.text(CITY_QUOTA + " (" + Formats.number(share.stripTrailingZeros(), Type.NUMBER)
                + " % av " + Formats.number(employees, Type.NUMBER) + " anställda)"));
        row.put("employees", Table.number(employees));
        row.put("quota", Table.number(city));
        row.put("employed", Table.text(""));
        row.put("interns", Table.text(""));
        row.put("fulfilment", fulfilment(employed, city, employedTotal));
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
