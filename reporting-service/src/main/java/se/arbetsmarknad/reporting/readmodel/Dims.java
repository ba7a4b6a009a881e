package se.arbetsmarknad.reporting.readmodel;

/**
 * The breakdown a counter is kept under. Empty strings (never null) stand for "not applicable", so the
 * columns can be part of the primary key.
 */
public record Dims(String gender, String unit, String ageBand, String kind, String project) {

    public Dims {
        gender = gender == null ? "" : gender;
        unit = unit == null ? "" : unit;
        ageBand = ageBand == null ? "" : ageBand;
        kind = kind == null ? "" : kind;
        project = project == null ? "" : project;
    }

    public Dims kind(String newKind) {
        return new Dims(gender, unit, ageBand, newKind, project);
    }

    public Dims project(String newProject) {
        return new Dims(gender, unit, ageBand, kind, newProject);
    }

    public Dims unit(String newUnit) {
        return new Dims(gender, newUnit, ageBand, kind, project);
    }
}
