package se.arbetsmarknad.placement.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.arbetsmarknad.placement.common.EducationLevel;
import se.arbetsmarknad.placement.common.SwedishLevel;
import se.arbetsmarknad.placement.placement.PlacementKind;
import se.arbetsmarknad.placement.placement.PlacementStatus;

/**
 * How well a participant and a placement fit, and why. Hard filters decide eligibility (free seats,
 * period, age, driving licence, Swedish level, education); soft criteria give points (0-100): occupation
 * interest by SSYK group (up to 50), preferred kinds (30) and place (20). Each component carries its
 * reason in Swedish and English, so a case officer can explain a proposal.
 *
 * <p>{@link #quickScore} decides and scores without building explanations (ranking thousands of pairs);
 * {@link #evaluate} gives the same answer with its reasons, for the few pairs shown.
 */
public final class Scoring {

    public static final int OCCUPATION_MAX = 50;
    public static final int KIND_POINTS = 30;
    public static final int PLACE_POINTS = 20;
    /** {@link #quickScore} of a pair that a hard filter excludes. */
    public static final int EXCLUDED = -1;

    private Scoring() {
    }

    @Schema(description = "Del av poängen eller ett hårt krav, med skäl / Part of the score or a hard filter, with its reason")
    public record Component(@Schema(example = "occupation") String key, @Schema(example = "50") int points,
            @Schema(example = "Yrket 8331 ligger inom deltagarens intresse 833") String reasonSv,
            @Schema(example = "Occupation 8331 is within the participant's interest 833") String reasonEn) {
    }

    public record Evaluation(boolean eligible, int score, List<Component> components, List<Component> unmet) {
    }

    /** Optional wishes of the case officer and participant: kinds and a place they prefer. */
    public static final class Preferences {
        public static final Preferences NONE = new Preferences(Set.of(), null);
        private final Set<PlacementKind> kinds;
        private final String place;
        private final String placeLower;

        public Preferences(Set<PlacementKind> kinds, String place) {
            this.kinds = kinds == null ? Set.of() : kinds;
            this.place = place == null || place.isBlank() ? null : place.strip();
            this.placeLower = this.place == null ? null : this.place.toLowerCase(Locale.ROOT);
        }

        public Set<PlacementKind> kinds() {
            return kinds;
        }

        public String place() {
            return place;
        }
    }

