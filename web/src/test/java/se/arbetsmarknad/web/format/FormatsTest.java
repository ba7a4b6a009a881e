package se.arbetsmarknad.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void datesAndAmountsAreWrittenAsSwedishUsersWriteThem() {
        assertThat(Formats.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 dec. 2026");
        assertThat(Formats.date(LocalDate.of(2027, 5, 31))).isEqualTo("31 maj 2027");
        assertThat(Formats.date(null)).isEqualTo("–");
        assertThat(Formats.kr(3_248_400)).isEqualTo("3\u00a0248\u00a0400\u00a0kr");
        assertThat(Formats.number(new BigDecimal("37.5"))).isEqualTo("37,5");
        assertThat(Formats.yesNo(true)).isEqualTo("Ja");
    }

    @Test
    void codesHaveSwedishWords() {
        assertThat(Labels.of("gender", "K")).isEqualTo("Kvinna");
        assertThat(Labels.of("unit", "unga-18-24")).isEqualTo("18 till 24-enheten");
        assertThat(Labels.of("exitReason", "okänd-kod")).isEqualTo("okänd-kod");
        assertThat(Labels.of("exitReason", null)).isEqualTo("–");
    }
}
