package se.arbetsmarknad.web.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reports as pages: reporting-service's name, the Swedish title and lead, and the parameters the page
 * asks for (each passed to the service under its own name).
 */
public enum Report {
    DASHBOARD("dashboard", "Månadsrapport", "Nyckeltal för månaden och hittills i år, per kön, med diagram.",
            List.of(Param.MONTH, Param.UNIT)),
    INTERIM("interim", "Delårsrapport", "Måluppfyllelse i Lunds form: mål, målvärde, utfall, prognos och om målet kommer att nås.",
            List.of(Param.YEAR)),
    ALLOCATION("allocation", "Fördelningsmodell per förvaltning",
            "Anställda, fördelningstal och hur många platser varje förvaltning har tillsatt (Malmös Tabell 1).", List.of(Param.AS_OF)),
    COST_PROJECTION("cost-projection", "Kostnadsprognos",
            "Lönekostnad per anställningsform för ett år, med den månadskostnad som gäller varje månad (Malmös Tabell 2).",
            List.of(Param.YEAR, Param.VOLUMES)),
    PROJECTS("projects", "Projekttabell", "Deltagare per delprojekt sedan start och hur många av dem som har försörjningsstöd.",
            List.of(Param.PROJECT, Param.FROM, Param.TO, Param.UNIT)),
    SUMMER_JOBS("summer-jobs", "Feriepraktik per sektor", "Påbörjad feriepraktik per sektor (kommunal, privat, idéell) och kön.",
            List.of(Param.YEAR, Param.UNIT)),
    PLACES("places", "Platser per sektor", "Registrerade och tillsatta platser per sektor.", List.of());

    public final String name;
    public final String title;
    public final String lead;
    public final List<Param> params;

    Report(String name, String title, String lead, List<Param> params) {
        this.name = name;
        this.title = title;
        this.lead = lead;
        this.params = params;
    }

    public String slug() {
        return name;
    }

    public static Optional<Report> of(String name) {
        return Arrays.stream(values()).filter(r -> r.name.equals(name)).findFirst();
    }

    /** A report parameter: the service's name, the field's label, and how the field is shown. */
    public enum Param {
        MONTH("month", "Månad", "month", "ÅÅÅÅ-MM, till exempel 2026-10"),
        YEAR("year", "År", "number", null),
        AS_OF("asOf", "Per datum", "date", null),
        FROM("from", "Från och med", "date", null),
        TO("to", "Till och med", "date", null),
        UNIT("unit", "Enhet", "unit", null),
        PROJECT("project", "Projekt", "text", "Projektkod, till exempel iris (IRIS med delprojekt) eller finsam-steget"),
        VOLUMES("volumes", "Planerade volymer", "text",
                "Slag och antal, till exempel utvecklingsanstallning:10,osa:10,nystartsjobb:10. Tomt: nuvarande anställningar.");

        public final String key;
        public final String label;
        public final String input;
        public final String description;

        Param(String key, String label, String input, String description) {
            this.key = key;
            this.label = label;
            this.input = input;
            this.description = description;
        }
    }
}
