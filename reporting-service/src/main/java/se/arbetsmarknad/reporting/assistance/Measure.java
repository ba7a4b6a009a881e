package se.arbetsmarknad.reporting.assistance;

import java.util.List;

/**
 * The monthly figures the financial-assistance system (Viva, Procapita, Lifecare, Combine …) gives per
 * unit, each a statistic of the shared catalogue. Recipients are adults (18 and older) who received
 * försörjningsstöd in the month; the other recipient figures are parts of them.
 */
public enum Measure {
    /** Hushåll med försörjningsstöd: households, not people, so no K/M. */
    HOUSEHOLDS("households", "hushall", "households-with-assistance", false),
    /** Vuxna biståndsmottagare. */
    ADULT_RECIPIENTS("adultRecipients", "vuxna", "adult-assistance-recipients", true),
    /** Of whom långvarigt bistånd: assistance in at least 10 of the last 12 months. */
    LONG_TERM("longTerm", "langvarigt", "long-term-assistance-recipients", true),
    /** Of whom assistance for more than 36 months (Malmö follows them). */
    OVER_36_MONTHS("over36Months", "over_36_manader", "assistance-recipients-over-36-months", true),
    /** Of whom unga vuxna 19–24 år. */
    YOUNG_ADULTS("youngAdults", "unga_19_24", "young-adult-assistance-recipients", true),
    /** Of whom with försörjningshinder "sjukskriven med läkarintyg". */
    SICK_LISTED("sickListed", "sjukskrivna", "sick-listed-assistance-recipients", true);

    /** The parts that can never exceed the adult recipients they are counted among. */
    static final List<Measure> PARTS_OF_ADULTS = List.of(LONG_TERM, OVER_36_MONTHS, YOUNG_ADULTS, SICK_LISTED);

    private final String field;
    private final String column;
    private final String statistic;
    private final boolean byGender;

    Measure(String field, String column, String statistic, boolean byGender) {
        this.field = field;
        this.column = column;
        this.statistic = statistic;
        this.byGender = byGender;
    }

    /** The name in the JSON API. */
    public String field() {
        return field;
    }

    /** The column name (stem) in an uploaded sheet: {@code vuxna_k}, {@code vuxna_m}, {@code vuxna_t}, {@code hushall}. */
    public String column() {
        return column;
    }

    /** The statistics catalogue id the figure is published as. */
    public String statistic() {
        return statistic;
    }

    /** Whether the figure is split Kvinnor/Män (households are not). */
    public boolean byGender() {
        return byGender;
    }
}
