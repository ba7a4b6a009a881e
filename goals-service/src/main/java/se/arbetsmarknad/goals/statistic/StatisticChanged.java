package se.arbetsmarknad.goals.statistic;

/**
 * Newer figures of a statistic and year were stored (a CDI event, fired in the storing transaction):
 * whatever is evaluated from them, the goals, follows.
 */
public record StatisticChanged(String statistic, int year) {
}
