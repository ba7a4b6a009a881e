package se.arbetsmarknad.placement.matching;

import jakarta.persistence.Converter;

import se.arbetsmarknad.placement.common.Coded;

/** A participant's state as the matching projection knows it; only active participants are matched. */
public enum ParticipantStatus implements Coded {
    ACTIVE, PAUSED, EXITED;

    @Converter(autoApply = true)
    public static class Column extends Coded.Column<ParticipantStatus> {
        public Column() {
            super(ParticipantStatus.class);
        }
    }
}
