package se.arbetsmarknad.web.provider;

import java.util.LinkedHashMap;
import java.util.Map;

import se.arbetsmarknad.web.clients.PlacementDtos.Placement;
import se.arbetsmarknad.web.clients.PlacementDtos.PlacementRequest;
import se.arbetsmarknad.web.clients.PlacementDtos.Requirements;
import se.arbetsmarknad.web.clients.PlacementDtos.Supervisor;
import se.arbetsmarknad.web.errors.Form;
import se.arbetsmarknad.web.errors.FormInput;
import se.arbetsmarknad.web.errors.Snapshot;
import se.arbetsmarknad.web.format.Formats;
import se.arbetsmarknad.web.format.Labels;

/** A placement as form fields: read from a posted form, written into one, and shown field by field. */
final class PlacementForm {

    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("kind", "Slag av plats");
        LABELS.put("title", "Rubrik");
        LABELS.put("ssyk", "Yrke (SSYK-kod)");
        LABELS.put("description", "Beskrivning");
        LABELS.put("municipality", "Kommun");
        LABELS.put("place", "Arbetsplats");
        LABELS.put("seats", "Antal platser");
        LABELS.put("periodStart", "Första dag");
        LABELS.put("periodEnd", "Sista dag");
        LABELS.put("hoursPerWeek", "Timmar per vecka");
        LABELS.put("swedishLevel", "Lägsta svenskanivå");
        LABELS.put("drivingLicence", "B-körkort krävs");
        LABELS.put("ageMin", "Lägsta ålder");
        LABELS.put("ageMax", "Högsta ålder");
        LABELS.put("educationLevel", "Lägsta utbildningsnivå");
        LABELS.put("supervisorName", "Handledarens namn");
        LABELS.put("supervisorPhone", "Handledarens telefon");
        LABELS.put("supervisorEmail", "Handledarens e-post");
    }

    private PlacementForm() {
    }

    static PlacementRequest read(Form f, Boolean publish) {
        Requirements requirements = new Requirements(f.raw("swedishLevel"), FormInput.bool(f, "drivingLicence"),
                FormInput.integer(f, "ageMin"), FormInput.integer(f, "ageMax"), f.raw("educationLevel"));
        Supervisor supervisor = new Supervisor(f.raw("supervisorName"), f.raw("supervisorPhone"), f.raw("supervisorEmail"));
        return new PlacementRequest(null, f.raw("kind"), f.raw("title"), f.raw("ssyk"), f.raw("description"), f.raw("municipality"),
                f.raw("place"), FormInput.integer(f, "seats"), FormInput.date(f, "periodStart"), FormInput.date(f, "periodEnd"),
                FormInput.decimal(f, "hoursPerWeek"), requirements, supervisor, publish);
    }

    static Form fill(Form f, Placement p) {
        f.value("kind", p.kind()).value("title", p.title()).value("ssyk", p.ssyk()).value("description", p.description())
                .value("municipality", p.municipality()).value("place", p.place()).value("seats", p.seats())
                .value("periodStart", p.periodStart()).value("periodEnd", p.periodEnd())
                .value("hoursPerWeek", p.hoursPerWeek() == null ? null : p.hoursPerWeek().stripTrailingZeros().toPlainString().replace('.', ','));
        Requirements r = p.requirements();
        if (r != null) {
            f.value("swedishLevel", r.swedishLevel()).value("drivingLicence", r.drivingLicence()).value("ageMin", r.ageMin())
                    .value("ageMax", r.ageMax()).value("educationLevel", r.educationLevel());
        }
        Supervisor s = p.supervisor();
        if (s != null) {
            f.value("supervisorName", s.name()).value("supervisorPhone", s.phone()).value("supervisorEmail", s.email());
        }
        return f;
    }

    /** The placement as the edit form shows it: what a stale save compares. */
    static Snapshot displayed(PlacementRequest p) {
        Requirements r = p.requirements() == null ? new Requirements(null, null, null, null, null) : p.requirements();
        Supervisor s = p.supervisor() == null ? new Supervisor(null, null, null) : p.supervisor();
        return new Snapshot().put("kind", Labels.of("placementKind", p.kind())).put("title", p.title()).put("ssyk", p.ssyk())
                .put("description", p.description()).put("municipality", p.municipality()).put("place", p.place())
                .put("seats", p.seats()).put("periodStart", Formats.date(p.periodStart())).put("periodEnd", Formats.date(p.periodEnd()))
                .put("hoursPerWeek", Formats.number(p.hoursPerWeek())).put("swedishLevel", Labels.of("requiredSwedish", r.swedishLevel()))
                .put("drivingLicence", Formats.yesNo(Boolean.TRUE.equals(r.drivingLicence()))).put("ageMin", r.ageMin())
                .put("ageMax", r.ageMax()).put("educationLevel", Labels.of("requiredEducation", r.educationLevel()))
                .put("supervisorName", s.name()).put("supervisorPhone", s.phone()).put("supervisorEmail", s.email());
    }

    static Snapshot displayed(Placement p) {
        return displayed(new PlacementRequest(null, p.kind(), p.title(), p.ssyk(), p.description(), p.municipality(), p.place(),
                p.seats(), p.periodStart(), p.periodEnd(), p.hoursPerWeek(), p.requirements(), p.supervisor(), null));
    }

    /** The service's field path → this form's field ("requirements.ageMin" → "ageMin", "supervisor.email" → "supervisorEmail"). */
    static String field(String path) {
        String f = path.replaceFirst("^rows\\[\\d+]\\.", "");
        if (f.startsWith("requirements.")) {
            f = f.substring("requirements.".length());
        } else if (f.startsWith("supervisor.")) {
            String rest = f.substring("supervisor.".length());
            f = "supervisor" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return LABELS.containsKey(f) ? f : null;
    }
}
