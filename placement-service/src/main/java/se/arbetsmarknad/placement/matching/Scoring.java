package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.placement.common.Levels;
import se.arbetsmarknad.placement.placement.Placement;

/**
 * How well a participant and a placement fit, and why. Hard filters decide eligibility (free seats,
 * period, age, driving licence, Swedish level, education); soft criteria give points (0-100): occupation
 * interest by SSYK group (up to 50), preferred kinds (30) and place (20). Each component carries its
 * reason in Swedish and English, so a case officer can explain a proposal.
 */
public final class Scoring {

    public static final int OCCUPATION_MAX = 50;
    public static final int KIND_POINTS = 30;
    public static final int PLACE_POINTS = 20;

    private Scoring() {
    }

    @Schema(description = "Del av poängen eller ett hårt krav, med skäl / Part of the score or a hard filter, with its reason")
    public record Component(@Schema(example = "occupation") String key, @Schema(example = "50") int points,
            @Schema(example = "Yrket 8331 ligger inom deltagarens intresse 833") String reasonSv,
            @Schema(example = "Occupation 8331 is within the participant's interest 833") String reasonEn) {
    }

    public record Evaluation(boolean eligible, int score, List<Component> components, List<Component> unmet) {
    }

    /** Optional wishes of the case officer and participant: kinds and places they prefer. */
    public record Preferences(Set<String> kinds, String place) {
        public static final Preferences NONE = new Preferences(Set.of(), null);
    }

    public static Evaluation evaluate(ParticipantProfile p, Placement pl, Preferences prefs, LocalDate asOf) {
        List<Component> unmet = new ArrayList<>();
        if (!"active".equals(p.status)) {
            unmet.add(new Component("participant", 0, "Deltagaren är inte aktiv (" + p.status + ")",
                    "The participant is not active (" + p.status + ")"));
        }
        if (!hasFreeSeat(pl)) {
            unmet.add(new Component("seats", 0, "Inga lediga platser", "No free seats"));
        }
        if (!periodOk(pl, asOf)) {
            unmet.add(new Component("period", 0, "Perioden slutade " + pl.periodEnd, "The period ended " + pl.periodEnd));
        }
        if (!ageOk(p, pl)) {
            Integer age = age(p, pl);
            unmet.add(age == null
                    ? new Component("age", 0, "Åldern är okänd men platsen har ålderskrav", "Age unknown, the placement has an age range")
                    : new Component("age", 0, "Åldern " + age + " ligger utanför " + range(pl), "Age " + age + " is outside " + range(pl)));
        }
        if (!licenceOk(p, pl)) {
            unmet.add(new Component("drivingLicence", 0, "Platsen kräver körkort", "The placement requires a driving licence"));
        }
        if (!Levels.meets(Levels.SWEDISH, p.swedishLevel, pl.swedishLevel)) {
            unmet.add(new Component("swedishLevel", 0, "Platsen kräver svenska minst " + pl.swedishLevel + " (har " + p.swedishLevel + ")",
                    "The placement requires Swedish at least " + pl.swedishLevel + " (has " + p.swedishLevel + ")"));
        }
        if (!Levels.meets(Levels.EDUCATION, p.educationLevel, pl.educationLevel)) {
            unmet.add(new Component("educationLevel", 0, "Platsen kräver utbildning minst " + pl.educationLevel,
                    "The placement requires education at least " + pl.educationLevel));
        }

        List<Component> components = new ArrayList<>();
        components.add(occupation(p, pl));
        if (kindPreferred(pl, prefs)) {
            components.add(new Component("kind", KIND_POINTS, "Önskad insatsform: " + pl.kind, "Preferred kind: " + pl.kind));
        }
        if (placePreferred(pl, prefs)) {
            components.add(new Component("place", PLACE_POINTS, "Önskad ort/plats: " + prefs.place(), "Preferred place: " + prefs.place()));
        }
        int score = components.stream().mapToInt(Component::points).sum();
        return new Evaluation(unmet.isEmpty(), score, components, unmet);
    }

