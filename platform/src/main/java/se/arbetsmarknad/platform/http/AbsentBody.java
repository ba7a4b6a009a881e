package se.arbetsmarknad.platform.http;

import java.lang.reflect.Method;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request without a body and without a Content-Type has no body: for an operation that reads JSON, its
 * body parameter is then absent (null), so an optional body ({@code POST /api/matches/{id}/accept} without
 * {@code {"on": …}}) means its default and a required one is the operation's 400 naming it.
 *
 * <p>Why a filter: RESTEasy Reactive reads a body that has no Content-Type as {@code application/octet-stream},
 * which no JSON parameter accepts, and answers 415 although nothing was sent (RFC 9110 §8.3: Content-Type
 * describes a body that is there). Runs after matching, so only operations that consume JSON (declared, or by
 * default) are told the absent body is JSON; a CSV or form operation keeps its own answer.
 */
public class AbsentBody {

    @ServerRequestFilter
    public void absentBodyIsJson(ContainerRequestContext request, ResourceInfo resource) {
        if (blank(request.getHeaderString(HttpHeaders.CONTENT_TYPE)) && hasNoBody(request) && consumesJson(resource)) {
            // the request's headers as JAX-RS holds them, which is where the body's reader looks
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    /** HTTP/1.1: a request has a body only with a Content-Length above 0 or a Transfer-Encoding. */
    private static boolean hasNoBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return blank(request.getHeaderString("Transfer-Encoding")) && (blank(length) || length.strip().equals("0"));
    }

    private static boolean blank(String header) {
        return header == null || header.isBlank();
    }

    private static boolean consumesJson(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return true; // the services' default: a body is JSON
        }
        for (String value : consumes.value()) {
            for (String type : value.split(",")) {
                if (MediaType.valueOf(type.strip()).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                    return true;
                }
            }
        }
        return false;
    }
}
