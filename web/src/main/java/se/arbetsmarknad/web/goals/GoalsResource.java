package se.arbetsmarknad.web.goals;

import static se.arbetsmarknad.web.clients.Calls.join;

import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.GoalsApi;
import se.arbetsmarknad.web.clients.GoalsDtos.FollowUp;
import se.arbetsmarknad.web.clients.GoalsDtos.FreezeRequest;
import se.arbetsmarknad.web.clients.GoalsDtos.Goal;
import se.arbetsmarknad.web.clients.GoalsDtos.GoalStatus;
import se.arbetsmarknad.web.clients.GoalsDtos.Judgement;
import se.arbetsmarknad.web.clients.GoalsDtos.JudgementRequest;
import se.arbetsmarknad.web.clients.GoalsDtos.MilestoneRequest;
import se.arbetsmarknad.web.clients.GoalsDtos.Plan;
import se.arbetsmarknad.web.clients.GoalsDtos.PlanSummary;
import se.arbetsmarknad.web.clients.ReferenceData;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.format.Formats;
import se.arbetsmarknad.web.format.Labels;
import se.arbetsmarknad.web.format.Labels.Option;
import se.arbetsmarknad.web.format.Today;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * Goals and follow-up for managers: the plans; a plan's board goal, areas, actions and indicators with every
 * goal's actual, forecast, computed status and judgement for a year; a goal with its judgement history, where
 * the manager sets a new judgement and marks milestones; the plan's follow-ups, freezing an ended month and
 * commenting. Every figure is goals-service's: the page computes nothing.
 */
@Path("/")
@RolesAllowed(SignedInUser.MANAGER)
@Produces(MediaType.TEXT_HTML)
public class GoalsResource {

    static final Map<String, String> DONE = Map.of(
            "bedomning", "Bedömningen är sparad.",
            "milstolpe", "Milstolpen är uppdaterad.",
            "fryst", "Uppföljningen är fryst. Den ändras inte av senare siffror.",
            "redan-fryst", "Månaden var redan fryst: här är uppföljningen som den frystes.",
            "kommentar", "Kommentaren är sparad.");
    static final Map<String, String> LABELS = Map.of("status", "Kommer målet att nås?", "comment", "Kommentar", "month", "Månad",
            "kind", "Slag av uppföljning", "text", "Kommentar");

    @Inject
    @RestClient
    GoalsApi goals;
    @Inject
    ReferenceData reference;

    /** A month that can be frozen, for the select: "2022-08" and "augusti 2022 (delårsrapport)". */
    public record MonthOption(String code, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(List<PlanSummary> plans);

        static native TemplateInstance plan(Plan plan, int year, List<GoalStatus> statuses, ReferenceData ref);

        static native TemplateInstance goal(Plan plan, GoalStatus status, Goal goal, List<Judgement> judgements, Form form,
                List<Option> statuses, String done, String statistic);

        static native TemplateInstance followUps(Plan plan, List<FollowUp> followUps, List<MonthOption> months, Form form,
                List<Option> kinds);

        static native TemplateInstance followUp(Plan plan, FollowUp followUp, Form form, String done);
    }

    /** As many plans as one page of goals-service may hold. */
    static final int PLANS_PAGE = 500;

    @GET
    @Path("chef")
    public TemplateInstance landing() {
        return Templates.landing(goals.plans(PLANS_PAGE).items());
    }

    @GET
    @Path("mal/{plan}")
    public TemplateInstance plan(@PathParam("plan") UUID planId, @QueryParam("ar") Integer year) {
        // The plan and its goals' statuses at once, for the year the page will most likely show (the one asked for, else
        // this year). Only when the plan's period says otherwise (a past plan, a year outside it) is the status asked
        // again; the first answer then held no goal, which goals-service finds without evaluating any.
        int guess = year != null ? year : Today.get().getYear();
        var statuses = goals.planStatusAsync(planId, guess);
        Plan plan = join(goals.planAsync(planId));
        int y = yearOf(plan, year);
        return Templates.plan(plan, y, y == guess ? join(statuses) : goals.planStatus(planId, y), reference);
    }

    @GET
    @Path("mal/{plan}/mal/{goal}")
    public TemplateInstance goal(@PathParam("plan") UUID planId, @PathParam("goal") UUID goalId, @QueryParam("klart") String done) {
        return page(planId, goalId, Form.empty().labels(LABELS), done == null ? null : DONE.get(done));
    }

    @POST
    @Path("mal/{plan}/mal/{goal}/bedomning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response judge(@PathParam("plan") UUID planId, @PathParam("goal") UUID goalId, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(LABELS);
        String status = form.raw("status");
        if (status == null || Labels.options("goalStatus").stream().noneMatch(o -> o.code().equals(status))) {
            form.error("status", "Välj Ja, Osäkert eller Nej.");
        }
        if (!form.hasErrors()) {
            try {
                goals.judge(goalId, new JudgementRequest(status, form.raw("comment")));
                return Response.seeOther(URI.create("/mal/" + planId + "/mal/" + goalId + "?klart=bedomning")).build();
            } catch (ServiceProblem p) {
                p.rethrowUnlessAboutTheInput();
                form.fromProblem(p, f -> LABELS.containsKey(f) ? f : null);
            }
        }
        return goalPage(planId, goalId, form, null, 422);
    }

