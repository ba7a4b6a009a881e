package se.arbetsmarknad.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 * {@code errors} names each offending field (JSON path of the request body, or the parameter name).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "Felbeskrivning enligt RFC 9457 / Problem details (RFC 9457)")
public record Problem(
        @Schema(example = "urn:arbetsmarknad:problem:validation") String type,
        @Schema(example = "Ogiltiga uppgifter / Invalid input") String title,
        @Schema(example = "400") int status,
        @Schema(example = "personnummer: kontrollsiffran stämmer inte / check digit does not match") String detail,
        @Schema(example = "/api/participants") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(
            @Schema(example = "personnummer") String field,
            @Schema(example = "kontrollsiffran stämmer inte / check digit does not match") String message) {
    }
}
