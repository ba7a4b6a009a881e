package se.arbetsmarknad.reporting.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Swedish number formats for readers: "3 248 400 kr", "12,5 %". Machine formats (JSON) stay numeric. */
public final class Formats {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    private Formats() {
    }

    public static String number(Number n, Table.Type type) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SV);
        symbols.setGroupingSeparator(' ');
        symbols.setMinusSign('-');
        DecimalFormat f = new DecimalFormat(type == Table.Type.PERCENT || !isWhole(n) ? "#,##0.0" : "#,##0", symbols);
        String text = f.format(n);
        return switch (type) {
            case AMOUNT -> text + " kr";
            case PERCENT -> text + " %";
            default -> text;
        };
    }

    private static boolean isWhole(Number n) {
        if (n instanceof BigDecimal b) {
            return b.setScale(0, RoundingMode.DOWN).compareTo(b) == 0;
        }
        if (n instanceof Double || n instanceof Float) {
            return n.doubleValue() == Math.rint(n.doubleValue());
        }
        return true;
    }
}
