package se.arbetsmarknad.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;

/** What the application does before anyone has signed in: sign-in with PKCE, htmx, CSRF, public assets. */
@QuarkusTest
class BeforeSignInTest {

    private static final RestAssuredConfig NO_REDIRECTS = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false));

    @Test
    void aPageSendsTheBrowserToTheProvidersLoginWithPkce() {
        given().config(NO_REDIRECTS).get("/handlaggare").then().statusCode(302)
                .header("Location", allOf(
                        startsWith("http://localhost:9/realms/kommun/protocol/openid-connect/auth?"),
                        containsString("response_type=code"),
                        containsString("client_id=suite-web"),
                        containsString("code_challenge="),
                        containsString("code_challenge_method=S256"),
                        containsString("state=")))
                // the state cookie (with the PKCE verifier) is encrypted and only for this site
                .header("Set-Cookie", allOf(containsString("q_auth"), containsStringIgnoringCase("httponly"), containsString("SameSite=Lax")));
    }

    @Test
    void anHtmxRequestWithoutASessionGets499InsteadOfTheLoginPage() {
        given().config(NO_REDIRECTS).header("HX-Request", "true").get("/arbetslistor/mine").then().statusCode(499);
    }

    @Test
    void aCrossSitePostIsRefusedBeforeAnythingElse() {
        given().config(NO_REDIRECTS).header("Sec-Fetch-Site", "cross-site").header("Origin", "https://evil.example")
                .formParam("personnummer", "199001010017").post("/deltagare/sok")
                .then().statusCode(403).body(containsString("annan webbplats"));
        given().config(NO_REDIRECTS).header("Origin", "https://evil.example")
                .formParam("personnummer", "199001010017").post("/deltagare/sok")
                .then().statusCode(403);
        given().config(NO_REDIRECTS).header("Sec-Fetch-Site", "same-site")
                .formParam("personnummer", "199001010017").post("/deltagare/sok")
                .then().statusCode(403);
    }

    @Test
    void aSameOriginPostWithoutASessionGoesToSignInNotThrough() {
        given().config(NO_REDIRECTS).header("Sec-Fetch-Site", "same-origin")
                .formParam("personnummer", "199001010017").post("/deltagare/sok")
                .then().statusCode(302).header("Location", containsString("/protocol/openid-connect/auth?"));
    }

    @Test
    void designSystemHtmxAndHealthArePublic() {
        given().get("/_static/fkui/fkui.min.css").then().statusCode(200).contentType(containsString("text/css"));
        given().get("/_static/fkui/theme-light.css").then().statusCode(200);
        given().get("/_static/htmx.org/2.0.2/dist/htmx.min.js").then().statusCode(200);
        given().get("/static/app.js").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void pagesCarrySecurityHeaders() {
        given().get("/utloggad").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Frame-Options", "DENY")
                .body(containsString("<html lang=\"sv\">"));
    }
}
