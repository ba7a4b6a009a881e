package se.arbetsmarknad.placement.ssyk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import se.arbetsmarknad.placement.PlacementConfig;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.sheet.Sheet;
import se.arbetsmarknad.platform.sheet.SheetReader;
import se.arbetsmarknad.platform.sheet.SheetRow;

/**
 * SSYK 2012, the Swedish standard classification of occupations, at its four levels (1-digit
 * yrkesområde down to 4-digit yrkesgrupp). The list is data: the official classification shipped as
 * {@code ssyk/ssyk2012.csv} (see the README beside it for its sources), or the file named by
 * {@code placement.ssyk.file} ({@link PlacementConfig.Ssyk#file()}); loaded at start-up into
 * {@code ssyk_code} and kept in memory for validation, search and matching.
 */
@ApplicationScoped
public class SsykCatalogue {

    static final String SHIPPED = "ssyk/ssyk2012.csv";
    /** Far above SSYK's 633 groups; a file longer than this is not an occupation list. */
    private static final int MAX_ROWS = 10_000;
    private static final Logger LOG = Logger.getLogger(SsykCatalogue.class);

    @Inject
    EntityManager em;
    @Inject
    PlacementConfig config;

    private volatile Map<String, Entry> entries = Map.of();

    /** One group of the classification; {@code nameEn} is null when the list has no English names. */
    public record Entry(String code, int level, String name, String nameEn) {
    }

    @Transactional
    void load(@Observes @jakarta.annotation.Priority(100) StartupEvent start) {
        Optional<String> file = config.ssyk().file();
        List<Entry> list = read(file);
        int written = store(list);
        use(list);
        LOG.infof("SSYK 2012: %d codes loaded from %s, %d rows written", list.size(), file.orElse(SHIPPED), written);
    }

    /**
     * Makes {@code ssyk_code} hold exactly {@code list}, in one statement: codes no longer in the list go,
     * new ones are inserted, changed ones updated; a row that already holds the same values is not written,
     * so a restart with the same catalogue (the usual case) writes nothing. Returns the rows inserted or
     * updated.
     */
    int store(List<Entry> list) {
        return em.createNativeQuery("""
                with list (code, level, name_sv, parent) as (
                    select * from unnest(cast(:codes as varchar[]), cast(:levels as integer[]),
                        cast(:names as varchar[]), cast(:parents as varchar[]))
                ), gone as (
                    delete from ssyk_code s where not exists (select 1 from list l where l.code = s.code)
                )
                insert into ssyk_code (code, level, name_sv, parent) select code, level, name_sv, parent from list
                on conflict (code) do update set level = excluded.level, name_sv = excluded.name_sv, parent = excluded.parent
                where (ssyk_code.level, ssyk_code.name_sv, ssyk_code.parent)
                    is distinct from (excluded.level, excluded.name_sv, excluded.parent)""")
                .setParameter("codes", list.stream().map(Entry::code).toArray(String[]::new))
                .setParameter("levels", list.stream().map(Entry::level).toArray(Integer[]::new))
                .setParameter("names", list.stream().map(Entry::name).toArray(String[]::new))
                .setParameter("parents", list.stream().map(SsykCatalogue::parent).toArray(String[]::new))
                .executeUpdate();
    }

    private static String parent(Entry e) {
        return e.level() > 1 ? e.code().substring(0, e.level() - 1) : null;
    }

    /** Makes {@code list} the catalogue that validation and search answer from. */
    void use(List<Entry> list) {
        Map<String, Entry> byCode = new TreeMap<>();
        list.forEach(e -> byCode.put(e.code(), e));
        entries = Map.copyOf(byCode);
    }

    /** The list in {@code file} (CSV or .xlsx), or the shipped one when no file is configured. */
    static List<Entry> read(Optional<String> file) {
        try (InputStream in = file.isPresent() ? Files.newInputStream(Path.of(file.get()))
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED)) {
            return entries(SheetReader.read(in.readAllBytes(), MAX_ROWS));
        } catch (IOException | ProblemException e) {
            throw new IllegalStateException("Cannot read the SSYK list " + file.orElse(SHIPPED) + ": " + e.getMessage(), e);
        }
    }

    static List<Entry> parse(String text) {
        return entries(SheetReader.csv(text, MAX_ROWS));
    }

    /**
     * Checks the list, read by the platform's sheet reader (comma or semicolon, BOM, encoding): a header
     * naming {@code code} and {@code name_sv} (or {@code name}), optionally {@code level} and
     * {@code name_en}; codes of 1–4 digits whose level, when given, is their length, each with a name and,
     * below level 1, with its parent group in the list.
     */
    private static List<Entry> entries(Sheet sheet) {
        String nameColumn = sheet.columns().contains("name_sv") ? "name_sv" : "name";
        if (!sheet.columns().contains("code") || !sheet.columns().contains(nameColumn)) {
            throw new IllegalStateException("SSYK list: the header must name 'code' and 'name_sv' (or 'name')");
        }
        boolean levels = sheet.columns().contains("level");
        List<Entry> list = new ArrayList<>();
        for (SheetRow r : sheet.rows()) {
            String code = Optional.ofNullable(r.text("code")).orElse("");
            if (!code.matches("\\d{1,4}")) {
                throw new IllegalStateException("SSYK list: bad code '" + code + "' on line " + r.number());
            }
            if (levels && !String.valueOf(code.length()).equals(r.text("level"))) {
                throw new IllegalStateException("SSYK list: " + code + " is not at level " + r.text("level"));
            }
            String name = r.text(nameColumn);
            if (name == null) {
                throw new IllegalStateException("SSYK list: " + code + " has no name");
            }
            list.add(new Entry(code, code.length(), name, r.text("name_en")));
        }
        Set<String> codes = new HashSet<>();
        list.forEach(e -> codes.add(e.code()));
        for (Entry e : list) {
            if (e.level() > 1 && !codes.contains(parent(e))) {
                throw new IllegalStateException("SSYK list: " + e.code() + " has no parent group");
            }
        }
        return list;
    }

    public boolean exists(String code) {
        return code != null && entries.containsKey(code);
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : entries.get(code)).map(Entry::name);
    }

    /** A placement's occupation must be a 4-digit yrkesgrupp in the list; 400 naming {@code ssyk} otherwise. */
    public void requireUnitGroup(String code, String field) {
        if (code == null || !code.matches("\\d{4}") || !exists(code)) {
            throw ProblemException.invalid(field, "okänd SSYK 2012-yrkesgrupp (4 siffror) / unknown SSYK 2012 unit group: " + code);
        }
    }

    /** Groups whose code starts with {@code query} or whose Swedish or English name contains it, in code order. */
    public List<Entry> search(String query, Integer level) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return new TreeMap<>(entries).values().stream()
                .filter(e -> level == null || e.level() == level)
                .filter(e -> q.isEmpty() || e.code().startsWith(q) || e.name().toLowerCase(Locale.ROOT).contains(q)
                        || e.nameEn() != null && e.nameEn().toLowerCase(Locale.ROOT).contains(q))
                .toList();
    }

    public int size() {
        return entries.size();
    }

    /** How many groups the list holds at each level (1–4). */
    public Map<Integer, Long> countsByLevel() {
        Map<Integer, Long> counts = new TreeMap<>();
        entries.values().forEach(e -> counts.merge(e.level(), 1L, Long::sum));
        return counts;
    }
}
