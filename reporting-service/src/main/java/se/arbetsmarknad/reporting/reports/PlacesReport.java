package se.arbetsmarknad.reporting.reports;

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

/** Places (seats) and filled seats of open or filled placements, by sector. */
@ApplicationScoped
public class PlacesReport implements Report {

    public record SectorSeats(String sector, Long seats, Long filled) {
    }

    @Inject
    Session session;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "places";
    }

    List<SectorSeats> sectors() {
        return session.createNativeQuery("""
                select coalesce(o.sector, 'okand') as sector, coalesce(sum(pl.seats), 0) as seats,
                  coalesce(sum(pl.seats_filled), 0) as filled
                from placement pl left join organisation o on o.organisation_id = pl.organisation_id
                where pl.status in ('open', 'filled') group by 1 order by 1""", SectorSeats.class).getResultList();
    }

    @Override
    public Table build(Params p, Scope scope) {
        scope.requireMunicipalityWide();
        Table t = new Table("Platser per sektor", new Column("sector", "Sektor", Type.TEXT),
                new Column("seats", "Platser", Type.NUMBER), new Column("filled", "Tillsatta", Type.COUNT));
        Totals totals = new Totals(List.of("filled"), List.of("seats"));
        for (SectorSeats s : sectors()) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("sector", Table.text(Sectors.name(s.sector())));
            row.put("seats", totals.number("seats", s.seats()));
            row.put("filled", totals.count("filled", s.filled()));
        }
        totals.addRow(t, "sector", "Totalt");
        t.period("per " + LocalDate.now(clock));
        return Suppression.protect(t);
    }
}
