package se.arbetsmarknad.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** What the shared ObjectMapper refuses and what it still reads (plain unit test of the customizer). */
class StrictJsonTest {

    record Body(String text, LocalDate day, Integer count, int primitive, Boolean flag, Double ratio, BigDecimal amount,
            OffsetDateTime at, List<String> list, UUID id) {
    }

    final ObjectMapper mapper = strict();

    static ObjectMapper strict() {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(m);
        return m;
    }

    @Test
    void refusesEveryCoercionAndNamesTheField() {
        for (String[] c : new String[][] {
                { "{\"text\": 199001010017}", "text" },
                { "{\"text\": 1.5}", "text" },
                { "{\"text\": true}", "text" },
                { "{\"day\": 20261201}", "day" },
                { "{\"day\": [2026, 12, 1]}", "day" },
                { "{\"day\": \"+57444-01-01\"}", "day" },
                { "{\"day\": \"2026-02-30\"}", "day" },
                { "{\"day\": \"2026-1-1\"}", "day" },
                { "{\"day\": \"\"}", "day" },
                { "{\"count\": 1.5}", "count" },
                { "{\"count\": 1.0}", "count" },
                { "{\"count\": \"12\"}", "count" },
                { "{\"count\": true}", "count" },
                { "{\"primitive\": 2.5}", "primitive" },
                { "{\"flag\": 1}", "flag" },
                { "{\"flag\": \"true\"}", "flag" },
                { "{\"ratio\": \"1.5\"}", "ratio" },
                { "{\"amount\": \"10\"}", "amount" },
                { "{\"at\": 1764547200}", "at" },
                { "{\"list\": \"a\"}", "list" },
                { "{\"text\": \"a\\u0000b\"}", "text" },
                { "{\"list\": [\"a\", \"\\u0000\"]}", "list" },
                { "{\"flag\": \"\"}", "flag" },
                { "{\"flag\": \" \\t\\n\"}", "flag" },
                { "{\"count\": \"\"}", "count" },
                { "{\"primitive\": \" \"}", "primitive" },
                { "{\"ratio\": \"\"}", "ratio" },
                { "{\"amount\": \"\"}", "amount" },
                { "{\"id\": \"\"}", "id" },
                { "{\"id\": \" \"}", "id" },
                { "{\"id\": \"\\u0000\"}", "id" } }) {
            assertThatThrownBy(() -> mapper.readValue(c[0], Body.class)).as(c[0]).isInstanceOf(JsonMappingException.class)
                    .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName()).isEqualTo(c[1]));
        }
    }

    @Test
    void readsWhatIsWrittenAsItsOwnType() throws Exception {
        Body b = mapper.readValue("""
                {"text": "abc", "day": "2026-12-01", "count": 3, "primitive": 4, "flag": false, "ratio": 2, "amount": 1.25,
                 "at": "2026-12-01T10:15:30Z", "list": ["a"]}""", Body.class);
        assertThat(b.day()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(b.ratio()).isEqualTo(2.0);
        assertThat(b.amount()).isEqualByComparingTo("1.25");
        assertThat(b.count()).isEqualTo(3);
        assertThat(mapper.readValue("{\"day\": null}", Body.class).day()).isNull();
        assertThat(mapper.readValue("{\"id\": null, \"flag\": null, \"text\": \"\"}", Body.class).text()).isEmpty();
        assertThat(mapper.readValue("{\"id\": \"8ae9788a-9207-4505-8684-58b1acd60202\"}", Body.class).id()).isNotNull();
        assertThat(mapper.writeValueAsString(LocalDate.of(2026, 1, 2))).isNotEmpty();
    }
}
