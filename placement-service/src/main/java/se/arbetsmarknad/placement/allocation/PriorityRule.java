package se.arbetsmarknad.placement.allocation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import se.arbetsmarknad.placement.matching.ParticipantProfile;
import se.arbetsmarknad.placement.placement.Placement;

/** Configurable priority rules of the batch allocation; their order in a request is their rank. */
public enum PriorityRule {
    /** Uppsala: "ensamstående kvinnor med barn" first for employments (anställningar med stöd). */
    SINGLE_WOMEN_WITH_CHILDREN("ensamstaende-kvinnor-med-barn",
            "Ensamstående kvinna med barn prioriteras för anställning", "Single woman with children, prioritised for employments") {
        @Override
        public boolean favours(ParticipantProfile p, Placement pl, LocalDate asOf) {
            return pl.kind.isEmployment() && p.singleWomanWithChildren();
        }
    },
    /** Long-term assistance (≥ 10 of the last 12 months) first. */
    LONG_TERM_ASSISTANCE("langvarigt-bistand",
            "Långvarigt ekonomiskt bistånd prioriteras", "Long-term social assistance, prioritised") {
        @Override
        public boolean favours(ParticipantProfile p, Placement pl, LocalDate asOf) {
            return p.longTermAssistance(asOf);
        }
    };

    public final String code;
    public final String reasonSv;
    public final String reasonEn;

    PriorityRule(String code, String reasonSv, String reasonEn) {
        this.code = code;
        this.reasonSv = reasonSv;
        this.reasonEn = reasonEn;
    }

    public abstract boolean favours(ParticipantProfile p, Placement pl, LocalDate asOf);

    public static Optional<PriorityRule> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
