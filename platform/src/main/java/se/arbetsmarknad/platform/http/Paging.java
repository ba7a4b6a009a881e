package se.arbetsmarknad.platform.http;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answer for a paged list, the same in every service: the {@link Page} as body, its total in
 * {@code X-Total-Count}, and {@code Link} ({@code first}, {@code prev}, {@code next}, {@code last}) to
 * the neighbouring pages with the caller's other query parameters kept. Links are relative
 * (path and query), so they stay right behind a proxy or the web application.
 */
public final class Paging {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private Paging() {
    }

    public static Response response(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(page).header(TOTAL_COUNT, page.total());
        String links = links(page, uri);
        if (!links.isEmpty()) {
            answer.header("Link", links);
        }
        return answer.build();
    }

    static String links(Page<?> page, UriInfo uri) {
        if (uri == null) {
            return "";
        }
        List<String> links = new ArrayList<>();
        int last = page.lastPage();
        if (page.page() > 0) {
            links.add(link(uri, 0, page.size(), "first"));
            links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
            links.add(link(uri, last, page.size(), "last"));
        }
        return String.join(", ", links);
    }

    private static String link(UriInfo uri, int page, int size, String rel) {
        UriBuilder b = uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size);
        var target = b.build();
        String pathAndQuery = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return "<" + pathAndQuery + ">; rel=\"" + rel + "\"";
    }
}
