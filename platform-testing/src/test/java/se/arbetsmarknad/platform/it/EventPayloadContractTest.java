package se.arbetsmarknad.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.events.EventContracts;
import se.arbetsmarknad.platform.events.EventPayload;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.EventTypes.EventType;
import se.arbetsmarknad.platform.events.OmitWhenNull;
import se.arbetsmarknad.platform.testing.EventSamples;

/**
 * The typed payload records and the JSON Schemas are one contract: every schema has a registered type
 * and record and every record a schema; a record's fields are the schema's properties; serialised with
 * the application's ObjectMapper, a record (full, and with every optional field absent) satisfies its
 * schema and reads back equal.
 */
@QuarkusTest
class EventPayloadContractTest {

    @Inject
    ObjectMapper mapper;
    @Inject
    EventContracts contracts;

    @Test
    void everyContractHasARegisteredTypeAndEveryRegisteredTypeAContract() throws Exception {
        Set<String> schemas = contractFiles();
        Set<String> registered = EventTypes.all().stream().map(EventType::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(registered).isEqualTo(schemas);
        EventTypes.all().forEach(t -> assertThat(t.topic()).as(t.name()).startsWith(t.name().substring(0, t.name().indexOf('.')) + "."));
    }

    @Test
    void everyPayloadRecordIsRegisteredForAType() throws IOException {
        Set<String> records = new TreeSet<>();
        var indexes = EventPayload.class.getClassLoader().getResources("META-INF/jandex.idx");
        while (indexes.hasMoreElements()) {
            try (InputStream in = indexes.nextElement().openStream()) {
                Index index = new IndexReader(in).read();
                index.getAllKnownImplementations(DotName.createSimple(EventPayload.class.getName()))
                        .forEach(c -> records.add(c.name().toString()));
            }
        }
        Set<String> used = EventTypes.all().stream().map(t -> t.payload().getName()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(used).isEqualTo(records);
    }

    @Test
    void aRecordsFieldsAreItsSchemasPropertiesAndTheirOptionalityAgrees() {
        for (EventType type : EventTypes.all()) {
            JsonNode schema = contracts.schemaOf(type.name());
            Set<String> properties = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            Set<String> components = Stream.of(type.payload().getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(components).as("fields of %s for %s", type.payload().getSimpleName(), type.name()).isEqualTo(properties);
            for (RecordComponent c : type.payload().getRecordComponents()) {
                boolean nullable = nullable(schema.path("properties").path(c.getName()));
                String what = type.name() + "." + c.getName();
                if (c.getType().isPrimitive()) {
                    assertThat(required.contains(c.getName()) && !nullable).as(what + " is primitive, so required and not null").isTrue();
                }
                if (!c.getType().isPrimitive() && !required.contains(c.getName()) && !nullable) {
                    assertThat(omittedWhenNull(c)).as(what + " is optional but may not be null, so must be left out when null").isTrue();
                }
                if (omittedWhenNull(c)) {
                    assertThat(required).as(what + " is left out when null, so must be optional").doesNotContain(c.getName());
                }
            }
        }
    }

    @Test
    void everySampleSatisfiesItsSchemaAndReadsBackEqual() throws Exception {
        for (EventType type : EventTypes.all()) {
            EventPayload sample = EventSamples.of(type.name());
            assertThat(sample).as(type.name()).isInstanceOf(type.payload());
            JsonNode json = mapper.valueToTree(sample);
            assertThat(contracts.violations(type.name(), json)).as(type.name() + " " + json).isEmpty();
            assertThat(mapper.treeToValue(json, type.payload())).as(type.name()).isEqualTo(sample);
        }
    }

    @Test
    void aPayloadWithEveryOptionalFieldAbsentSatisfiesItsSchema() throws Exception {
        for (EventType type : EventTypes.all()) {
            JsonNode schema = contracts.schemaOf(type.name());
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            EventPayload sample = EventSamples.of(type.name());
            RecordComponent[] cs = type.payload().getRecordComponents();
            List<Object> args = new ArrayList<>();
            for (RecordComponent c : cs) {
                boolean canBeNull = !required.contains(c.getName()) || nullable(schema.path("properties").path(c.getName()));
                args.add(canBeNull && !c.getType().isPrimitive() ? null : c.getAccessor().invoke(sample));
            }
            EventPayload minimal = type.payload().getDeclaredConstructor(
                    Stream.of(cs).map(RecordComponent::getType).toArray(Class[]::new)).newInstance(args.toArray());
            JsonNode json = mapper.valueToTree(minimal);
            assertThat(contracts.violations(type.name(), json)).as(type.name() + " " + json).isEmpty();
        }
    }

    private static boolean nullable(JsonNode property) {
        JsonNode t = property.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if ("null".equals(x.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean omittedWhenNull(RecordComponent c) {
        return c.getAccessor().isAnnotationPresent(OmitWhenNull.class);
    }

    /** The platform's contract files, whether platform is a classes directory or a jar. */
    private static Set<String> contractFiles() throws IOException, URISyntaxException {
        URI uri = EventPayload.class.getClassLoader().getResource("contracts/participant.enrolled.schema.json").toURI();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return typesIn(jar.provider().getPath(uri).getParent());
            }
        }
        return typesIn(Path.of(uri).getParent());
    }

    private static Set<String> typesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
