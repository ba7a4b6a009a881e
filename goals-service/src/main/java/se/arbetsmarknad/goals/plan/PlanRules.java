package se.arbetsmarknad.goals.plan;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.arbetsmarknad.goals.catalogue.StatisticsCatalogue;
import se.arbetsmarknad.goals.goal.GoalDoc;
import se.arbetsmarknad.goals.goal.GoalRules;
import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * The rules a plan's parts must keep, checked before anything is written (a whole import too): each
 * failure is a 400 naming the field, e.g. {@code actions[3].number}.
 */
@ApplicationScoped
public class PlanRules {

    @Inject
    StatisticsCatalogue catalogue;

    public void checkDocument(PlanDocument doc) {
        checkPeriod(doc.periodFrom(), doc.periodTo());
        Set<Integer> areas = new HashSet<>();
        for (int i = 0; i < doc.areas().size(); i++) {
            if (!areas.add(doc.areas().get(i).number())) {
                throw ProblemException.invalid("areas[" + i + "].number",
                        "målområdet finns redan / duplicate goal area number " + doc.areas().get(i).number());
            }
        }
        Set<Integer> actions = new HashSet<>();
        for (int i = 0; i < doc.actions().size(); i++) {
            PlanDocument.Action a = doc.actions().get(i);
            String at = "actions[" + i + "]";
            if (!actions.add(a.number())) {
                throw ProblemException.invalid(at + ".number",
                        "åtgärdsnumret finns redan / duplicate action number " + a.number());
            }
            checkAction(at, a, areas::contains);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < doc.indicators().size(); i++) {
            PlanDocument.IndicatorDoc ind = doc.indicators().get(i);
            String at = "indicators[" + i + "]";
            if (!codes.add(ind.code())) {
                throw ProblemException.invalid(at + ".code", "indikatorkoden finns redan / duplicate indicator code");
            }
            checkIndicator(at, ind, areas::contains);
        }
        for (int i = 0; i < doc.goals().size(); i++) {
            GoalDoc g = doc.goals().get(i);
            Optional<PlanDocument.IndicatorDoc> ind = doc.indicators().stream()
                    .filter(x -> x.code().equals(g.indicator())).findFirst();
            if (g.indicator() != null && ind.isEmpty()) {
                throw ProblemException.invalid("goals[" + i + "].indicator",
                        "ingen indikator med koden " + g.indicator() + " / no indicator with that code");
            }
            GoalRules.check("goals[" + i + "]", g, ind.map(PlanDocument.IndicatorDoc::unit).orElse(null),
                    doc.periodFrom(), doc.periodTo());
        }
    }

    public void checkPeriod(int from, int to) {
        if (to < from) {
            throw ProblemException.invalid("periodTo", "perioden slutar före start / the period ends before it starts");
        }
    }

    public void checkAction(String at, PlanDocument.Action a, java.util.function.IntPredicate areaExists) {
        if (a.yearTo() < a.yearFrom()) {
            throw ProblemException.invalid(at + ".yearTo", "slutår före startår / ends before it starts");
        }
        if (a.area() != null && !areaExists.test(a.area())) {
            throw ProblemException.invalid(at + ".area", "inget målområde " + a.area() + " / no such goal area");
        }
    }

    public void checkIndicator(String at, PlanDocument.IndicatorDoc ind, java.util.function.IntPredicate areaExists) {
        if (ind.area() != null && !areaExists.test(ind.area())) {
            throw ProblemException.invalid(at + ".area", "inget målområde " + ind.area() + " / no such goal area");
        }
        if (ind.statistic() == null) {
            return;
        }
        var stat = catalogue.find(ind.statistic()).orElseThrow(() -> ProblemException.invalid(at + ".statistic",
                "okänd statistik '" + ind.statistic() + "', se statistikkatalogen / not in the statistics catalogue"));
        if (ind.denominator() != null && catalogue.contains(ind.denominator())) {
            // A share of one statistic in another (e.g. the long-term among all adult recipients).
            var whole = catalogue.find(ind.denominator()).orElseThrow();
            if (!"percent".equals(ind.unit())) {
                throw ProblemException.invalid(at + ".unit", "en andel av en annan statistik mäts i percent / "
                        + "a share of another statistic is measured in percent");
            }
            if (!whole.unit().equals(stat.unit()) || "percent".equals(stat.unit())) {
                throw ProblemException.invalid(at + ".denominator", "statistiken " + whole.id() + " räknas i "
                        + whole.unit() + ", inte som " + stat.id() + " / the denominator must count like the statistic");
            }
            return;
        }
        boolean ratio = "percent".equals(ind.unit()) && !"percent".equals(stat.unit());
        if (ratio && (ind.denominator() == null || ind.denominator().isBlank())) {
            throw ProblemException.invalid(at + ".denominator", "en andel av ett antal behöver en referensserie som nämnare"
                    + " / a percentage of a count needs a reference series as denominator");
        }
        if (!ratio && !stat.unit().equals(ind.unit())) {
            throw ProblemException.invalid(at + ".unit", "statistiken " + stat.id() + " räknas i " + stat.unit()
                    + " / the statistic's unit is " + stat.unit());
        }
    }
}
