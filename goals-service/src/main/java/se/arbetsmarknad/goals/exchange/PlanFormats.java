package se.arbetsmarknad.goals.exchange;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.arbetsmarknad.goals.plan.PlanDocument;
import se.arbetsmarknad.platform.problem.ProblemException;

/** A plan document in JSON or YAML, read (and validated like a request body) and written. */
@ApplicationScoped
public class PlanFormats {

    public static final String YAML = "application/yaml";

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

    public PlanDocument read(String body, boolean isYaml) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "planen saknas / the plan is missing");
        }
        PlanDocument doc;
        try {
            doc = (isYaml ? yaml : json).readValue(body, PlanDocument.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (rad/line " + e.getLocation().getLineNr() + ")";
            throw ProblemException.invalid("body", "planen går inte att läsa" + where + " / cannot read the plan: "
                    + e.getOriginalMessage());
        }
        Set<ConstraintViolation<PlanDocument>> violations = validator.validate(doc);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return doc;
    }

    public String write(PlanDocument doc, boolean asYaml) {
        try {
            return asYaml ? yaml.writeValueAsString(doc) : json.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plan", e);
        }
    }
}
