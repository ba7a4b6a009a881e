package se.arbetsmarknad.goals.forecast;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a target is read: a number to reach, a bound, last year's figure, or a milestone without a number. */
public enum TargetKind {
    VALUE("value"), AT_LEAST("at-least"), AT_MOST("at-most"),
    MORE_THAN_PREVIOUS_YEAR("more-than-previous-year"), MILESTONE("milestone");

    private final String code;

    TargetKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static TargetKind of(String code) {
        for (TargetKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown target kind '" + code + "'");
    }
}
