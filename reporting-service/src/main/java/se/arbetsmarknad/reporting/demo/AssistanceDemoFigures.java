package se.arbetsmarknad.reporting.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.arbetsmarknad.reporting.assistance.FigureRow;
import se.arbetsmarknad.reporting.assistance.FigureRow.Kmt;

/**
 * The demo's monthly figures from the financial-assistance system, per unit, since 2019: households with
 * försörjningsstöd as in Lund's interim report — 1 246 a month on average in Q2 2021, 1 060 in Q2 2022,
 * the same level through the summer of 2022 where earlier summers rose — and, around them, the adult
 * recipients (about 1.33 per household, 47 % women), of whom long-term, over 36 months, young adults
 * 19–24 (mostly in the youth unit) and sick-listed, in shares of their usual size. Illustrative apart from
 * the households of 2021–2022; deterministic.
 */
public final class AssistanceDemoFigures {

    public static final YearMonth FIRST = YearMonth.of(2019, 1);
    static final String YOUTH = "unga-18-24";
    static final String ADULT = "arbete-forsorjning";

    /** Lund's households per month, 2021 and 2022 (Q2 averages 1 246 and 1 060; summer 2022 flat). */
    static final Map<Integer, int[]> LUND_HOUSEHOLDS = Map.of(
            2021, new int[] { 1290, 1283, 1270, 1252, 1243, 1243, 1268, 1276, 1240, 1205, 1178, 1160 },
            2022, new int[] { 1140, 1118, 1092, 1066, 1058, 1056, 1057, 1058, 1052, 1046, 1041, 1037 });

    private AssistanceDemoFigures() {
    }

    /** Households with försörjningsstöd in the whole municipality in the month. */
    static int households(YearMonth month) {
        int[] lund = LUND_HOUSEHOLDS.get(month.getYear());
        if (lund != null) {
            return lund[month.getMonthValue() - 1];
        }
        // Other years: the year's level, falling or rising through it, with the summer rise of earlier years.
        double[] level = switch (month.getYear()) {
            case 2019 -> new double[] { 1305, 1288 };
            case 2020 -> new double[] { 1290, 1300 };
            case 2023 -> new double[] { 1034, 990 };
            case 2024 -> new double[] { 985, 945 };
            case 2025 -> new double[] { 940, 900 };
            default -> new double[] { 895, 860 };
        };
        int m = month.getMonthValue();
        double trend = level[0] + (level[1] - level[0]) * (m - 1) / 11.0;
        double summer = switch (m) {
            case 6 -> month.getYear() < 2022 ? 0.02 : 0.006;
            case 7 -> month.getYear() < 2022 ? 0.035 : 0.01;
            case 8 -> month.getYear() < 2022 ? 0.025 : 0.006;
            default -> 0;
        };
        return (int) Math.round(trend * (1 + summer));
    }

    /** Every month from 2019 up to {@code last}, two rows a month (one per unit). */
    public static List<FigureRow> rows(YearMonth last) {
        List<FigureRow> rows = new ArrayList<>();
        for (YearMonth m = FIRST; !m.isAfter(last); m = m.plusMonths(1)) {
            int total = households(m);
            int youth = (int) Math.round(total * 0.18);
            rows.add(row(m, YOUTH, youth, true));
            rows.add(row(m, ADULT, total - youth, false));
        }
        return rows;
    }

    private static FigureRow row(YearMonth month, String unit, int households, boolean youthUnit) {
        int adults = (int) Math.round(households * 1.33);
        // A slow drift in the shares over the years, so the indicators on them move as well.
        double years = month.getYear() - 2019 + (month.getMonthValue() - 1) / 12.0;
        double longTerm = youthUnit ? 0.36 : 0.56 - 0.006 * years;
        double over36 = youthUnit ? 0.08 : 0.33 - 0.004 * years;
        double young = youthUnit ? 0.78 : 0.04;
        double sick = youthUnit ? 0.06 : 0.13 + 0.002 * years;
        return new FigureRow(month.toString(), unit, new Kmt(null, null, (long) households), split(adults, adults),
                split(adults, adults * longTerm), split(adults, adults * over36), split(adults, adults * young),
                split(adults, adults * sick));
    }

    /** A count split 47 % women, 53 % men (T = K + M). */
    private static Kmt split(int adults, double count) {
        long t = Math.min(adults, Math.round(count));
        long k = Math.round(t * 0.47);
        return new Kmt(k, t - k, t);
    }
}
