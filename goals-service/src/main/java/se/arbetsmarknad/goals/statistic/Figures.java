package se.arbetsmarknad.goals.statistic;

import java.time.LocalDate;

import se.arbetsmarknad.goals.forecast.Evaluator;

/** One year of figures as an indicator is measured by them, per gender (T, K or M). */
public interface Figures {

    int year();

    LocalDate asOf();

    Evaluator.Series series(String gender);
}
