package se.arbetsmarknad.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.arbetsmarknad.web.clients.ServiceProblem;
import se.arbetsmarknad.web.errors.Form;

class ServiceProblemTest {

    @Test
    void onlyTheSwedishHalfReachesTheUserAtTheRightField() {
        ServiceProblem p = new ServiceProblem("participant", 400, "personnummer: kontrollsiffran stämmer inte / check digit does not match",
                Map.of("personnummer", "Kontrollsiffran stämmer inte.", "attributes.firstName", "Högst 100 tecken."));
        Form form = Form.empty().fromProblem(p, path -> path.replace("attributes.", ""));
        assertThat(form.error("personnummer")).isEqualTo("Kontrollsiffran stämmer inte.");
        assertThat(form.error("firstName")).isEqualTo("Högst 100 tecken.");
        assertThat(form.message()).isNull();
        assertThat(ServiceProblem.swedish("saknas / is required")).isEqualTo("saknas");
    }

    @Test
    void a404Or403SaysNothingAboutWhatExists() {
        assertThat(new ServiceProblem("participant", 404, "Deltagaren finns inte / does not exist", Map.of()).message())
                .isEqualTo("Finns inte eller du saknar behörighet.");
        assertThat(new ServiceProblem("placement", 403, "Annan organisation / another organisation", Map.of()).message())
                .isEqualTo("Finns inte eller du saknar behörighet.");
        assertThat(new ServiceProblem("participant", 500, "java.lang.NullPointerException at ...", Map.of()).message())
                .doesNotContain("Exception").contains("svarar inte");
        assertThat(List.of(new ServiceProblem("participant", 409, "status: inskrivningen är avslutad / the enrolment is closed", Map.of()).message()))
                .containsExactly("Status: inskrivningen är avslutad.");
    }
}
