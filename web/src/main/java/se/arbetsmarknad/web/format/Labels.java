package se.arbetsmarknad.web.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/**
 * Swedish words for the services' codes, one place for all pages: {@code {label:of('gender', row.gender)}}.
 * The option lists of the forms come from here too, so a select and a table always say the same.
 */
@TemplateExtension(namespace = "label")
public final class Labels {

    private static final Map<String, Map<String, String>> LISTS = new LinkedHashMap<>();

    static {
        put("gender", "K", "Kvinna", "M", "Man");
        put("status", "ACTIVE", "Aktiv", "PAUSED", "Pausad", "EXITED", "Avslutad");
        put("education", "forgymnasial", "Förgymnasial", "gymnasial", "Gymnasial", "eftergymnasial", "Eftergymnasial",
                "okand", "Okänd");
        put("swedish", "sfi-1", "Sfi studieväg 1", "sfi-2", "Sfi studieväg 2", "sfi-3", "Sfi studieväg 3",
                "modersmal", "Svenska som modersmål", "okand", "Okänd");
        put("referral", "ekonomiskt-bistand", "Ekonomiskt bistånd", "arbetsformedlingen", "Arbetsförmedlingen",
                "egen-anmalan", "Egen anmälan", "annan", "Annan");
        put("exitReason", "arbete", "Arbete", "studier", "Studier", "annat-stod", "Annat stöd", "flyttat", "Flyttat",
                "annat", "Annat");
        put("unit", "unga-18-24", "18 till 24-enheten", "arbete-forsorjning", "Arbets- och försörjningsenheten");
        put("history", "enrolled", "Inskriven", "transferred", "Flyttad", "paused", "Pausad", "resumed", "Återupptagen",
                "exited", "Avslutad", "reopened", "Återaktualiserad");
        put("match", "proposed", "Föreslagen – väntar på svar", "accepted", "Accepterad", "declined", "Avböjd",
                "started", "Påbörjad", "ended", "Avslutad");
        put("declineReason", "krav-ej-uppfyllt", "Kraven är inte uppfyllda", "platsen-tillsatt", "Platsen är tillsatt",
                "deltagaren-tackar-nej", "Deltagaren tackar nej", "passar-inte", "Passar inte", "annat", "Annat");
        put("placementKind", "praktik", "Praktik", "extratjanst", "Extratjänst", "nystartsjobb", "Nystartsjobb",
                "utvecklingsanstallning", "Utvecklingsanställning", "lonebidrag", "Lönebidrag",
                "osa", "Offentligt skyddad anställning", "beredskapsanstallning", "Beredskapsanställning",
                "feriepraktik", "Feriepraktik", "jobbspar", "Jobbspår");
        put("placementStatus", "draft", "Utkast", "open", "Öppen", "filled", "Tillsatt", "closed", "Stängd");
        put("matchEnd", "fullfoljd", "Fullföljd", "avbruten", "Avbruten", "anstalld", "Anställd efteråt", "annat", "Annat");
        put("requiredSwedish", "sfi-1", "Sfi studieväg 1", "sfi-2", "Sfi studieväg 2", "sfi-3", "Sfi studieväg 3",
                "modersmal", "Svenska som modersmål");
        put("requiredEducation", "forgymnasial", "Förgymnasial", "gymnasial", "Gymnasial", "eftergymnasial", "Eftergymnasial");
        put("goalStatus", "JA", "Ja", "OSAKERT", "Osäkert", "NEJ", "Nej");
        put("forecastMethod", "seasonal", "säsongsjusterad (som tidigare år)", "linear", "linjär", "final", "slutligt utfall",
                "none", "ingen prognos");
        put("followUpKind", "monthly", "Månadsuppföljning", "interim", "Delårsrapport", "year-end", "Årsbokslut");
        put("quotaMethod", "share", "Andel av de anställda", "total", "Ett totalt antal fördelat efter antal anställda");
        put("kindCategory", "anstallning-med-stod", "Anställning med stöd", "praktik", "Praktik", "utbildning", "Utbildning",
                "vagledning", "Vägledning", "stod", "Stöd");
        put("worklist", "mine", "Mina deltagare", "without-plan", "Utan aktuell plan",
                "follow-up-overdue", "Uppföljning försenad", "no-intervention", "Ingen insats inom 30 dagar",
                "long-term-assistance", "Långvarigt försörjningsstöd");
    }

    private Labels() {
    }

    private static void put(String list, String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        LISTS.put(list, m);
    }

    /** The Swedish word for a code; the code itself when the list does not know it; "–" for none. */
    public static String of(String list, String code) {
        if (code == null || code.isBlank()) {
            return Formats.MISSING;
        }
        return LISTS.getOrDefault(list, Map.of()).getOrDefault(code, code);
    }

    /** The options of a select: code → Swedish word, in the order users expect. */
    public static List<Option> options(String list) {
        return LISTS.getOrDefault(list, Map.of()).entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    public record Option(String code, String label) {
    }
}
