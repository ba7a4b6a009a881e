package se.arbetsmarknad.placement.common;

import jakarta.persistence.Converter;

/**
 * Swedish as a requirement and as the participant has it, in order: sfi studieväg 1–3 ({@code sfi-1} …),
 * then svenska som modersmål (native or fluent). {@code okand} (unknown) is only a participant's level
 * and meets no requirement.
 */
public enum SwedishLevel implements Coded {
    SFI_1, SFI_2, SFI_3, MODERSMAL, OKAND;

    /** The levels a placement may require (all but {@code okand}). */
    public static final java.util.List<SwedishLevel> REQUIRABLE = java.util.List.of(SFI_1, SFI_2, SFI_3, MODERSMAL);

    /** Whether a participant at {@code actual} (null: unknown) meets {@code required} (null: no requirement). */
    public static boolean meets(SwedishLevel actual, SwedishLevel required) {
        return Coded.atLeast(actual, required, OKAND);
    }

    @Converter(autoApply = true)
    public static class Column extends Coded.Column<SwedishLevel> {
        public Column() {
            super(SwedishLevel.class);
        }
    }
}
