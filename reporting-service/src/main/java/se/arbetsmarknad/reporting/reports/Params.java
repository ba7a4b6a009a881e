package se.arbetsmarknad.reporting.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import se.arbetsmarknad.platform.problem.ProblemException;

/** A report's parameters as text (from a query string or an export job), parsed with field-named errors. */
public record Params(Map<String, String> values) {

    public static Params of(Object... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null && !keyValues[i + 1].toString().isBlank()) {
                m.put(keyValues[i].toString(), keyValues[i + 1].toString());
            }
        }
        return new Params(m);
    }

    public String text(String key) {
        return values.get(key);
    }

    public int year(String key, int fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int y = Integer.parseInt(v.trim());
            if (y < 2000 || y > 2100) {
                throw ProblemException.invalid(key, "mellan 2000 och 2100 / between 2000 and 2100");
            }
            return y;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(key, "ett årtal / a year");
        }
    }

    public LocalDate date(String key, LocalDate fallback) {
        String v = values.get(key);
        try {
            return v == null ? fallback : LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(key, "ett datum ÅÅÅÅ-MM-DD / a date YYYY-MM-DD");
        }
    }

    public YearMonth month(String key, YearMonth fallback) {
        String v = values.get(key);
        try {
            return v == null ? fallback : YearMonth.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(key, "en månad ÅÅÅÅ-MM / a month YYYY-MM");
        }
    }
}
