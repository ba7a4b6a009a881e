package se.arbetsmarknad.placement.placement;

import jakarta.persistence.Converter;

import se.arbetsmarknad.placement.common.Coded;

/**
 * Placement kinds (insatsformer) offered by providers, with the same codes as participant-service's
 * reference list. The employments with support (arbetsmarknadsanställningar: {@code extratjanst} to
 * {@code beredskapsanstallning}) are what the fördelningsmodell counts by default and what priority
 * rules for employments apply to.
 */
public enum PlacementKind implements Coded {
    PRAKTIK, EXTRATJANST, NYSTARTSJOBB, UTVECKLINGSANSTALLNING, LONEBIDRAG, OSA, BEREDSKAPSANSTALLNING, FERIEPRAKTIK, JOBBSPAR;

    public boolean isEmployment() {
        return ordinal() >= EXTRATJANST.ordinal() && ordinal() <= BEREDSKAPSANSTALLNING.ordinal();
    }

    @Converter(autoApply = true)
    public static class Column extends Coded.Column<PlacementKind> {
        public Column() {
            super(PlacementKind.class);
        }
    }
}
