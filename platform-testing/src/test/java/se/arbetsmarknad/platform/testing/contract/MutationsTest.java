package se.arbetsmarknad.platform.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MutationsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static OpenApi api() throws Exception {
        return new OpenApi(JSON.readTree("""
                {"openapi":"3.1.0","paths":{},"components":{"schemas":{
                  "LocalDate":{"type":"string","format":"date"},
                  "Req":{"type":"object","required":["name","seats"],"properties":{
                    "name":{"type":"string","maxLength":10,"examples":["Plats"]},
                    "seats":{"type":"integer","minimum":1,"maximum":5},
                    "from":{"$ref":"#/components/schemas/LocalDate","examples":["2020-01-01"]},
                    "tags":{"type":"array","maxItems":2,"items":{"type":"string"}},
                    "supervisor":{"type":"object","properties":{"phone":{"type":"string"}}}}}}}}"""));
    }

    @Test
    void theSchemaSampleIsValidAndTheSameEveryTime() throws Exception {
        OpenApi api = api();
        JsonNode schema = JSON.readTree("{\"$ref\":\"#/components/schemas/Req\"}");
        SchemaSamples samples = new SchemaSamples(api);
        JsonNode minimal = samples.sample(schema, false);
        assertThat(minimal.fieldNames()).toIterable().containsExactlyInAnyOrder("name", "seats");
        assertThat(minimal.path("name").asText()).isEqualTo("Plats");
        assertThat(minimal.path("seats").asInt()).isEqualTo(1);
        JsonNode full = samples.sample(schema, true);
        assertThat(full.path("from").asText()).isEqualTo(java.time.LocalDate.now(se.arbetsmarknad.platform.time.SuiteClock.system()).toString());
        assertThat(full.path("supervisor").has("phone")).isTrue();
        assertThat(samples.sample(schema, true)).isEqualTo(full);
    }

    @Test
    void aSeedGivesTheSameBodyAndManySeedsCoverEveryKind() throws Exception {
        OpenApi api = api();
        JsonNode schema = JSON.readTree("{\"$ref\":\"#/components/schemas/Req\"}");
        JsonNode valid = JSON.readTree("{\"name\":\"Plats\",\"seats\":2}");
        Mutations mutations = new Mutations(api, schema, valid);
        assertThat(mutations.next(new SplittableRandom(7)).body()).isEqualTo(mutations.next(new SplittableRandom(7)).body());
        Set<String> kinds = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            Mutations.Mutation m = mutations.next(new SplittableRandom(i));
            kinds.add(m.kind());
            paths.add(m.path());
        }
        assertThat(kinds).contains("malformed", "invalid-utf8", "deep-nesting", "root-type", "wrong-type", "missing",
                "extra-field", "boundary", "huge", "strange-string", "null");
        assertThat(paths).contains("name", "seats", "from", "tags", "supervisor", "supervisor.phone");
    }

    @Test
    void setAndRemoveFollowNestedPaths() throws Exception {
        JsonNode body = JSON.readTree("{\"a\":{\"b\":1},\"list\":[{\"c\":2}]}");
        Mutations.set(body, "a.b", JSON.getNodeFactory().textNode("x"));
        Mutations.set(body, "list[].c", JSON.getNodeFactory().numberNode(3));
        Mutations.set(body, "new.deep", JSON.getNodeFactory().booleanNode(true));
        assertThat(body.toString()).isEqualTo("{\"a\":{\"b\":\"x\"},\"list\":[{\"c\":3}],\"new\":{\"deep\":true}}");
        assertThat(Mutations.remove(body, "a.b")).isTrue();
        assertThat(Mutations.remove(body, "a.b")).isFalse();
        assertThat(body.path("a").has("b")).isFalse();
    }
}
