package se.arbetsmarknad.web.clients;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns every error answer of a service into a {@link ServiceProblem}: the RFC 9457 body when there is
 * one (detail and errors[].field/message), the status alone otherwise. Registered on every client.
 */
public class ProblemResponseMapper implements ResponseExceptionMapper<ServiceProblem> {

    @Override
    public ServiceProblem toThrowable(Response response) {
        String service = "service";
        String detail = null;
        Map<String, String> fields = Map.of();
        MediaType type = response.getMediaType();
        if (type != null && type.getSubtype().endsWith("json") && response.hasEntity()) {
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> body = response.readEntity(Map.class);
                detail = body.get("detail") instanceof String d ? d : body.get("title") instanceof String t ? t : null;
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> errors = body.get("errors") instanceof List<?> l ? (List<Map<String, Object>>) l : null;
                fields = ServiceProblem.fieldErrors(errors);
            } catch (RuntimeException unreadable) {
                // an error body that is not a problem document: the status says enough
            }
        }
        return new ServiceProblem(service, response.getStatus(), detail, fields);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
