package se.arbetsmarknad.web.errors;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.arbetsmarknad.web.format.Formats;

/**
 * What an edit form showed when it was opened, as the user read it (field → displayed text, in form order),
 * carried in a hidden field. When the save is stale (412), the form compares it with what is stored now and
 * lists every field someone else changed next to what this user typed: one mechanism for every optimistic
 * edit (attributes, placements, the quota rule). The page showed the same values, so nothing new leaves.
 */
public final class Snapshot {

    public static final String FIELD = "original";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LinkedHashMap<String, String> values = new LinkedHashMap<>();

    public Snapshot put(String field, Object displayed) {
        values.put(field, displayed == null ? null : displayed.toString());
        return this;
    }

    public String get(String field) {
        return values.get(field);
    }

    public String encode() {
        try {
            return Base64.getUrlEncoder().encodeToString(JSON.writeValueAsBytes(values));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The snapshot from the hidden field; empty when it is missing or tampered with (every field then counts as changed). */
    public static Snapshot decode(String encoded) {
        Snapshot s = new Snapshot();
        if (encoded == null || encoded.isBlank()) {
            return s;
        }
        try {
            Map<String, String> m = JSON.readValue(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8),
                    new TypeReference<LinkedHashMap<String, String>>() {
                    });
            s.values.putAll(m);
        } catch (RuntimeException | java.io.IOException e) {
            // unreadable: compare against nothing
        }
        return s;
    }

    /** One field someone else changed while this user was editing: what is stored now, and what this user typed. */
    public record Change(String field, String label, String theirs, String mine) {
    }

    /** The fields that differ between {@code then} (this snapshot) and {@code now}, with {@code mine} beside them. */
    public List<Change> changes(Snapshot now, Snapshot mine, Map<String, String> labels) {
        List<Change> out = new ArrayList<>();
        for (String field : now.values.keySet()) {
            if (!Objects.equals(blank(values.get(field)), blank(now.get(field)))) {
                out.add(new Change(field, labels.getOrDefault(field, field), Formats.or(now.get(field)), Formats.or(mine.get(field))));
            }
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() || s.equals(Formats.MISSING) ? null : s;
    }
}
