package se.arbetsmarknad.platform.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure into RFC 9457 problem+json: the one place where errors get their shape. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response response(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail,
                uri == null ? null : uri.getRequestUri().getRawPath(), errors);
        Response.ResponseBuilder builder = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
        if (type == ProblemType.UNAUTHORIZED) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return response(e.type(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (returnValue) {
            LOG.error("Response failed validation", e);
            return response(ProblemType.INTERNAL, "Svaret kunde inte skapas / The response could not be produced",
                    List.of(), uri);
        }
        return violations((ConstraintViolationException) e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return response(ProblemType.VALIDATION, detail, errors, uri);
    }

    /** Overrides Quarkus' own mapper for this subtype, which answers plain JSON. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = field.isEmpty() ? u.getPropertyName() : field;
            message = "okänt fält / unknown field";
        } else if (e instanceof InvalidFormatException f) {
            message = "ogiltigt värde '" + f.getValue() + "' / invalid value"
                    + (f.getTargetType() != null && f.getTargetType().isEnum()
                            ? " (tillåtna / allowed: " + java.util.Arrays.toString(f.getTargetType().getEnumConstants()) + ")"
                            : "");
        } else {
            message = "ogiltigt värde / invalid value: " + e.getOriginalMessage();
        }
        if (field.isEmpty()) {
            field = "body";
        }
        return response(ProblemType.VALIDATION, field + ": " + message, List.of(new Problem.FieldError(field, message)), uri);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e, UriInfo uri) {
        String message = "ogiltig JSON / malformed JSON: " + e.getOriginalMessage();
        return response(ProblemType.VALIDATION, message, List.of(new Problem.FieldError("body", message)), uri);
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return staleResponse(uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, UriInfo uri) {
        return staleResponse(uri);
    }

    private static Response staleResponse(UriInfo uri) {
        return response(ProblemType.CONFLICT,
                "Uppgifterna ändrades samtidigt av någon annan; läs om och försök igen / "
                        + "Changed concurrently by someone else; reload and retry",
                List.of(), uri);
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return response(ProblemType.UNAUTHORIZED, "Giltig bearer-token saknas / A valid bearer token is required",
                List.of(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return response(ProblemType.FORBIDDEN, "Din roll ger inte behörighet till detta / Your role does not allow this",
                List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus wraps body-reading failures; answer them as the field-naming 400 they are.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException p) {
                // a parameter's converter (http.QueryParameters) named what it could not read
                return problem(p, uri);
            }
            if (cause instanceof JsonMappingException m) {
                return unreadable(m, uri);
            }
            if (cause instanceof JsonParseException p) {
                return unparsable(p, uri);
            }
            if (cause instanceof JsonProcessingException p) {
                // e.g. Jackson's limits (nesting depth, number or string length): the body as a whole
                String message = "ogiltig JSON / unreadable JSON: " + p.getOriginalMessage();
                return response(ProblemType.VALIDATION, message, List.of(new Problem.FieldError("body", message)), uri);
            }
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? type.title() : e.getMessage();
        return response(type, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        // Details stay in the log: they may hold data the caller must not see.
        LOG.error("Unhandled error", e);
        return response(ProblemType.INTERNAL, "Ett oväntat fel inträffade / An unexpected error occurred",
                List.of(), uri);
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // Method parameter paths look like "create.arg0.name" or "create.request.name": drop the method
        // and the parameter name of a body, keep the name of a query or path parameter.
        List<String> parts = new ArrayList<>();
        Path.Node parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node;
                continue;
            }
            // In Hibernate Validator the element of a list carries the index ("steps[0].text": the node
            // "text" is in an iterable at index 0), so the index belongs to the previous part.
            if (node.isInIterable() && !parts.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + position + "]");
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter.getName();
        }
        return String.join(".", parts);
    }
}
