package se.arbetsmarknad.platform.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class AccessTableTest {

    static final String HEADER = "| operation | " + Arrays.stream(Caller.values()).map(Caller::column)
            .collect(Collectors.joining(" | ")) + " | known defect |\n|---|---|\n";

    static String row(String op, String cells, String defect) {
        return "| `" + op + "` | " + cells + " | " + defect + " |\n";
    }

    static final String ALL_404 = "401 | 401 | 200 | 404 | 200 | 200 | 404 | 404 | 404 | 404 | 404";

    @Test
    void readsEveryCellAndTheKnownDefects() {
        AccessTable t = AccessTable.parse("# text before\n\n" + HEADER
                + row("GET /a/{id}", ALL_404, "")
                + row("POST /a/{id}/close", "401 | 401 | 200 | 404* | 200 | 200 | 404 | 404* | 404 | 404 | 404", "14.1")
                + row("GET /b", "401 | 401 | 200 | 403 | 200 | 200 | 200 | 403 | - | - | -", ""), "t.md");
        assertThat(t.rows()).containsOnlyKeys("GET /a/{id}", "POST /a/{id}/close", "GET /b");
        AccessTable.Row close = t.rows().get("POST /a/{id}/close");
        assertThat(close.defect()).isEqualTo("14.1");
        assertThat(close.cells().get(Caller.PLACEMENT_PROVIDER)).isEqualTo(new AccessTable.Cell(404, true));
        assertThat(close.cells().get(Caller.ADMIN)).isEqualTo(new AccessTable.Cell(200, false));
        assertThat(t.rows().get("GET /b").cells().get(Caller.ADMIN_UNKNOWN_ID).status()).isNull();
    }

    @Test
    void refusesAMarkWithoutAnIssueItemAndAnItemWithoutAMark() {
        assertThatThrownBy(() -> AccessTable.parse(HEADER
                + row("GET /a", "401* | 401 | 200 | 404 | 200 | 200 | 404 | 404 | 404 | 404 | 404", ""), "t.md"))
                .hasMessageContaining("names no issue item");
        assertThatThrownBy(() -> AccessTable.parse(HEADER + row("GET /a", ALL_404, "14.1"), "t.md"))
                .hasMessageContaining("marks no cell");
    }

    @Test
    void refusesServerErrorsMissingColumnsWrongWidthsAndDuplicates() {
        assertThatThrownBy(() -> AccessTable.parse(HEADER
                + row("GET /a", "401 | 401 | 500 | 404 | 200 | 200 | 404 | 404 | 404 | 404 | 404", ""), "t.md"))
                .hasMessageContaining("server error is never expected");
        assertThatThrownBy(() -> AccessTable.parse(HEADER + row("GET /a", "401 | 401", ""), "t.md"))
                .hasMessageContaining("cells");
        assertThatThrownBy(() -> AccessTable.parse(HEADER + row("GET /a", ALL_404, "") + row("GET /a", ALL_404, ""), "t.md"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> AccessTable.parse("| operation | anonymous |\n|---|---|\n| `GET /a` | 401 |\n", "t.md"))
                .hasMessageContaining("lacks the columns");
        assertThatThrownBy(() -> AccessTable.parse("| operation | anonymous | somebody |\n", "t.md"))
                .hasMessageContaining("unknown caller column 'somebody'");
    }

    @Test
    void rendersWhatItReads() {
        String rendered = AccessTable.render(List.of("GET /a/{id}"), (op, c) -> c == Caller.ANONYMOUS ? "401" : "404",
                java.util.Map.of());
        AccessTable back = AccessTable.parse(rendered, "rendered");
        assertThat(back.rows().get("GET /a/{id}").cells().get(Caller.ANONYMOUS).status()).isEqualTo(401);
        assertThat(back.rows().get("GET /a/{id}").cells().get(Caller.ADMIN).status()).isEqualTo(404);
    }
}
