package se.arbetsmarknad.placement.ssyk;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * SSYK 2012, the Swedish standard classification of occupations, at its four levels (1-digit
 * yrkesområde down to 4-digit yrkesgrupp). The list is data: the official classification shipped as
 * {@code ssyk/ssyk2012.csv} (see the README beside it for its sources), or the file named by
 * {@code placement.ssyk.file}; loaded at start-up into {@code ssyk_code} and kept in memory for
 * validation, search and matching.
 */
@ApplicationScoped
public class SsykCatalogue {

    static final String SHIPPED = "ssyk/ssyk2012.csv";
    private static final Logger LOG = Logger.getLogger(SsykCatalogue.class);

    @Inject
    EntityManager em;
    @ConfigProperty(name = "placement.ssyk.file")
    Optional<String> file;

    private volatile Map<String, Entry> entries = Map.of();

    /** One group of the classification; {@code nameEn} is null when the list has no English names. */
    public record Entry(String code, int level, String name, String nameEn) {
    }

    @Transactional
    void load(@Observes @jakarta.annotation.Priority(100) StartupEvent start) {
        List<Entry> list = read();
        for (Entry e : list) {
            em.createNativeQuery("""
                    insert into ssyk_code (code, level, name_sv, parent) values (:c, :l, :n, :p)
                    on conflict (code) do update set name_sv = excluded.name_sv, level = excluded.level, parent = excluded.parent""")
                    .setParameter("c", e.code()).setParameter("l", e.level()).setParameter("n", e.name())
                    .setParameter("p", e.level() > 1 ? e.code().substring(0, e.level() - 1) : null)
                    .executeUpdate();
        }
        use(list);
        LOG.infof("SSYK 2012: %d codes loaded from %s", list.size(), file.filter(f -> !f.isBlank()).orElse(SHIPPED));
    }

    /** Makes {@code list} the catalogue that validation and search answer from. */
    void use(List<Entry> list) {
        Map<String, Entry> byCode = new TreeMap<>();
        list.forEach(e -> byCode.put(e.code(), e));
        entries = Map.copyOf(byCode);
    }

    /**
     * Parses and checks the list: a header naming {@code code} and {@code name_sv} (or {@code name}),
     * optionally {@code level} and {@code name_en}; comma or semicolon separated; codes of 1–4 digits whose
     * level, when given, is their length, each below level 1 with its parent group in the list.
     */
    List<Entry> read() {
        try (InputStream in = open()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the SSYK list", e);
        }
    }

    static List<Entry> parse(String text) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String header = body.lines().findFirst().orElse("");
        char delimiter = header.indexOf(';') >= 0 ? ';' : ',';
        List<Entry> list = new ArrayList<>();
        try (Reader reader = new StringReader(body);
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                        .setSkipHeaderRecord(true).setTrim(true).get().parse(reader)) {
            Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            columns.putAll(parser.getHeaderMap());
            String nameColumn = columns.containsKey("name_sv") ? "name_sv" : "name";
            if (!columns.containsKey("code") || !columns.containsKey(nameColumn)) {
                throw new IllegalStateException("SSYK list: the header must name 'code' and 'name_sv' (or 'name')");
            }
            for (CSVRecord r : parser) {
                String code = r.get(columns.get("code"));
                if (!code.matches("\\d{1,4}")) {
                    throw new IllegalStateException("SSYK list: bad code '" + code + "' on line " + r.getRecordNumber());
                }
                if (columns.containsKey("level") && !r.get(columns.get("level")).equals(String.valueOf(code.length()))) {
                    throw new IllegalStateException("SSYK list: " + code + " is not at level " + r.get(columns.get("level")));
                }
                String nameEn = columns.containsKey("name_en") ? r.get(columns.get("name_en")) : null;
                list.add(new Entry(code, code.length(), r.get(columns.get(nameColumn)),
                        nameEn == null || nameEn.isBlank() ? null : nameEn));
            }
        }
        Set<String> codes = new HashSet<>();
        list.forEach(e -> codes.add(e.code()));
        for (Entry e : list) {
            if (e.level() > 1 && !codes.contains(e.code().substring(0, e.level() - 1))) {
                throw new IllegalStateException("SSYK list: " + e.code() + " has no parent group");
            }
        }
        return list;
    }

    private InputStream open() throws IOException {
        if (file.isPresent() && !file.get().isBlank()) {
            return Files.newInputStream(Path.of(file.get()));
        }
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED);
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
