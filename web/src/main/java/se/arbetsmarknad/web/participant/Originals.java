package se.arbetsmarknad.web.participant;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.arbetsmarknad.web.clients.ParticipantDtos.Attributes;

/**
 * The attributes as they were when the edit form was opened, carried in a hidden field (the page shows
 * the same values anyway), so that a stale save can tell what someone else changed in between.
 */
final class Originals {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private Originals() {
    }

    static String encode(Attributes a) {
        try {
            return Base64.getUrlEncoder().encodeToString(JSON.writeValueAsBytes(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Attributes decode(String encoded) {
        try {
            return JSON.readValue(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8), Attributes.class);
        } catch (RuntimeException | java.io.IOException e) {
            return new Attributes(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }
}
