package se.arbetsmarknad.goals.plan;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.arbetsmarknad.platform.problem.ProblemException;

/** A plan document in JSON or YAML: parsed, validated like a request body, and written. */
@ApplicationScoped
public class PlanFormats {

    public static final String YAML = "application/yaml";
    public static final String TEXT_YAML = "text/yaml";

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    ObjectMapper json;
    @Inject
    Validator validator;

    /** The media type an export is written in: {@code format=yaml|json}, else what Accept prefers. */
    public static MediaType exportType(String format) {
        return "yaml".equalsIgnoreCase(format) ? MediaType.valueOf(YAML) : MediaType.APPLICATION_JSON_TYPE;
    }

    /** Parses and validates a whole document (a plan file read by the demo data, for instance). */
    public PlanDocument read(String body, boolean isYaml) {
        PlanDocument doc = parse(body, isYaml);
        Set<ConstraintViolation<PlanDocument>> violations = validator.validate(doc);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return doc;
    }

    /** Parses only; a request body is validated by {@code @Valid} on its resource parameter. */
    PlanDocument parse(String body, boolean isYaml) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "planen saknas / the plan is missing");
        }
        try {
            return (isYaml ? yaml : json).readValue(body, PlanDocument.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (rad/line " + e.getLocation().getLineNr() + ")";
            throw ProblemException.invalid("body", "planen går inte att läsa" + where + " / cannot read the plan: "
                    + e.getOriginalMessage());
        }
    }

    public String write(PlanDocument doc, boolean asYaml) {
        try {
            return asYaml ? yaml.writeValueAsString(doc) : json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plan", e);
        }
    }
}
