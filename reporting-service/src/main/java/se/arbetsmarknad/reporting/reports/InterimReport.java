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
 * (the manager's judgement where given, else the computed status) and the comment, from goal.events.v1:
 * as frozen at the year's interim follow-up when there is one, else as last evaluated.
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

    /**
     * The year's goals: as frozen at the year's interim follow-up (the delårsrapport, e.g. Lund's of
     * 2022-08-31) where one was frozen, otherwise as last evaluated.
     */
    List<GoalRow> goals(int year) {
        return session.createNativeQuery("""
                select g.title, g.target, g.unit,
                  case when f.goal_id is null then g.as_of else f.as_of end,
                  case when f.goal_id is null then g.actual else f.actual end,
                  case when f.goal_id is null then g.forecast else f.forecast end,
                  case when f.goal_id is null then g.computed_status else f.computed_status end,
                  case when f.goal_id is null then g.judgement else f.judgement end,
                  g.judgement_comment
                from goal g
                left join lateral (select * from goal_follow_up fu where fu.goal_id = g.goal_id and fu.kind = 'interim'
                  and fu.month like :prefix order by fu.month desc limit 1) f on true
                where g.year = :y and g.title is not null order by g.title""", GoalRow.class)
                .setParameter("y", year).setParameter("prefix", year + "-%").getResultList();
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
