package se.arbetsmarknad.reporting.assistance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import se.arbetsmarknad.reporting.readmodel.Dims;
import se.arbetsmarknad.reporting.readmodel.Facts;
import se.arbetsmarknad.reporting.readmodel.ReadModelCleared;
import se.arbetsmarknad.reporting.statistics.ImportedFigures;

/**
 * The imported figures, kept as they came ({@code assistance_figure}: the source of truth, which a rebuild
 * of the read model does not touch), and their place in the counters every report reads. A month's figure
 * is a stock that holds for that month only: +value on its first day, −value on the first day of the
 * next, so a month without an import has no figure rather than last month's, and replacing a month
 * changes that month alone.
 */
@ApplicationScoped
public class AssistanceFigures implements ImportedFigures {

    /** Gender keys as the counters keep them: women, men, and '' for people without gender (households). */
    private static final String[] GENDERS = { "K", "M", "" };

    @Inject
    Session session;
    @Inject
    Facts facts;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<YearMonth> lastMonth(String statistic, int year) {
        Object last = session.createNativeQuery("""
                select max(month) from assistance_figure where statistic = :s and month between :from and :to""",
                Object.class).setParameter("s", statistic).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 1)).getSingleResult();
        return java.util.Optional.ofNullable(last).map(d -> YearMonth.from(toDate(d)));
    }

    /** Whether figures of this month and unit were imported before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(YearMonth month, String unit) {
        return !session.createNativeQuery("select 1 from assistance_figure where month = :m and unit = :u", Integer.class)
                .setParameter("m", month.atDay(1)).setParameter("u", unit).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Replaces everything held for the month and unit with these figures; the counters move by the
     * difference (buffered: the caller flushes {@link Facts} before its transaction ends).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(MonthFigures figures, UUID importId) {
        LocalDate month = figures.month().atDay(1);
        Map<String, Long> before = new HashMap<>();
        session.createNativeQuery("select statistic, gender, value from assistance_figure where month = :m and unit = :u",
                Object[].class).setParameter("m", month).setParameter("u", figures.unit()).getResultList()
                .forEach(r -> before.put(r[0] + "/" + r[1], ((Number) r[2]).longValue()));
        session.createNativeQuery("delete from assistance_figure where month = :m and unit = :u", Object.class)
                .setParameter("m", month).setParameter("u", figures.unit()).executeUpdate();
        Map<String, Long> after = new HashMap<>();
        figures.figures().forEach((measure, counts) -> {
            long[] values = { counts.women(), counts.men(), counts.rest() };
            for (int g = 0; g < GENDERS.length; g++) {
                if (values[g] > 0) {
                    after.put(measure.statistic() + "/" + GENDERS[g], values[g]);
                    session.createNativeQuery("""
                            insert into assistance_figure (month, unit, statistic, gender, value, import_id)
                            values (:m, :u, :s, :g, :v, :i)""", Object.class)
                            .setParameter("m", month).setParameter("u", figures.unit())
                            .setParameter("s", measure.statistic()).setParameter("g", GENDERS[g])
                            .setParameter("v", values[g]).setParameter("i", importId).executeUpdate();
                }
            }
        });
        java.util.Set<String> keys = new java.util.HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            long delta = after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
            String[] parts = key.split("/", -1);
            count(parts[0], month, figures.unit(), parts[1], delta);
        }
    }

    /** Puts every imported figure into the counters again when the read model was emptied for a rebuild. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCleared(@Observes ReadModelCleared cleared) {
        reapplyAll();
        facts.flush();
    }

    int reapplyAll() {
        List<Object[]> rows = session.createNativeQuery(
                "select statistic, month, unit, gender, value from assistance_figure", Object[].class).getResultList();
        for (Object[] r : rows) {
            count((String) r[0], toDate(r[1]), (String) r[2], (String) r[3], ((Number) r[4]).longValue());
        }
        return rows.size();
    }

    private void count(String statistic, LocalDate month, String unit, String gender, long delta) {
        Dims dims = new Dims(gender, unit, "", "", "");
        facts.add(statistic, month, dims, delta);
        facts.add(statistic, month.plusMonths(1), dims, -delta);
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }
}
