package se.arbetsmarknad.reporting.reports;

import java.util.List;

/** The sectors of placement-service's organisations, as readers name them. */
final class Sectors {

    /** In the order the reports list them. */
    static final List<String> ALL = List.of("kommunal", "privat", "ideell");

    private Sectors() {
    }

    static String name(String sector) {
        return switch (sector) {
            case "kommunal" -> "Kommunal";
            case "privat" -> "Privat";
            case "ideell" -> "Idéell";
            default -> "Okänd";
        };
    }
}
