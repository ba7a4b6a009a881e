package se.arbetsmarknad.web.admin;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.arbetsmarknad.web.clients.AdminDtos.AuditRow;
import se.arbetsmarknad.web.clients.AdminDtos.Verification;
import se.arbetsmarknad.web.clients.Page;
import se.arbetsmarknad.web.clients.ParticipantApi;
import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.format.Today;
import se.arbetsmarknad.web.security.SignedInUser;

/**
 * The audit log (loggning): who read or changed whose personal data, searched by participant (pseudonymous
 * id), user, action and period; and the check of its hash chain with the result in words.
 */
@Path("/admin/logg")
@RolesAllowed(SignedInUser.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    static final int PAGE_SIZE = 50;
    static final Map<String, String> LABELS = Map.of("deltagare", "Deltagare (id)", "anvandare", "Användare", "handelse", "Händelse",
            "fran", "Från och med", "till", "Till och med", "ankare", "Förankring från driftloggen");

    @Inject
    @RestClient
    ParticipantApi participants;

    /** The search as the address carries it, for the pager. */
    public record Query(String participant, String user, String action, String from, String to) {
        public String href(int page) {
            StringBuilder b = new StringBuilder("/admin/logg?");
            add(b, "deltagare", participant);
            add(b, "anvandare", user);
            add(b, "handelse", action);
            add(b, "fran", from);
            add(b, "till", to);
            return b.append("sida=").append(page).toString();
        }

        public String pagerHref() {
            String h = href(0);
            return h.substring(0, h.length() - 1);
        }

        private static void add(StringBuilder b, String key, String value) {
            if (value != null && !value.isBlank()) {
                b.append(key).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&');
            }
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Form form, Query query, Page<AuditRow> rows);

        static native TemplateInstance verify(Form form, Verification result);
    }

    @GET
    public Response search(@QueryParam("deltagare") String participant, @QueryParam("anvandare") String user,
            @QueryParam("handelse") String action, @QueryParam("fran") String from, @QueryParam("till") String to,
            @QueryParam("sida") Integer page) {
        Form form = Form.empty().labels(LABELS).value("deltagare", participant).value("anvandare", user).value("handelse", action)
                .value("fran", from).value("till", to);
        UUID id = FormInput.uuid(form, "deltagare");
        if (form.error("deltagare") != null) {
            form.error("deltagare", "Ange deltagarens id, till exempel 0f8e7a52-3f7c-4f0e-9a35-6f1d2b9c8e41.");
        }
        LocalDate fromDay = FormInput.date(form, "fran");
        LocalDate toDay = FormInput.date(form, "till");
        Query query = new Query(participant, user, action, from, to);
        if (form.hasErrors()) {
            return Response.status(422).entity(Templates.audit(form, query, null)).build();
        }
        try {
            // The period is whole days in the municipality's time; the service's "to" is exclusive.
            Page<AuditRow> rows = participants.audit(id, form.raw("anvandare"), form.raw("handelse"),
                    fromDay == null ? null : utc(fromDay), toDay == null ? null : utc(toDay.plusDays(1)),
                    page == null || page < 0 ? 0 : page, PAGE_SIZE);
            return Response.ok(Templates.audit(form, query, rows)).build();
        } catch (ServiceProblem p) {
            p.rethrowUnlessAboutTheInput();
            form.fromProblem(p, AuditResource::field);
            return Response.status(422).entity(Templates.audit(form, query, null)).build();
        }
    }

    @GET
    @Path("kontroll")
    public TemplateInstance verifyForm() {
        return Templates.verify(Form.empty().labels(LABELS), null);
    }

    /** Walks the whole chain (participant-service seals what has committed first): a POST, as it is work, not a view. */
    @POST
    @Path("kontroll")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(MultivaluedMap<String, String> posted) {
        Form form = Form.of(posted).labels(LABELS);
        try {
            return Response.ok(Templates.verify(form, participants.verifyAudit(form.raw("ankare")))).build();
        } catch (ServiceProblem p) {
            p.rethrowUnlessAboutTheInput();
            form.fromProblem(p, f -> f.equals("anchor") ? "ankare" : null);
            return Response.status(422).entity(Templates.verify(form, null)).build();
        }
    }

    /** The start of a day in Stockholm as an ISO instant in UTC ("2026-11-30T23:00Z": no "+" to encode). */
    static String utc(LocalDate day) {
        return day.atStartOfDay(Today.ZONE).toInstant().atOffset(java.time.ZoneOffset.UTC).toString();
    }

    private static String field(String servicePath) {
        return switch (servicePath) {
            case "participantId" -> "deltagare";
            case "username" -> "anvandare";
            case "action" -> "handelse";
            case "from" -> "fran";
            case "to" -> "till";
            default -> null;
        };
    }
}