    /**
     * The same decision as {@link #evaluate} without building explanations (ranking thousands of pairs):
     * the score, or −1 when a hard filter excludes the pair.
     */
    public static int quickScore(ParticipantProfile p, Placement pl, Preferences prefs, LocalDate asOf) {
        if (!"active".equals(p.status) || !hasFreeSeat(pl) || !periodOk(pl, asOf) || !ageOk(p, pl) || !licenceOk(p, pl)
                || !Levels.meets(Levels.SWEDISH, p.swedishLevel, pl.swedishLevel)
                || !Levels.meets(Levels.EDUCATION, p.educationLevel, pl.educationLevel)) {
            return -1;
        }
        return occupationPoints(p.interests(), pl.ssyk) + (kindPreferred(pl, prefs) ? KIND_POINTS : 0)
                + (placePreferred(pl, prefs) ? PLACE_POINTS : 0);
    }

    private static boolean hasFreeSeat(Placement pl) {
        return "open".equals(pl.status) && pl.freeSeats() > 0;
    }

    private static boolean periodOk(Placement pl, LocalDate asOf) {
        return !pl.periodEnd.isBefore(asOf);
    }

    /** Only the birth year is known: the age the participant reaches in the year the placement starts. */
    private static Integer age(ParticipantProfile p, Placement pl) {
        return p.birthYear == null ? null : pl.periodStart.getYear() - p.birthYear;
    }

    private static boolean ageOk(ParticipantProfile p, Placement pl) {
        if (pl.ageMin == null && pl.ageMax == null) {
            return true;
        }
        Integer age = age(p, pl);
        return age != null && (pl.ageMin == null || age >= pl.ageMin) && (pl.ageMax == null || age <= pl.ageMax);
    }

    private static boolean licenceOk(ParticipantProfile p, Placement pl) {
        return !pl.drivingLicence || p.drivingLicence;
    }

    private static boolean kindPreferred(Placement pl, Preferences prefs) {
        return prefs.kinds() != null && prefs.kinds().contains(pl.kind);
    }

    private static boolean placePreferred(Placement pl, Preferences prefs) {
        return prefs.place() != null && !prefs.place().isBlank() && matchesPlace(pl, prefs.place());
    }

    /** Best fit of any interest: inside the interest group 50, same minor group 30, sub-major 15, major 5. */
    static Component occupation(ParticipantProfile p, Placement pl) {
        String best = null;
        int bestPoints = 0;
        for (String interest : p.interests()) {
            int points = occupationPoints(List.of(interest), pl.ssyk);
            if (points > bestPoints || (points == bestPoints && points > 0 && interest.compareTo(best) < 0)) {
                bestPoints = points;
                best = interest;
            }
        }
        if (best == null) {
            return new Component("occupation", 0, "Yrket " + pl.ssyk + " matchar inget yrkesintresse",
                    "Occupation " + pl.ssyk + " matches no occupational interest");
        }
        return new Component("occupation", bestPoints,
                "Yrket " + pl.ssyk + (bestPoints == OCCUPATION_MAX ? " ligger inom" : " ligger nära") + " yrkesintresset " + best,
                "Occupation " + pl.ssyk + (bestPoints == OCCUPATION_MAX ? " is within" : " is close to") + " the interest " + best);
    }

    static int occupationPoints(List<String> interests, String ssyk) {
        int best = 0;
        for (String interest : interests) {
            int points;
            if (ssyk.startsWith(interest)) {
                points = OCCUPATION_MAX;
            } else {
                points = switch (commonPrefix(interest, ssyk)) {
                    case 3 -> 30;
                    case 2 -> 15;
                    case 1 -> 5;
                    default -> 0;
                };
            }
            best = Math.max(best, points);
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static boolean matchesPlace(Placement pl, String wanted) {
        String w = wanted.toLowerCase(Locale.ROOT);
        return (pl.municipality != null && pl.municipality.toLowerCase(Locale.ROOT).equals(w))
                || (pl.place != null && pl.place.toLowerCase(Locale.ROOT).contains(w));
    }

    private static String range(Placement pl) {
        return (pl.ageMin == null ? "" : pl.ageMin) + "–" + (pl.ageMax == null ? "" : pl.ageMax);
    }
}
