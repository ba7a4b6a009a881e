package se.arbetsmarknad.web.layout;

import java.util.List;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import se.arbetsmarknad.web.security.CsrfTokens;
import se.arbetsmarknad.web.security.SignedInUser;

/** What every page's layout needs: the user, the menu, the CSRF token and the current path (aria-current). */
@TemplateGlobal
public final class Globals {

    private Globals() {
    }

    static SignedInUser user() {
        return Arc.container().instance(SignedInUser.class).get();
    }

    static List<NavigationItem> menu() {
        return Arc.container().instance(Navigation.class).get().items(user());
    }

    static String csrf() {
        return Arc.container().instance(CsrfTokens.class).get().current();
    }

    /** Today as ÅÅÅÅ-MM-DD, the default value of date fields. */
    static String today() {
        return se.arbetsmarknad.web.format.Today.get().toString();
    }

    static String currentPath() {
        CurrentVertxRequest request = Arc.container().instance(CurrentVertxRequest.class).get();
        return request.getCurrent() == null ? "/" : request.getCurrent().normalizedPath();
    }
}
