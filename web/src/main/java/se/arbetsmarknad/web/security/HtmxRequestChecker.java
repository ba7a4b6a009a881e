package se.arbetsmarknad.web.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;

/**
 * Tells Quarkus OIDC that an htmx request is made by script: on an expired session it then answers 499
 * instead of redirecting the XHR to the provider's login page (which htmx would swap into the page as a
 * fragment). static/app.js reloads the page on 499, and the full-page request goes to the login page.
 */
@ApplicationScoped
public class HtmxRequestChecker implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return "true".equals(context.request().getHeader("HX-Request"));
    }
}
