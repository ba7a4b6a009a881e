package se.arbetsmarknad.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import se.arbetsmarknad.platform.testing.TestTokens;

@QuarkusTest
class PagingTest {

    static final String TOKEN = TestTokens.caseOfficer("anna", "unga-18-24");

    @Test
    void aPageCarriesItsRowsPositionAndTotalWithLinksToItsNeighbours() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("changes", IntStream.range(0, 5).mapToObj(i -> Map.of("thingId", "page-" + i, "n", i)).toList()))
                .post("/things").then().statusCode(204);

        Response middle = given().auth().oauth2(TOKEN).get("/things?prefix=page-&size=2&page=1");
        middle.then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("items", contains("page-2", "page-3"))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(5));
        assertThat(links(middle)).containsExactly(
                "</things?prefix=page-&page=0&size=2>; rel=\"first\"",
                "</things?prefix=page-&page=0&size=2>; rel=\"prev\"",
                "</things?prefix=page-&page=2&size=2>; rel=\"next\"",
                "</things?prefix=page-&page=2&size=2>; rel=\"last\"");

        Response first = given().auth().oauth2(TOKEN).get("/things?prefix=page-");
        first.then().statusCode(200).body("size", equalTo(50)).body("page", equalTo(0)).body("items.size()", equalTo(5));
        assertThat(first.header("Link")).isNull();

        Response last = given().auth().oauth2(TOKEN).get("/things?prefix=page-&size=2&page=2");
        last.then().body("items", contains("page-4"));
        assertThat(links(last)).extracting(l -> l.substring(l.indexOf("rel="))).containsExactly("rel=\"first\"", "rel=\"prev\"");
    }

    @Test
    void badPagingIsA400NamingTheParameter() {
        for (String query : List.of("size=0", "size=501", "page=-1", "size=x")) {
            String field = query.substring(0, query.indexOf('='));
            given().auth().oauth2(TOKEN).get("/things?" + query).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(field));
        }
    }

    private static List<String> links(Response r) {
        return List.of(r.header("Link").split(", "));
    }
}
