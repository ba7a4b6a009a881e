package se.arbetsmarknad.goals.forecast;

/** "Kommer att klara målet?" Ja / Osäkert / Nej, best first. */
public enum Status {
    JA, OSAKERT, NEJ;

    /** True when {@code next} is a worse status than this one (Ja → Osäkert → Nej). */
    public boolean worsenedTo(Status next) {
        return next != null && next.ordinal() > ordinal();
    }
}
