package se.arbetsmarknad.reporting.assistance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;

import se.arbetsmarknad.platform.problem.Problem.FieldError;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.problem.ProblemType;
import se.arbetsmarknad.reporting.readmodel.Facts;
import se.arbetsmarknad.reporting.readmodel.ReadModelVersion;

/**
 * Imports monthly figures from the financial-assistance system: every row is checked first, and one
 * failing row means nothing is written (problem+json naming each row and field); otherwise each month and
 * unit is replaced in one transaction, so importing the same month again gives the same figures, and the
 * reports and goals follow the new ones.
 */
@ApplicationScoped
public class AssistanceImports {

    /** One import may hold 20 years of monthly figures for 40 units. */
    static final int MAX_ROWS = 10_000;

    /** Who sent the figures: a manager's upload ({@code upload}, with its file name) or a system ({@code api}). */
    public record Source(String kind, String filename, String by) {
    }

    @Schema(description = "Rad i importen / A row of the import")
    public record RowResult(@Schema(example = "2") int row, @Schema(example = "2022-06") String month,
            @Schema(example = "arbete-forsorjning") String unit,
            @Schema(description = "new | replaced (månaden fanns och är ersatt / the month existed and is replaced)",
                    example = "replaced") String result) {
    }

    @Schema(description = "Importens utfall per rad / The import's outcome per row")
    public record Report(UUID importId, boolean dryRun, int rows, int months, int units, List<RowResult> results) {
    }

    @Schema(description = "En gjord import / An import made")
    public record ImportView(UUID id, String source, String filename, String importedBy, OffsetDateTime importedAt,
            int rows, @Schema(example = "2022-01") String firstMonth, @Schema(example = "2022-08") String lastMonth) {
    }

    /** The read model's version channel of imports: cached report figures are keyed by the version. */
    static final String CHANNEL = "assistance-import";

    @Inject
    AssistanceFigures figures;
    @Inject
    Facts facts;
    @Inject
    ReadModelVersion version;
    @Inject
    Session session;
    @Inject
    Clock clock;

    @Transactional
    public Report importRows(List<FigureRules.Numbered> rows, FigureRules.Naming naming, Source source,
            boolean dryRun) {
        return importRows(rows, List.of(), naming, source, dryRun);
    }

    /**
     * As above, for a sheet: {@code unreadable} are the errors of the rows whose cells could not be read
     * (left out of {@code rows}); they fail the import as any rule does, reported in row order with the rest.
     */
    @Transactional
    public Report importRows(List<FigureRules.Numbered> rows, List<FieldError> unreadable, FigureRules.Naming naming,
            Source source, boolean dryRun) {
        long unreadableRows = unreadable.stream().map(AssistanceImports::rowOf).distinct().count();
        long total = rows.size() + unreadableRows;
        if (total == 0) {
            throw ProblemException.invalid("rows", "inga rader / no rows");
        }
        if (total > MAX_ROWS) {
            throw ProblemException.invalid("rows", "högst " + MAX_ROWS + " rader per import / at most " + MAX_ROWS
                    + " rows per import");
        }
        FigureRules.Outcome outcome = FigureRules.check(rows, YearMonth.now(clock), naming);
        if (!outcome.errors().isEmpty() || !unreadable.isEmpty()) {
            List<FieldError> errors = new ArrayList<>(unreadable);
            errors.addAll(outcome.errors());
            errors.sort(Comparator.comparingInt(AssistanceImports::rowOf)); // stable: a row's errors keep their order
            long failing = errors.stream().map(AssistanceImports::rowOf).distinct().count();
            throw new ProblemException(ProblemType.VALIDATION, failing + " av " + total
                    + " rader har fel; inget har importerats / " + failing + " of " + total
                    + " rows have errors; nothing was imported", errors);
        }
        UUID importId = UUID.randomUUID();
        List<MonthFigures> checked = outcome.figures();
        List<RowResult> results = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            MonthFigures f = checked.get(i);
            results.add(new RowResult(rows.get(i).number(), f.month().toString(), f.unit(),
                    figures.exists(f.month(), f.unit()) ? "replaced" : "new"));
        }
        if (!dryRun) {
            YearMonth first = checked.stream().map(MonthFigures::month).min(Comparator.naturalOrder()).orElseThrow();
            YearMonth last = checked.stream().map(MonthFigures::month).max(Comparator.naturalOrder()).orElseThrow();
            session.createNativeQuery("""
                    insert into assistance_import (id, source, filename, imported_by, imported_at, rows, first_month, last_month)
                    values (:id, :source, :filename, :by, :at, :rows, :first, :last)""", Object.class)
                    .setParameter("id", importId).setParameter("source", source.kind())
                    .setParameter("filename", source.filename()).setParameter("by", source.by())
                    .setParameter("at", OffsetDateTime.now(clock)).setParameter("rows", checked.size())
                    .setParameter("first", first.atDay(1)).setParameter("last", last.atDay(1)).executeUpdate();
            checked.forEach(f -> figures.replace(f, importId));
            facts.flush();
            version.raise(CHANNEL);
        }
        return new Report(dryRun ? null : importId, dryRun, checked.size(),
                (int) checked.stream().map(MonthFigures::month).distinct().count(),
                (int) checked.stream().map(MonthFigures::unit).distinct().count(), results);
    }

    /** The latest imports, newest first: who sent what when (the figures themselves are read as statistics). */
    @Transactional
    public List<ImportView> recent(int limit) {
        return session.createNativeQuery("""
                select id, source, filename, imported_by, imported_at, rows, first_month, last_month
                from assistance_import order by imported_at desc, id limit :n""", Object[].class)
                .setParameter("n", limit).getResultList().stream()
                .map(r -> new ImportView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                        toOffset(r[4]), ((Number) r[5]).intValue(), month(r[6]), month(r[7]))).toList();
    }

    /** N of an error's field {@code rows[N].…}. */
    private static int rowOf(FieldError error) {
        String field = error.field();
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }

    private static String month(Object date) {
        return date.toString().substring(0, 7);
    }

    private static OffsetDateTime toOffset(Object o) {
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        return ((java.time.Instant) o).atOffset(java.time.ZoneOffset.UTC);
    }
}
