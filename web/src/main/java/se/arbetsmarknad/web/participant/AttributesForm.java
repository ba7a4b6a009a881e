package se.arbetsmarknad.web.participant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.arbetsmarknad.web.clients.ParticipantDtos.Attributes;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.format.Formats;
import se.arbetsmarknad.web.format.Labels;

/** The participant's attributes as form fields: read from a form, written into one, compared field by field. */
final class AttributesForm {

    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("personnummer", "Personnummer eller samordningsnummer");
        LABELS.put("enrolledOn", "Inskrivningsdag");
        LABELS.put("firstName", "Förnamn");
        LABELS.put("lastName", "Efternamn");
        LABELS.put("gender", "Kön");
        LABELS.put("bornAbroad", "Utrikes född");
        LABELS.put("educationLevel", "Utbildningsnivå");
        LABELS.put("swedishLevel", "Svenskanivå");
        LABELS.put("childrenInHousehold", "Barn i hushållet");
        LABELS.put("singleParent", "Ensamstående förälder");
        LABELS.put("assistanceSince", "Försörjningsstöd sedan");
        LABELS.put("supportObstacle", "Försörjningshinder");
        LABELS.put("referralSource", "Remissväg");
        LABELS.put("occupationInterests", "Yrkesintressen (SSYK-koder)");
        LABELS.put("drivingLicence", "B-körkort");
        LABELS.put("protectedIdentity", "Skyddad identitet");
    }

    private AttributesForm() {
    }

    static Attributes read(Form f) {
        return new Attributes(f.raw("firstName"), f.raw("lastName"), f.raw("gender"), FormInput.bool(f, "bornAbroad"),
                f.raw("educationLevel"), f.raw("swedishLevel"), FormInput.bool(f, "childrenInHousehold"),
                FormInput.bool(f, "singleParent"), FormInput.date(f, "assistanceSince"), f.raw("supportObstacle"),
                f.raw("referralSource"), FormInput.words(f, "occupationInterests"), FormInput.bool(f, "drivingLicence"),
                FormInput.bool(f, "protectedIdentity"));
    }

    static Form fill(Form f, Attributes a) {
        if (a == null) {
            return f;
        }
        return f.value("firstName", a.firstName()).value("lastName", a.lastName()).value("gender", a.gender())
                .value("bornAbroad", a.bornAbroad()).value("educationLevel", a.educationLevel())
                .value("swedishLevel", a.swedishLevel()).value("childrenInHousehold", a.childrenInHousehold())
                .value("singleParent", a.singleParent()).value("assistanceSince", a.assistanceSince())
                .value("supportObstacle", a.supportObstacle()).value("referralSource", a.referralSource())
                .value("occupationInterests", a.occupationInterests() == null ? null : String.join(" ", a.occupationInterests()))
                .value("drivingLicence", a.drivingLicence()).value("protectedIdentity", a.protectedIdentity());
    }

    /** The service's field path → this form's field ("attributes.firstName" → "firstName"). */
    static String field(String path) {
        String f = path.startsWith("attributes.") ? path.substring("attributes.".length()) : path;
        f = f.replaceAll("\\[\\d+]$", "");
        return LABELS.containsKey(f) ? f : null;
    }

    /** One attribute someone else changed while this user was editing. */
    record Change(String field, String label, String theirs, String mine) {
    }

    /** What differs between the stored attributes (now) and the ones the user started from (then). */
    static List<Change> changes(Attributes then, Attributes now, Attributes mine) {
        List<Change> out = new ArrayList<>();
        compare(out, "firstName", then.firstName(), now.firstName(), mine.firstName());
        compare(out, "lastName", then.lastName(), now.lastName(), mine.lastName());
        compare(out, "gender", label("gender", then.gender()), label("gender", now.gender()), label("gender", mine.gender()));
        compare(out, "bornAbroad", Formats.yesNo(then.bornAbroad()), Formats.yesNo(now.bornAbroad()), Formats.yesNo(mine.bornAbroad()));
        compare(out, "educationLevel", label("education", then.educationLevel()), label("education", now.educationLevel()),
                label("education", mine.educationLevel()));
        compare(out, "swedishLevel", label("swedish", then.swedishLevel()), label("swedish", now.swedishLevel()),
                label("swedish", mine.swedishLevel()));
        compare(out, "childrenInHousehold", Formats.yesNo(then.childrenInHousehold()), Formats.yesNo(now.childrenInHousehold()),
                Formats.yesNo(mine.childrenInHousehold()));
        compare(out, "singleParent", Formats.yesNo(then.singleParent()), Formats.yesNo(now.singleParent()), Formats.yesNo(mine.singleParent()));
        compare(out, "assistanceSince", Formats.date(then.assistanceSince()), Formats.date(now.assistanceSince()),
                Formats.date(mine.assistanceSince()));
        compare(out, "supportObstacle", then.supportObstacle(), now.supportObstacle(), mine.supportObstacle());
        compare(out, "referralSource", label("referral", then.referralSource()), label("referral", now.referralSource()),
                label("referral", mine.referralSource()));
        compare(out, "occupationInterests", join(then.occupationInterests()), join(now.occupationInterests()), join(mine.occupationInterests()));
        compare(out, "drivingLicence", Formats.yesNo(then.drivingLicence()), Formats.yesNo(now.drivingLicence()), Formats.yesNo(mine.drivingLicence()));
        compare(out, "protectedIdentity", Formats.yesNo(then.protectedIdentity()), Formats.yesNo(now.protectedIdentity()),
                Formats.yesNo(mine.protectedIdentity()));
        return out;
    }

    private static void compare(List<Change> out, String field, String then, String now, String mine) {
        if (!Objects.equals(blank(then), blank(now))) {
            out.add(new Change(field, LABELS.get(field), Formats.or(now), Formats.or(mine)));
        }
    }

    private static String label(String list, String code) {
        return code == null ? null : Labels.of(list, code);
    }

    private static String join(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(" ", codes);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() || s.equals(Formats.MISSING) ? null : s;
    }
}