    public static Evaluation evaluate(ParticipantFacts p, PlacementFacts pl, Preferences prefs, LocalDate asOf) {
        List<Component> unmet = new ArrayList<>();
        if (!p.isActive()) {
            unmet.add(new Component("participant", 0, "Deltagaren är inte aktiv (" + p.status.code() + ")",
                    "The participant is not active (" + p.status.code() + ")"));
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
        if (!SwedishLevel.meets(p.swedishLevel, pl.swedishLevel)) {
            unmet.add(new Component("swedishLevel", 0, "Platsen kräver svenska minst " + pl.swedishLevel.code() + " (har " + code(p.swedishLevel) + ")",
                    "The placement requires Swedish at least " + pl.swedishLevel.code() + " (has " + code(p.swedishLevel) + ")"));
        }
        if (!EducationLevel.meets(p.educationLevel, pl.educationLevel)) {
            unmet.add(new Component("educationLevel", 0, "Platsen kräver utbildning minst " + pl.educationLevel.code(),
                    "The placement requires education at least " + pl.educationLevel.code()));
        }

        List<Component> components = new ArrayList<>();
        components.add(occupation(p, pl));
        if (kindPreferred(pl, prefs)) {
            components.add(new Component("kind", KIND_POINTS, "Önskad insatsform: " + pl.kind.code(), "Preferred kind: " + pl.kind.code()));
        }
        if (placePreferred(pl, prefs)) {
            components.add(new Component("place", PLACE_POINTS, "Önskad ort/plats: " + prefs.place(), "Preferred place: " + prefs.place()));
        }
        int score = components.stream().mapToInt(Component::points).sum();
        return new Evaluation(unmet.isEmpty(), score, components, unmet);
    }

    /** The same decision and score as {@link #evaluate} without explanations, or {@link #EXCLUDED}. */
    public static int quickScore(ParticipantFacts p, PlacementFacts pl, Preferences prefs, LocalDate asOf) {
        if (!eligible(p, pl, asOf)) {
            return EXCLUDED;
        }
        return occupationPoints(p.interests, pl.ssyk) + (kindPreferred(pl, prefs) ? KIND_POINTS : 0)
                + (placePreferred(pl, prefs) ? PLACE_POINTS : 0);
    }

    /** Every hard filter. */
    public static boolean eligible(ParticipantFacts p, PlacementFacts pl, LocalDate asOf) {
        return p.isActive() && hasFreeSeat(pl) && periodOk(pl, asOf) && ageOk(p, pl) && licenceOk(p, pl)
                && SwedishLevel.meets(p.swedishLevel, pl.swedishLevel) && EducationLevel.meets(p.educationLevel, pl.educationLevel);
    }

    private static boolean hasFreeSeat(PlacementFacts pl) {
        return pl.status == PlacementStatus.OPEN && pl.freeSeats() > 0;
    }

    private static boolean periodOk(PlacementFacts pl, LocalDate asOf) {
        return !pl.periodEnd.isBefore(asOf);
    }

    /** Only the birth year is known: the age the participant reaches in the year the placement starts. */
    private static Integer age(ParticipantFacts p, PlacementFacts pl) {
        return p.birthYear == null ? null : pl.startYear - p.birthYear;
    }

    private static boolean ageOk(ParticipantFacts p, PlacementFacts pl) {
        if (pl.ageMin == null && pl.ageMax == null) {
            return true;
        }
        if (p.birthYear == null) {
            return false;
        }
        int age = pl.startYear - p.birthYear;
        return (pl.ageMin == null || age >= pl.ageMin) && (pl.ageMax == null || age <= pl.ageMax);
    }

    private static boolean licenceOk(ParticipantFacts p, PlacementFacts pl) {
        return !pl.drivingLicence || p.drivingLicence;
    }

    private static boolean kindPreferred(PlacementFacts pl, Preferences prefs) {
        return !prefs.kinds().isEmpty() && prefs.kinds().contains(pl.kind);
    }

    private static boolean placePreferred(PlacementFacts pl, Preferences prefs) {
        String w = prefs.placeLower;
        return w != null && (w.equals(pl.municipalityLower) || (pl.placeLower != null && pl.placeLower.contains(w)));
    }

    /** Best fit of any interest: inside the interest group 50, same minor group 30, sub-major 15, major 5. */
    static Component occupation(ParticipantFacts p, PlacementFacts pl) {
        String best = null;
        int bestPoints = 0;
        for (String interest : p.interests) {
            int points = occupationPoints(interest, pl.ssyk);
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
        for (int i = 0; i < interests.size() && best < OCCUPATION_MAX; i++) {
            best = Math.max(best, occupationPoints(interests.get(i), ssyk));
        }
        return best;
    }

    private static int occupationPoints(String interest, String ssyk) {
        if (ssyk.startsWith(interest)) {
            return OCCUPATION_MAX;
        }
        int n = 0;
        while (n < interest.length() && n < ssyk.length() && interest.charAt(n) == ssyk.charAt(n)) {
            n++;
        }
        return switch (n) {
            case 3 -> 30;
            case 2 -> 15;
            case 1 -> 5;
            default -> 0;
        };
    }

    private static String code(SwedishLevel level) {
        return level == null ? "okand" : level.code();
    }

    private static String range(PlacementFacts pl) {
        return (pl.ageMin == null ? "" : pl.ageMin) + "–" + (pl.ageMax == null ? "" : pl.ageMax);
    }
}
