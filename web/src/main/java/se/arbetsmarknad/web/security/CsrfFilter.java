package se.arbetsmarknad.web.security;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Second half of the CSRF protection: every state-changing request carries the session's token, either
 * in the {@code X-CSRF-Token} header (htmx sends it for every request, see layout.html) or in the hidden
 * form field {@code _csrf} (plain form posts). A missing or wrong token gets 403 and changes nothing.
 */
public class CsrfFilter {

    private static final Logger LOG = Logger.getLogger(CsrfFilter.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfTokens tokens;

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> check(ResteasyReactiveContainerRequestContext ctx) {
        if (SAFE.contains(ctx.getMethod())) {
            return Optional.empty();
        }
        String token = ctx.getHeaderString(CsrfTokens.HEADER);
        if (token == null) {
            ResteasyReactiveRequestContext request = ctx.getServerRequestContext() instanceof ResteasyReactiveRequestContext r ? r : null;
            Object field = request == null ? null : request.getFormParameter(CsrfTokens.FORM_FIELD, true, false);
            token = field instanceof FormValue value ? value.getValue() : field == null ? null : field.toString();
        }
        if (tokens.matches(token)) {
            return Optional.empty();
        }
        LOG.warnf("Refused %s %s without a valid CSRF token", ctx.getMethod(), ctx.getUriInfo().getPath());
        return Optional.of(Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("Formuläret har gått ut. Ladda om sidan och försök igen.").build());
    }
}
