package se.arbetsmarknad.placement.organisation;

import jakarta.persistence.Converter;

import se.arbetsmarknad.placement.common.Coded;

/**
 * förvaltning (a municipal department), privat (a private employer), ideell (a non-profit) or asf
 * (arbetsintegrerande socialt företag, a work-integrating social enterprise).
 */
public enum OrganisationKind implements Coded {
    FORVALTNING, PRIVAT, IDEELL, ASF;

    /** Sector as statistics count it: an ASF is a (social) enterprise and counts as private. */
    public String sector() {
        return switch (this) {
            case FORVALTNING -> "kommunal";
            case IDEELL -> "ideell";
            case PRIVAT, ASF -> "privat";
        };
    }

    /** Companies have an organisationsnummer. */
    public boolean needsOrganisationNumber() {
        return this == PRIVAT || this == ASF;
    }

    @Converter(autoApply = true)
    public static class Column extends Coded.Column<OrganisationKind> {
        public Column() {
            super(OrganisationKind.class);
        }
    }
}
