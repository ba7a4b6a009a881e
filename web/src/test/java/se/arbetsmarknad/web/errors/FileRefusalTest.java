package se.arbetsmarknad.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.web.clients.ServiceProblem;

class FileRefusalTest {

    private static final Map<String, String> LABELS = Map.of("seats", "Antal platser", "ssyk", "Yrke (SSYK-kod)");

    @Test
    void badRowsGoToTheTableAndTheSentenceCountsThem() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("rows[5].ssyk", "Okänd SSYK 2012-yrkesgrupp (4 siffror): 9999.");
        errors.put("rows[3].seats", "Ska vara ett heltal: tre.");
        errors.put("rows[3].ssyk", "Saknas.");
        FileRefusal refusal = FileRefusal.of(new ServiceProblem("placement", 400, "ogiltig / invalid", errors), LABELS::get,
                "Inget är registrerat");
        assertThat(refusal.rows()).extracting(RowError::row).containsExactly(3, 3, 5);
        assertThat(refusal.rows()).extracting(RowError::field).contains("Antal platser", "Yrke (SSYK-kod)");
        assertThat(refusal.message()).isEqualTo("Inget är registrerat: 2 rader har fel. Rätta dem i filen och läs in den igen.");
    }

    @Test
    void anErrorOfTheWholeFileIsSaidInTheSentenceWithWhatIsWrong() {
        // What the client makes of reporting's answer for a header with an unknown column (platform's Sheet.requireColumns).
        Map<String, String> errors = Map.of("header", "Okända kolumner: vuxen_k; tillåtna: manad, enhet.");
        FileRefusal refusal = FileRefusal.of(new ServiceProblem("reporting", 400, "x / y", errors), c -> null, "Inget är importerat");
        assertThat(refusal.rows()).isEmpty();
        assertThat(refusal.message()).isEqualTo("Inget är importerat. Filen kan inte läsas in. Okända kolumner: vuxen_k; tillåtna: manad, enhet.");
    }

    @Test
    void withoutFieldErrorsTheServicesSentenceAndWhatAPageCannotShowIsRethrown() {
        assertThat(FileRefusal.of(new ServiceProblem("participant", 422, "filen är tom / the file is empty", Map.of()), c -> null,
                "Inget är inskrivet").message()).isEqualTo("Filen är tom.");
        assertThatThrownBy(() -> FileRefusal.of(new ServiceProblem("placement", 404, "finns inte / not found", Map.of()), c -> null, "x"))
                .isInstanceOf(ServiceProblem.class);
        assertThat(List.of(401, 403, 503)).allSatisfy(status -> assertThatThrownBy(
                () -> FileRefusal.of(new ServiceProblem("placement", status, "x", Map.of()), c -> null, "x")).isInstanceOf(ServiceProblem.class));
    }
}
