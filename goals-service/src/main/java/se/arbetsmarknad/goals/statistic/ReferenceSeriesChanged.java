package se.arbetsmarknad.goals.statistic;

/** Values of a reference series were stored (a CDI event, fired in the storing transaction). */
public record ReferenceSeriesChanged(String series) {
}