    @POST
    @Path("mal/{plan}/mal/{goal}/milstolpe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response milestone(@PathParam("plan") UUID planId, @PathParam("goal") UUID goalId, MultivaluedMap<String, String> posted) {
        try {
            goals.milestone(goalId, new MilestoneRequest("true".equals(posted.getFirst("reached"))));
            return Response.seeOther(URI.create("/mal/" + planId + "/mal/" + goalId + "?klart=milstolpe")).build();
        } catch (ServiceProblem p) {
            p.rethrowUnlessAboutTheInput();
            return goalPage(planId, goalId, Form.empty().message(p.message()), null, 409);
        }
    }

    @GET
    @Path("mal/{plan}/uppfoljning")
    public TemplateInstance followUps(@PathParam("plan") UUID planId) {
        Plan plan = goals.plan(planId);
        return followUpsPage(plan, Form.empty().labels(LABELS).value("month", defaultMonth(plan)));
    }

    @POST
    @Path("mal/{plan}/uppfoljning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response freeze(@PathParam("plan") UUID planId, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(LABELS);
        Plan plan = goals.plan(planId);
        String month = form.raw("month");
        if (month == null) {
            form.error("month", "Välj en månad.");
        }
        if (!form.hasErrors()) {
            try {
                // 201: frozen now; 200: the month was frozen before, and that follow-up stands unchanged.
                RestResponse<FollowUp> frozen = goals.freeze(planId, new FreezeRequest(month, form.raw("kind")));
                String done = frozen.getStatus() == 201 ? "fryst" : "redan-fryst";
                return Response.seeOther(URI.create("/uppfoljning/" + frozen.getEntity().id() + "?klart=" + done)).build();
            } catch (ServiceProblem p) {
                p.rethrowUnlessAboutTheInput();
                form.fromProblem(p, f -> LABELS.containsKey(f) ? f : null);
            }
        }
        return Response.status(422).entity(followUpsPage(plan, form)).build();
    }

    @GET
    @Path("uppfoljning/{id}")
    public TemplateInstance followUp(@PathParam("id") UUID id, @QueryParam("klart") String done) {
        FollowUp f = goals.followUp(id);
        return Templates.followUp(goals.plan(f.planId()), f, Form.empty().labels(LABELS), done == null ? null : DONE.get(done));
    }

    @POST
    @Path("uppfoljning/{id}/kommentar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(LABELS);
        if (form.raw("text") == null) {
            form.error("text", "Skriv en kommentar.");
        }
        if (!form.hasErrors()) {
            try {
                goals.comment(id, new se.arbetsmarknad.web.clients.GoalsDtos.CommentRequest(form.raw("text")));
                return Response.seeOther(URI.create("/uppfoljning/" + id + "?klart=kommentar")).build();
            } catch (ServiceProblem p) {
                p.rethrowUnlessAboutTheInput();
                form.fromProblem(p, f -> LABELS.containsKey(f) ? f : null);
            }
        }
        FollowUp f = goals.followUp(id);
        return Response.status(422).entity(Templates.followUp(goals.plan(f.planId()), f, form, null)).build();
    }

    /** The plan, the goal's status and its judgements at once; a goal that is not the plan's is not found, whatever the others said. */
    private TemplateInstance page(UUID planId, UUID goalId, Form form, String done) {
        var status = goals.goalStatusAsync(goalId);
        var judgements = goals.judgementsAsync(goalId);
        Plan plan = join(goals.planAsync(planId));
        Goal goal = plan.goals().stream().filter(g -> g.id().equals(goalId)).findFirst().orElseThrow(NotFoundException::new);
        return Templates.goal(plan, join(status), goal, join(judgements), form, Labels.options("goalStatus"), done,
                reference.statisticName(goal.statistic()));
    }

    private Response goalPage(UUID planId, UUID goalId, Form form, String done, int status) {
        return Response.status(status).entity(page(planId, goalId, form, done)).build();
    }

    private TemplateInstance followUpsPage(Plan plan, Form form) {
        return Templates.followUps(plan, goals.followUps(plan.id()), endedMonths(plan), form, Labels.options("followUpKind"));
    }

    /** The months of the plan's period that have ended, newest first, each marked when it is the interim or year end. */
    static List<MonthOption> endedMonths(Plan plan) {
        YearMonth last = YearMonth.from(Today.get()).minusMonths(1);
        int interim = plan.interimMonth() == null ? 8 : plan.interimMonth();
        List<MonthOption> out = new ArrayList<>();
        for (YearMonth m = YearMonth.of(Math.min(plan.periodTo(), last.getYear()), 12); !m.isBefore(YearMonth.of(plan.periodFrom(), 1));
                m = m.minusMonths(1)) {
            if (m.isAfter(last)) {
                continue;
            }
            String mark = m.getMonthValue() == 12 ? " (årsbokslut)" : m.getMonthValue() == interim ? " (delårsrapport)" : "";
            out.add(new MonthOption(m.toString(), Formats.month(m.toString()) + mark));
        }
        return out;
    }

    /** The newest ended month of the period, which a manager most likely freezes. */
    static String defaultMonth(Plan plan) {
        List<MonthOption> months = endedMonths(plan);
        return months.isEmpty() ? null : months.get(0).code();
    }

    /** The year asked for when it is in the plan's period, else this year when it is, else the period's last year. */
    static int yearOf(Plan plan, Integer asked) {
        if (asked != null && asked >= plan.periodFrom() && asked <= plan.periodTo()) {
            return asked;
        }
        int now = Today.get().getYear();
        return now >= plan.periodFrom() && now <= plan.periodTo() ? now : plan.periodTo();
    }

}
