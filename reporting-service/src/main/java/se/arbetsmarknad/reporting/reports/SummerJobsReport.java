package se.arbetsmarknad.reporting.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/** Feriepraktik (summer jobs) started in a year, by the sector of the organisation and gender. */
@ApplicationScoped
public class SummerJobsReport implements Report {

    /** Summer jobs of one sector: women, men, everyone (T also counts those whose gender is unknown). */
    public record SectorRow(String sector, Long women, Long men, Long total) {
        static SectorRow none(String sector) {
            return new SectorRow(sector, 0L, 0L, 0L);
        }
    }

    @Inject
    Session session;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "summer-jobs";
    }

    /** Every known sector (with zeros where none started), then any other the organisations name. */
    List<SectorRow> sectors(int year, String unit) {
        Map<String, SectorRow> bySector = new LinkedHashMap<>();
        Sectors.ALL.forEach(s -> bySector.put(s, SectorRow.none(s)));
        session.createNativeQuery("""
                select coalesce(o.sector, 'okand') as sector,
                  count(*) filter (where ps.gender = 'K') as women, count(*) filter (where ps.gender = 'M') as men,
                  count(*) as total
                from match_state m
                left join organisation o on o.organisation_id = m.organisation_id
                left join participant_state ps on ps.participant_id = m.participant_id
                where m.kind = 'feriepraktik' and m.status in ('started', 'ended')
                  and extract(year from coalesce(m.start_date, m.on_date)) = :y
                  and (cast(:unit as text) is null or m.unit = cast(:unit as text))
                group by 1 order by 1""", SectorRow.class).setParameter("y", year).setParameter("unit", unit)
                .getResultList().forEach(r -> bySector.put(r.sector(), r));
        return List.copyOf(bySector.values());
    }

    @Override
    public Table build(Params p, Scope scope) {
        int year = p.year("year", LocalDate.now(clock).getYear());
        String unit = scope.unitFilter(p.text("unit"));
        Table t = new Table("Feriepraktik " + year + " per sektor" + (unit != null ? " – " + unit : ""),
                new Column("sector", "Sektor", Type.TEXT), new Column("K", "Kvinnor", Type.COUNT),
                new Column("M", "Män", Type.COUNT), new Column("T", "Totalt", Type.COUNT));
        Totals totals = new Totals(List.of("K", "M", "T"), List.of());
        for (SectorRow s : sectors(year, unit)) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("sector", Table.text(Sectors.name(s.sector())));
            row.put("K", totals.count("K", s.women()));
            row.put("M", totals.count("M", s.men()));
            row.put("T", totals.count("T", s.total()));
            t.relation(row.get("K"), row.get("M"), row.get("T"));
        }
        Map<String, Table.Cell> total = totals.addRow(t, "sector", "Totalt");
        t.relation(total.get("K"), total.get("M"), total.get("T"));
        t.period("år " + year);
        return Suppression.protect(t);
    }
}
