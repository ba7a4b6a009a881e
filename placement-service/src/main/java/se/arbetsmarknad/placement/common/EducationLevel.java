package se.arbetsmarknad.placement.common;

import jakarta.persistence.Converter;

/**
 * Education as a requirement and as the participant has it, in order: förgymnasial (compulsory school),
 * gymnasial (upper secondary), eftergymnasial (post-secondary). {@code okand} (unknown) is only a
 * participant's level and meets no requirement.
 */
public enum EducationLevel implements Coded {
    FORGYMNASIAL, GYMNASIAL, EFTERGYMNASIAL, OKAND;

    /** The levels a placement may require (all but {@code okand}). */
    public static final java.util.List<EducationLevel> REQUIRABLE = java.util.List.of(FORGYMNASIAL, GYMNASIAL, EFTERGYMNASIAL);

    /** Whether a participant at {@code actual} (null: unknown) meets {@code required} (null: no requirement). */
    public static boolean meets(EducationLevel actual, EducationLevel required) {
        return Coded.atLeast(actual, required, OKAND);
    }

    @Converter(autoApply = true)
    public static class Column extends Coded.Column<EducationLevel> {
        public Column() {
            super(EducationLevel.class);
        }
    }
}
