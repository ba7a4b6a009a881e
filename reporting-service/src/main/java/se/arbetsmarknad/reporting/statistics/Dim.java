package se.arbetsmarknad.reporting.statistics;

import java.util.ArrayList;
import java.util.List;

import se.arbetsmarknad.platform.problem.ProblemException;

/** A breakdown besides gender (which every series has): unit, age band, kind, project. */
public enum Dim {
    UNIT("unit", "unit", "Enhet"),
    AGE_BAND("ageBand", "age_band", "Åldersgrupp"),
    KIND("kind", "kind", "Slag"),
    PROJECT("project", "project", "Projekt");

    public final String param;
    final String column;
    public final String label;

    Dim(String param, String column, String label) {
        this.param = param;
        this.column = column;
        this.label = label;
    }

    public static List<Dim> parse(List<String> by) {
        List<Dim> dims = new ArrayList<>();
        for (String part : by == null ? List.<String>of() : by) {
            for (String p : part.split(",")) {
                if (p.isBlank()) {
                    continue;
                }
                Dim d = null;
                for (Dim x : values()) {
                    if (x.param.equalsIgnoreCase(p.trim())) {
                        d = x;
                    }
                }
                if (d == null) {
                    throw ProblemException.invalid("by", "en av unit, ageBand, kind, project / one of unit, ageBand, kind, project");
                }
                if (!dims.contains(d)) {
                    dims.add(d);
                }
            }
        }
        return dims;
    }
}
