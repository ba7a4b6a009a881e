package se.arbetsmarknad.placement.match;

import jakarta.persistence.Converter;

import se.arbetsmarknad.placement.common.Coded;

/**
 * Why a proposal was not taken (a code: free text about a person never leaves the service). The provider
 * chooses one of the first five; the last two are set when the participant's events end the proposal.
 */
public enum DeclineReason implements Coded {
    KRAV_EJ_UPPFYLLT, PLATSEN_TILLSATT, DELTAGAREN_TACKAR_NEJ, PASSAR_INTE, ANNAT, DELTAGAREN_AVSLUTAD, UPPGIFTER_GALLRADE;

    /** The reasons a provider may give. */
    public static final java.util.List<DeclineReason> CHOSEN = java.util.List.of(KRAV_EJ_UPPFYLLT, PLATSEN_TILLSATT,
            DELTAGAREN_TACKAR_NEJ, PASSAR_INTE, ANNAT);

    @Converter(autoApply = true)
    public static class Column extends Coded.Column<DeclineReason> {
        public Column() {
            super(DeclineReason.class);
        }
    }
}
