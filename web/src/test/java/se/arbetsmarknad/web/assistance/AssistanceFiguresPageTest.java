package se.arbetsmarknad.web.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The upload page's words for reporting-service's column names. */
class AssistanceFiguresPageTest {

    @Test
    void aColumnOfAnErrorIsNamedInSwedishWithTheColumnToLookFor() {
        assertThat(AssistanceFiguresResource.label("vuxna_k")).isEqualTo("Vuxna biståndsmottagare, kvinnor (vuxna_k)");
        assertThat(AssistanceFiguresResource.label("over_36_manader_t"))
                .isEqualTo("Varav bistånd i mer än 36 månader, totalt (over_36_manader_t)");
        assertThat(AssistanceFiguresResource.label("unga_19_24_m")).isEqualTo("Varav unga vuxna 19–24 år, män (unga_19_24_m)");
        assertThat(AssistanceFiguresResource.label("hushall")).isEqualTo("Hushåll med försörjningsstöd (hushall)");
        assertThat(AssistanceFiguresResource.label("manad")).isEqualTo("Månad (manad)");
        assertThat(AssistanceFiguresResource.label("okand")).isNull();
        assertThat(AssistanceFiguresResource.COLUMNS).hasSize(8);
    }
}
