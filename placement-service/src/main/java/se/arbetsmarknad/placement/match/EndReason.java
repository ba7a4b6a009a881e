package se.arbetsmarknad.placement.match;

import jakarta.persistence.Converter;

import se.arbetsmarknad.placement.common.Coded;

/**
 * Why a match ended. A user chooses one of the first four; the others follow from participant.events.v1:
 * the participant exited, the intervention that came from the match ended, or the participant was erased.
 */
public enum EndReason implements Coded {
    FULLFOLJD, AVBRUTEN, ANSTALLD, ANNAT, DELTAGAREN_AVSLUTAD, INSATSEN_AVSLUTAD, UPPGIFTER_GALLRADE;

    /** The reasons a user may give. */
    public static final java.util.List<EndReason> CHOSEN = java.util.List.of(FULLFOLJD, AVBRUTEN, ANSTALLD, ANNAT);

    @Converter(autoApply = true)
    public static class Column extends Coded.Column<EndReason> {
        public Column() {
            super(EndReason.class);
        }
    }
}
