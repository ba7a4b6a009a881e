package se.arbetsmarknad.web.timing;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** Times every REST client call and adds it to the page's {@code Server-Timing} (svc). Applies to all clients. */
@Provider
public class ServiceCallTimer implements ClientRequestFilter, ClientResponseFilter {

    private static final String STARTED = "web.timing.call-start";

    @Inject
    CurrentVertxRequest current;

    @Override
    public void filter(ClientRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        Object started = request.getProperty(STARTED);
        RoutingContext ctx = current == null ? null : current.getCurrent();
        if (started instanceof Long start && ctx != null) {
            ServerTiming.addServiceCall(ctx, System.nanoTime() - start);
        }
    }
}
