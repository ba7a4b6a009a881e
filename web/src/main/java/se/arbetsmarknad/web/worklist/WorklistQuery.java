package se.arbetsmarknad.web.worklist;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table state of a worklist as the address carries it (bookmarkable, back button works): whose
 * participants, filters, sort column and direction, page. Unknown values fall back to the defaults
 * instead of reaching the service.
 */
public record WorklistQuery(boolean unitWide, String status, String gender, String sort, String dir, int page) {

    static final Set<String> SORTS = Set.of("enrolledOn", "nextFollowUp", "lastName", "assistanceSince", "officer");

    public static WorklistQuery of(String scope, String status, String gender, String sort, String dir, Integer page) {
        return new WorklistQuery("enheten".equals(scope),
                "ACTIVE".equals(status) || "PAUSED".equals(status) ? status : null,
                "K".equals(gender) || "M".equals(gender) ? gender : null,
                sort != null && SORTS.contains(sort) ? sort : "enrolledOn",
                "desc".equals(dir) ? "desc" : "asc",
                page == null || page < 0 ? 0 : Math.min(page, 100_000));
    }

    public static WorklistQuery defaults() {
        return of(null, null, null, null, null, 0);
    }

    /** The address of this list with one thing changed, e.g. another sort column. */
    public String href(String slug, Map<String, String> changes) {
        StringBuilder b = new StringBuilder("/arbetslistor/").append(slug).append('?');
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("visa", unitWide ? "enheten" : "mina");
        if (status != null) {
            p.put("status", status);
        }
        if (gender != null) {
            p.put("kon", gender);
        }
        p.put("sort", sort);
        p.put("dir", dir);
        p.put("sida", String.valueOf(page));
        p.putAll(changes);
        p.forEach((k, v) -> b.append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)).append('&'));
        return b.substring(0, b.length() - 1);
    }

    /** Link for a column header: this column ascending, or the other direction when it is sorted already. */
    public String sortHref(String slug, String column) {
        String newDir = column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
        return href(slug, Map.of("sort", column, "dir", newDir, "sida", "0"));
    }

    public String pageHref(String slug, int toPage) {
        return href(slug, Map.of("sida", String.valueOf(toPage)));
    }

    /** aria-sort of a column header. */
    public String ariaSort(String column) {
        return !column.equals(sort) ? "none" : "asc".equals(dir) ? "ascending" : "descending";
    }

    public List<Integer> pageNumbers(int pages) {
        int from = Math.max(0, page - 2);
        int to = Math.min(pages - 1, page + 2);
        return java.util.stream.IntStream.rangeClosed(from, Math.max(from, to)).boxed().toList();
    }
}
