package se.arbetsmarknad.reporting.reports;

import java.math.BigDecimal;
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

/**
 * Delårsrapport in Lund's form: goal, target, actual at a date, forecast, "kommer att klara målet"
 * (the manager's judgement where given, else the computed status) and the comment, from goal.events.v1.
 */
@ApplicationScoped
public class InterimReport implements Report {

    /** A goal as goals-service last described and evaluated it. */
    public record GoalRow(String title, String target, String unit, LocalDate asOf, BigDecimal actual,
            BigDecimal forecast, String computedStatus, String judgement, String judgementComment) {
    }

    @Inject
    Session session;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "interim";
    }

    List<GoalRow> goals(int year) {
        return session.createNativeQuery("""
                select title, target, unit, as_of, actual, forecast, computed_status, judgement, judgement_comment
                from goal where year = :y and title is not null order by title""", GoalRow.class)
                .setParameter("y", year).getResultList();
    }

    @Override
    public Table build(Params p, Scope scope) {
        scope.requireMunicipalityWide();
        int year = p.year("year", LocalDate.now(clock).getYear());
        Table t = new Table("Delårsrapport " + year + " – måluppfyllelse",
                new Column("goal", "Mål", Type.TEXT), new Column("target", "Målvärde", Type.TEXT),
                new Column("asOf", "Utfall per", Type.TEXT), new Column("actual", "Utfall", Type.NUMBER),
                new Column("forecast", "Prognos helår", Type.NUMBER),
                new Column("computed", "Beräknad bedömning", Type.TEXT),
                new Column("willMeet", "Kommer att klara målet", Type.TEXT),
                new Column("comment", "Kommentar", Type.TEXT));
        List<GoalRow> goals = goals(year);
        for (GoalRow g : goals) {
            Map<String, Table.Cell> row = t.addRow();
            row.put("goal", Table.text(g.title()));
            row.put("target", Table.text(orEmpty(g.target())));
            row.put("asOf", Table.text(g.asOf() == null ? "" : g.asOf().toString()));
            Table.Cell actual = g.actual() == null ? Table.text("")
                    : "count".equals(g.unit()) ? Table.measure(g.actual(), g.actual().longValue()) : Table.number(g.actual());
            row.put("actual", actual);
            // A forecast is extrapolated from the actual: hidden whenever the actual is.
            row.put("forecast", g.forecast() == null ? Table.text("") : Table.derivedFrom(g.forecast(), actual));
            row.put("computed", Table.text(status(g.computedStatus())));
            row.put("willMeet", Table.text(status(g.judgement() != null ? g.judgement() : g.computedStatus())));
            row.put("comment", Table.text(orEmpty(g.judgementComment())));
        }
        t.period("år " + year + goals.stream().map(GoalRow::asOf).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).map(d -> ", utfall per " + d).orElse(""));
        return Suppression.protect(t);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** goals-service's status codes as Lund writes them. */
    static String status(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "JA" -> "Ja";
            case "NEJ" -> "Nej";
            case "OSAKERT" -> "Osäkert";
            default -> code;
        };
    }
}
