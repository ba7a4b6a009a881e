package se.arbetsmarknad.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import se.arbetsmarknad.platform.testing.TestTokens;

/**
 * How the platform reads what a request brings besides a body's fields: an absent body (http.AbsentBody) and
 * query parameters of a type (http.QueryParameters).
 */
@QuarkusTest
class RequestInputTest {

    static final String OFFICER = TestTokens.caseOfficer("anna", "unga-18-24");

    @Test
    void aBodilessRequestWithoutContentTypeHasNoBody() throws Exception {
        // no entity and no Content-Type, byte for byte (the Java client sends Content-Length: 0 and nothing else)
        HttpResponse<String> answer = bodiless("/things/t1/touch");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"absent\":true").contains("\"n\":0");
        // a required body left out is the operation's 400, naming it
        HttpResponse<String> required = bodiless("/things");
        assertThat(required.statusCode()).as(required.body()).isEqualTo(400);
        assertThat(required.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(required.body()).contains("\"field\":\"batch\"");
        // with a body as before, checked as before
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("n", 3)).post("/things/t1/touch")
                .then().statusCode(200).body("absent", equalTo(false)).body("n", equalTo(3));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("n", -1)).post("/things/t1/touch")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("n"));
    }

    /** A POST without a body and without a Content-Type, as a plain client sends it. */
    static HttpResponse<String> bodiless(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + OFFICER).POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyOfAnotherTypeIsStillRefused() {
        // only an absent body is taken as JSON: a body of another type stays a 415
        given().auth().oauth2(OFFICER).contentType("application/octet-stream").body("{\"n\": 1}".getBytes()).post("/things/t1/touch")
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(OFFICER).contentType("text/csv").body("n\n1").post("/things/t1/touch")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void typedQueryParametersAreReadAsBefore() {
        given().auth().oauth2(OFFICER)
                .queryParam("n", 7).queryParam("limit", 5).queryParam("key", "0b6e3f4c-8f1e-4c55-9a55-2f4f7c1d2e3a")
                .queryParam("day", "2026-12-01").queryParam("at", "2026-12-01T10:00:00+01:00").queryParam("flag", "true")
                .queryParam("keys", "0b6e3f4c-8f1e-4c55-9a55-2f4f7c1d2e3a", "1b6e3f4c-8f1e-4c55-9a55-2f4f7c1d2e3a")
                .get("/things/query").then().statusCode(200)
                .body("n", equalTo(7)).body("limit", equalTo(5)).body("key", equalTo("0b6e3f4c-8f1e-4c55-9a55-2f4f7c1d2e3a"))
                .body("day", equalTo("2026-12-01")).body("flag", equalTo(true))
                .body("keys", contains("0b6e3f4c-8f1e-4c55-9a55-2f4f7c1d2e3a", "1b6e3f4c-8f1e-4c55-9a55-2f4f7c1d2e3a"));
        given().auth().oauth2(OFFICER).get("/things/query").then().statusCode(200)
                .body("n", nullValue()).body("limit", equalTo(50)).body("key", nullValue()).body("flag", equalTo(false));
    }

    @Test
    void anUnreadableQueryParameterIsA400NamingIt() {
        for (String[] bad : new String[][] {
                { "n", "abc" }, { "n", "1.5" }, { "limit", "many" }, { "key", "abc" }, { "day", "2026-02-30" },
                { "day", "igår" }, { "at", "2026-12-01" }, { "flag", "yes" }, { "keys", "not-a-uuid" } }) {
            given().auth().oauth2(OFFICER).queryParam(bad[0], bad[1]).get("/things/query").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("errors[0].field", equalTo(bad[0]));
        }
    }
}
