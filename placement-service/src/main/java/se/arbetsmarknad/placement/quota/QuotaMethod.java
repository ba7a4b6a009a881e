package se.arbetsmarknad.placement.quota;

import jakarta.persistence.Converter;

import se.arbetsmarknad.placement.common.Coded;

/** share: a share of each förvaltning's employees; total: a city-wide total apportioned by employees. */
public enum QuotaMethod implements Coded {
    SHARE, TOTAL;

    @Converter(autoApply = true)
    public static class Column extends Coded.Column<QuotaMethod> {
        public Column() {
            super(QuotaMethod.class);
        }
    }
}
