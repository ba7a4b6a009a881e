package se.arbetsmarknad.goals.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import se.arbetsmarknad.platform.demo.DemoDataConfig;
import se.arbetsmarknad.goals.forecast.Status;
import se.arbetsmarknad.goals.goal.Goal;
import se.arbetsmarknad.goals.goal.GoalDoc;
import se.arbetsmarknad.goals.goal.GoalService;
import se.arbetsmarknad.goals.goal.GoalViews.JudgementRequest;
import se.arbetsmarknad.goals.plan.Plan;
import se.arbetsmarknad.goals.plan.PlanDocument;
import se.arbetsmarknad.goals.plan.PlanFormats;
import se.arbetsmarknad.goals.plan.PlanService;
import se.arbetsmarknad.goals.statistic.ReferenceData;

/**
 * Demo data ({@code suite.demo-data.enabled=true}): the Uppsala plan 2023–2026 with an adult-population
 * series for its board goal, Lund's production goals 2022 with the judgements of its interim report, and
 * the same production goals for the current year, whose actuals come from reporting-service's demo
 * figures. Loaded through the services (events flow through the outbox), once: a plan that exists by
 * name is left alone. Nothing here is random.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String MANAGER = "maria.chef";
    /**
     * The demo municipality's adult (18+) population per year, the board goal's denominator. Illustrative
     * figures of a municipality of Lund's size (the demo's assistance figures are Lund's), not SCB data.
     */
    static final Map<Integer, Double> ADULTS = Map.of(2021, 99_300.0, 2022, 100_400.0, 2023, 101_500.0,
            2024, 102_300.0, 2025, 103_200.0, 2026, 104_000.0);
    static final String ADULTS_SERIES = "vuxna-invanare";
    /**
     * Lund's column "Kommer att klara målet?" at 2022-08-31, in the order of the plan's goals, each with
     * the reason the report gives (Fördjupad analys av arbetsmarknadsarbetet, delår 2 2022, SO 2022/0167).
     */
    static final List<JudgementRequest> LUND_JUDGEMENTS = List.of(
            new JudgementRequest(Status.JA, "142 personer har startat en kommunal arbetsmarknadsanställning via"
                    + " socialförvaltningen under 2022; målet är 200 på helåret."),
            new JudgementRequest(Status.OSAKERT, "Praktikplaceringarna väntas öka under hösten med Framsteget och som"
                    + " förberedelse inför anställning, men inte i den omfattning att målet nås."),
            new JudgementRequest(Status.OSAKERT, "Studie- och yrkesvägledare på Kristallen varannan vecka;"
                    + " Arbetsförmedlingen prioriterar utbildningsbeslut hösten 2022."),
            new JudgementRequest(Status.JA, "61 personer avslutade till självförsörjning via reguljär anställning"
                    + " fram till 2022-08-31; delmålet bedöms nås."),
            new JudgementRequest(Status.JA, "Satsningen på Supported Employment fortsätter."),
            new JudgementRequest(Status.OSAKERT, "Pågående utvecklingsarbete: SKR:s utvecklingsnätverk och en möjlig"
                    + " pilot med reserverade kontrakt."));
    /** Lund's actuals at 2022-08-31 by indicator code: what the interim follow-up is frozen with. */
    public static final Map<String, Double> LUND_INTERIM = Map.of("L1", 143.0, "L2", 16.0, "L3", 27.0, "L4", 61.0,
            "L5", 70.0);
    public static final String LUND_PLAN = "Självförsörjningsarbetet 2022: produktionsmål";

    @Inject
    DemoDataConfig demoData;
    @Inject
    PlanService plans;
    @Inject
    GoalService goals;
    @Inject
    ReferenceData referenceData;
    @Inject
    PlanFormats formats;
    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent start) {
        if (demoData.enabled()) {
            LOG.infof("Demo data: %d plans loaded", load());
        }
    }

    /** @return how many plans this call created (0 when all were there) */
    public int load() {
        int created = 0;
        PlanDocument uppsala = read("uppsala-2023-2026.yaml");
        if (absent(uppsala.name())) {
            plans.create(uppsala);
            referenceData.put(ADULTS_SERIES, ADULTS);
            created++;
        }
        PlanDocument lund = read("lund-2022.yaml");
        if (absent(lund.name())) {
            UUID id = plans.create(lund).id;
            judge(id, LUND_JUDGEMENTS);
            created++;
        }
        PlanDocument current = forYear(lund, LocalDate.now(clock).getYear());
        if (absent(current.name())) {
            plans.create(current);
            created++;
        }
        return created;
    }

    private void judge(UUID planId, List<JudgementRequest> judgements) {
        List<UUID> ids = QuarkusTransaction.requiringNew()
                .call(() -> Goal.ofPlan(planId).stream().map(g -> g.id).toList());
        for (int i = 0; i < ids.size() && i < judgements.size(); i++) {
            goals.judge(ids.get(i), judgements.get(i), MANAGER);
        }
    }

    /** Lund's production goals moved to another year ("fler än" the year before it). */
    static PlanDocument forYear(PlanDocument lund, int year) {
        List<GoalDoc> moved = new ArrayList<>();
        for (GoalDoc g : lund.goals()) {
            String target = "more-than-previous-year".equals(g.targetKind()) ? "fler än " + (year - 1) : g.target();
            String title = g.title().replace("2021", String.valueOf(year - 1));
            moved.add(new GoalDoc(title, g.indicator(), year, target, g.targetKind()));
        }
        return new PlanDocument(lund.name().replace("2022", String.valueOf(year)), lund.organisation(), year, year,
                lund.boardGoal(), lund.interimMonth(), lund.areas(), lund.actions(), lund.indicators(), moved);
    }

    private static boolean absent(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Plan.count("name", name) == 0);
    }

    private PlanDocument read(String resource) {
        try (InputStream in = DemoData.class.getResourceAsStream("/plans/" + resource)) {
            return formats.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read demo plan " + resource, e);
        }
    }
}
