package se.arbetsmarknad.platform.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MunicipalityTest {

    private final Municipality malmo = new Municipality() {
        @Override
        public String name() {
            return "Malmö";
        }

        @Override
        public String code() {
            return "1280";
        }

        @Override
        public String authority() {
            return "Malmö stad";
        }
    };

    @Test
    void aRequestNamingNoMunicipalityIsInThisOne() {
        assertThat(malmo.orThis(null)).isEqualTo("Malmö");
        assertThat(malmo.orThis("  ")).isEqualTo("Malmö");
    }

    @Test
    void aNamedMunicipalityIsKeptTrimmed() {
        assertThat(malmo.orThis(" Lund ")).isEqualTo("Lund");
    }
}
