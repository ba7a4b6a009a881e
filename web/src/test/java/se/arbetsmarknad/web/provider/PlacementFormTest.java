package se.arbetsmarknad.web.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.web.clients.PlacementApi;
import se.arbetsmarknad.web.errors.SheetUpload;

/** placement-service's field paths land at the form's fields; a file is Excel by its signature, not only its name. */
class PlacementFormTest {

    @Test
    void serviceFieldPathsMapOntoFormFields() {
        assertThat(PlacementForm.field("requirements.ageMin")).isEqualTo("ageMin");
        assertThat(PlacementForm.field("supervisor.email")).isEqualTo("supervisorEmail");
        assertThat(PlacementForm.field("rows[9].ssyk")).isEqualTo("ssyk");
        assertThat(PlacementForm.field("organisationId")).isNull();
    }

    @Test
    void anExcelFileIsRecognisedByItsZipSignature() {
        assertThat(SheetUpload.typeOf("platser.csv", new byte[] {'P', 'K', 3, 4, 0})).isEqualTo(PlacementApi.XLSX);
        assertThat(SheetUpload.typeOf("platser.xlsx", new byte[] {'k', 'i', 'n', 'd'})).isEqualTo(PlacementApi.XLSX);
        assertThat(SheetUpload.typeOf("platser.csv", "kind;title".getBytes())).isEqualTo("text/csv");
    }
}
