package se.arbetsmarknad.placement.ssyk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped SSYK 2012 list is the whole official classification; another file replaces it. */
class SsykCatalogueTest {

    static SsykCatalogue shipped() {
        SsykCatalogue catalogue = new SsykCatalogue();
        catalogue.use(SsykCatalogue.read(Optional.empty()));
        return catalogue;
    }

    @Test
    void theShippedListHoldsAllFourLevels() {
        SsykCatalogue catalogue = shipped();
        assertThat(catalogue.countsByLevel()).isEqualTo(Map.of(1, 10L, 2, 46L, 3, 148L, 4, 429L));
        assertThat(catalogue.size()).isEqualTo(633);
        assertThat(catalogue.name("0110")).contains("Officerare"); // leading zeros are kept
        assertThat(catalogue.search("0110", 4)).extracting(SsykCatalogue.Entry::nameEn)
                .containsExactly("Commissioned armed forces officers");
    }

    @Test
    void searchFindsByCodePrefixAndBySwedishOrEnglishName() {
        SsykCatalogue catalogue = shipped();
        assertThat(catalogue.search("533", null)).extracting(SsykCatalogue.Entry::code).containsExactly("533", "5330");
        assertThat(catalogue.search("undersköterskor", 4)).extracting(SsykCatalogue.Entry::code)
                .contains("5321", "5322", "5323", "5324");
        assertThat(catalogue.search("bus and tram", null)).extracting(SsykCatalogue.Entry::code).containsExactly("8331");
        assertThat(catalogue.search("BUSS", 4)).extracting(SsykCatalogue.Entry::code).contains("8331");
        assertThat(catalogue.search("", 1)).hasSize(10);
        assertThat(catalogue.search("zzz", null)).isEmpty();
    }

    @Test
    void placementSsykFileReplacesTheList(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("egen.csv");
        Files.writeString(file, "\uFEFFcode;name\n9;Egna yrken\n91;Städ\n911;Städare m.fl.\n9111;Städare\n",
                StandardCharsets.UTF_8);
        SsykCatalogue catalogue = new SsykCatalogue();
        catalogue.use(SsykCatalogue.read(Optional.of(file.toString())));
        assertThat(catalogue.size()).isEqualTo(4);
        assertThat(catalogue.name("9")).contains("Egna yrken");
        assertThat(catalogue.exists("8331")).isFalse();
    }

    @Test
    void aListWithAGapOrAWrongLevelIsRefused() {
        assertThatThrownBy(() -> SsykCatalogue.parse("code,level,name_sv\n9,1,A\n911,3,B\n"))
                .hasMessageContaining("911 has no parent group");
        assertThatThrownBy(() -> SsykCatalogue.parse("code,level,name_sv\n9,2,A\n")).hasMessageContaining("level 2");
        assertThatThrownBy(() -> SsykCatalogue.parse("kod;namn\n9;A\n")).hasMessageContaining("header");
    }
}
