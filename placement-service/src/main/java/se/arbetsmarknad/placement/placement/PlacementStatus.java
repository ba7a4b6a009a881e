package se.arbetsmarknad.placement.placement;

import jakarta.persistence.Converter;

import se.arbetsmarknad.placement.common.Coded;

/** {@code draft} → {@code open} ⇄ {@code filled} (no free seat) → {@code closed}. Drafts are private to the provider. */
public enum PlacementStatus implements Coded {
    DRAFT, OPEN, FILLED, CLOSED;

    @Converter(autoApply = true)
    public static class Column extends Coded.Column<PlacementStatus> {
        public Column() {
            super(PlacementStatus.class);
        }
    }
}
