package se.arbetsmarknad.placement.ssyk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * SSYK 2012, the Swedish standard classification of occupations (1-digit yrkesområde down to 4-digit
 * yrkesgrupp). The list is data: {@code ssyk/ssyk2012.csv} on the classpath, or the file named by
 * {@code placement.ssyk.file} (e.g. SCB's published list as "code;name"), loaded into {@code ssyk_code}
 * at start-up and kept in memory for validation and matching.
 */
@ApplicationScoped
public class SsykCatalogue {

    private static final Logger LOG = Logger.getLogger(SsykCatalogue.class);

    @Inject
    EntityManager em;
    @ConfigProperty(name = "placement.ssyk.file")
    Optional<String> file;

    private final Map<String, String> names = new ConcurrentHashMap<>();

    public record Entry(String code, String name) {
    }

    @Transactional
    void load(@Observes @jakarta.annotation.Priority(100) StartupEvent start) {
        List<Entry> entries = read();
        Map<String, String> byCode = new TreeMap<>();
        entries.forEach(e -> byCode.put(e.code(), e.name()));
        for (Map.Entry<String, String> e : byCode.entrySet()) {
            String code = e.getKey();
            em.createNativeQuery("""
                    insert into ssyk_code (code, level, name_sv, parent) values (:c, :l, :n, :p)
                    on conflict (code) do update set name_sv = excluded.name_sv, level = excluded.level, parent = excluded.parent""")
                    .setParameter("c", code).setParameter("l", code.length()).setParameter("n", e.getValue())
                    .setParameter("p", code.length() > 1 ? code.substring(0, code.length() - 1) : null)
                    .executeUpdate();
        }
        names.clear();
        names.putAll(byCode);
        LOG.infof("SSYK 2012: %d codes loaded", byCode.size());
    }

    /** Parsed and checked: codes 1-4 digits, every code below level 1 has its parent in the list. */
    List<Entry> read() {
        try (InputStream in = open(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Entry> entries = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .setTrim(true).get().parse(reader)) {
                String code = r.get(0);
                if (!code.matches("\\d{1,4}")) {
                    throw new IllegalStateException("SSYK list: bad code '" + code + "' on line " + r.getRecordNumber());
                }
                entries.add(new Entry(code, r.get(1)));
            }
            Set<String> codes = new java.util.HashSet<>();
            entries.forEach(e -> codes.add(e.code()));
            for (Entry e : entries) {
                if (e.code().length() > 1 && !codes.contains(e.code().substring(0, e.code().length() - 1))) {
                    throw new IllegalStateException("SSYK list: " + e.code() + " has no parent group");
                }
            }
            return entries;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the SSYK list", e);
        }
    }

    private InputStream open() throws IOException {
        if (file.isPresent() && !file.get().isBlank()) {
            return Files.newInputStream(Path.of(file.get()));
        }
        return Thread.currentThread().getContextClassLoader().getResourceAsStream("ssyk/ssyk2012.csv");
    }

    public boolean exists(String code) {
        return code != null && names.containsKey(code);
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : names.get(code));
    }

    /** A placement's occupation must be a 4-digit yrkesgrupp in the list; 400 naming {@code ssyk} otherwise. */
    public void requireUnitGroup(String code, String field) {
        if (code == null || !code.matches("\\d{4}") || !exists(code)) {
            throw ProblemException.invalid(field, "okänd SSYK 2012-yrkesgrupp (4 siffror) / unknown SSYK 2012 unit group: " + code);
        }
    }

    public List<Entry> search(String query, Integer level) {
        String q = query == null ? "" : query.toLowerCase(java.util.Locale.ROOT);
        return new TreeMap<>(names).entrySet().stream()
                .filter(e -> level == null || e.getKey().length() == level)
                .filter(e -> q.isEmpty() || e.getKey().startsWith(q) || e.getValue().toLowerCase(java.util.Locale.ROOT).contains(q))
                .map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }

    public int size() {
        return names.size();
    }
}
