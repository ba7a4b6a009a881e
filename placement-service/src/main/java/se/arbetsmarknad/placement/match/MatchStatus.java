package se.arbetsmarknad.placement.match;

import jakarta.persistence.Converter;

import se.arbetsmarknad.placement.common.Coded;

/** {@code proposed} → {@code accepted} | {@code declined} → {@code started} → {@code ended}. */
public enum MatchStatus implements Coded {
    PROPOSED, ACCEPTED, DECLINED, STARTED, ENDED;

    /** Accepted and started matches hold a seat. */
    public boolean holdsSeat() {
        return this == ACCEPTED || this == STARTED;
    }

    /** Proposed, accepted or started: at most one such match per participant and placement. */
    public boolean isLive() {
        return this == PROPOSED || holdsSeat();
    }

    @Converter(autoApply = true)
    public static class Column extends Coded.Column<MatchStatus> {
        public Column() {
            super(MatchStatus.class);
        }
    }
}
