package se.arbetsmarknad.placement.common;

import java.util.List;

/**
 * Ordered levels used as requirements: Swedish (sfi studieväg 1-3, then native/fluent) and education.
 * A participant meets a requirement when their level is at least the required one; {@code okand}
 * (unknown) meets no requirement.
 */
public final class Levels {
    public static final List<String> SWEDISH = List.of("sfi-1", "sfi-2", "sfi-3", "modersmal");
    public static final List<String> EDUCATION = List.of("forgymnasial", "gymnasial", "eftergymnasial");

    private Levels() {
    }

    public static boolean meets(List<String> scale, String actual, String required) {
        if (required == null) {
            return true;
        }
        int have = actual == null ? -1 : scale.indexOf(actual);
        return have >= 0 && have >= scale.indexOf(required);
    }
}
