package se.arbetsmarknad.web.participant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.arbetsmarknad.web.clients.ParticipantDtos.Attributes;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.errors.Snapshot;
import se.arbetsmarknad.web.errors.Snapshot.Change;
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

    /** The attributes as the form shows them, field by field: what a stale save compares. */
    static Snapshot displayed(Attributes a) {
        Snapshot s = new Snapshot();
        if (a == null) {
            return s;
        }
        return s.put("firstName", a.firstName()).put("lastName", a.lastName()).put("gender", label("gender", a.gender()))
                .put("bornAbroad", Formats.yesNo(a.bornAbroad())).put("educationLevel", label("education", a.educationLevel()))
                .put("swedishLevel", label("swedish", a.swedishLevel()))
                .put("childrenInHousehold", Formats.yesNo(a.childrenInHousehold()))
                .put("singleParent", Formats.yesNo(a.singleParent())).put("assistanceSince", Formats.date(a.assistanceSince()))
                .put("supportObstacle", a.supportObstacle()).put("referralSource", label("referral", a.referralSource()))
                .put("occupationInterests", join(a.occupationInterests())).put("drivingLicence", Formats.yesNo(a.drivingLicence()))
                .put("protectedIdentity", Formats.yesNo(a.protectedIdentity()));
    }

    /** What differs between the stored attributes (now) and the ones the user started from (then). */
    static List<Change> changes(Snapshot then, Attributes now, Attributes mine) {
        return then.changes(displayed(now), displayed(mine), LABELS);
    }

    private static String label(String list, String code) {
        return code == null ? null : Labels.of(list, code);
    }

    private static String join(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(" ", codes);
    }

}
