package se.arbetsmarknad.web.errors;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import se.arbetsmarknad.web.clients.ServiceProblem;

/**
 * Every failure becomes a Swedish page (or, for htmx, a message in place): a service's 404 and 403 say
 * "finns inte eller du saknar behörighet", a service that does not answer says so, and anything else gets
 * a reference to the log. No stack trace, no English, no hint of what exists.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    @Location("errors/page.html")
    Template page;
    @Inject
    @Location("errors/fragment.html")
    Template fragment;

    @ServerExceptionMapper
    public Response serviceProblem(ServiceProblem e, HttpHeaders headers) {
        if (e.status() >= 500) {
            LOG.warnf("A service failed: %s", e.getMessage());
        }
        int status = e.notFound() || e.status() == 403 ? 404 : e.status() >= 500 ? 503 : e.status();
        String heading = status == 404 ? "Sidan finns inte" : status == 503 ? "Tjänsten svarar inte" : "Det gick inte";
        return render(headers, status, heading, e.message(), status == 404 ? "info" : "error", null);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, HttpHeaders headers) {
        LOG.warn("A service could not be reached", e);
        return render(headers, 503, "Tjänsten svarar inte", ServiceProblem.UNAVAILABLE, "error", null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers) {
        return render(headers, 404, "Sidan finns inte", ServiceProblem.NOT_FOUND, "info", null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return render(headers, 404, "Sidan finns inte", ServiceProblem.NOT_FOUND, "info", null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 404 || status == 403) {
            return notFound(new NotFoundException(), headers);
        }
        if (status < 500) {
            return render(headers, status, "Det gick inte", "Förfrågan kunde inte tas emot.", "error", null);
        }
        return unexpected(e, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return render(headers, 500, "Något gick fel", "Något gick fel hos oss. Försök igen, och kontakta supporten om det händer igen.",
                "error", reference);
    }

    private Response render(HttpHeaders headers, int status, String heading, String message, String kind, String reference) {
        boolean htmx = "true".equals(headers.getHeaderString("HX-Request"));
        Template t = htmx ? fragment : page;
        String html = t.data("heading", heading).data("message", message).data("kind", kind).data("reference", reference).render();
        Response.ResponseBuilder r = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html);
        if (htmx) {
            // Show the message in the page's message area instead of the element that asked.
            r.header("HX-Retarget", "#meddelanden").header("HX-Reswap", "innerHTML");
        }
        return r.build();
    }
}
