package se.arbetsmarknad.web.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server time per page (issue 10/11: p95 ≤ 100 ms on the demo data). Signs in each role the way a browser does
 * (the web application's redirect, Keycloak's login form, the code back to web: plain HTTP with cookies), then
 * requests each role's main pages one after another and reads the {@code Server-Timing: app;dur=…} header web
 * writes for every response (the whole request in web: service calls and rendering; network to the browser not
 * included). Prints a table and, for {@code scripts/bench/hooks/web-pages.sh}, one ROW line per page.
 *
 * <p>Not a test: {@code scripts/bench/hooks/web-pages.sh} runs it ({@code ./suite bench}), with the web URL and
 * the number of samples per page as arguments; {@code -Dbench.pages} measures only some pages (while changing them).
 */
public final class PageTimeBenchmark {

    private static final Pattern APP = Pattern.compile("app;dur=([0-9.]+)");
    private static final Pattern SVC = Pattern.compile("svc;dur=([0-9.]+);desc=\"(\\d+)\"");
    private static final Pattern SECURE = Pattern.compile("(?i);\\s*Secure(?=;|$)");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    record Result(String role, String page, double p50, double p95, double max, double svcP50, int calls, int n) {
    }

    private final String base;
    private final int samples;
    private final List<Result> results = new ArrayList<>();

    PageTimeBenchmark(String base, int samples) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.samples = samples;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        PageTimeBenchmark b = new PageTimeBenchmark(base, samples);
        b.run();
        b.print();
    }

    void run() throws Exception {
        Session anna = signIn("anna.handlaggare");
        String participant = first(anna, "/arbetslistor/mine?visa=enheten", "href=\"/deltagare/([0-9a-f-]{36})\"");
        measure(anna, "case officer", "landing /handlaggare", "/handlaggare");
        measure(anna, "case officer", "worklist (25 rows)", "/arbetslistor/mine?visa=enheten");
        measure(anna, "case officer", "participant page", "/deltagare/" + participant);
        measure(anna, "case officer", "matching (ranked placements)", "/deltagare/" + participant + "/matchning");
        measure(anna, "case officer", "search form", "/deltagare/sok");

        Session greta = signIn("greta.grundskola");
        String placement = first(greta, "/anordnare", "href=\"/platser/([0-9a-f-]{36})\"");
        measure(greta, "provider", "landing /anordnare", "/anordnare");
        measure(greta, "provider", "placement page", "/platser/" + placement);
        measure(greta, "provider", "proposals", "/anordnare/forslag");
        measure(greta, "provider", "placement form", "/platser/ny");

        Session maria = signIn("maria.chef");
        String plan = first(maria, "/chef", "href=\"/mal/([0-9a-f-]{36})\"");
        String goal = first(maria, "/mal/" + plan, "href=\"/mal/[0-9a-f-]{36}/mal/([0-9a-f-]{36})\"");
        measure(maria, "manager", "landing /chef", "/chef");
        measure(maria, "manager", "plan with goal statuses", "/mal/" + plan);
        measure(maria, "manager", "goal with judgements", "/mal/" + plan + "/mal/" + goal);
        measure(maria, "manager", "dashboard (table + 2 chart tables)", "/rapporter/dashboard");
        measure(maria, "manager", "chart SVG", "/rapporter/diagram/enrolled-per-month.svg");
        measure(maria, "manager", "interim report", "/rapporter/interim");

        Session admin = signIn("admin");
        if (admin.get("/admin").contains("Drift i korthet")) {
            measure(admin, "admin", "operations at a glance", "/admin");
            measure(admin, "admin", "audit log search", "/admin/logg?anvandare=anna.handlaggare");
            measure(admin, "admin", "reference data", "/admin/referensdata");
        }
    }

    /** {@code -Dbench.pages=provider: landing,admin: operations}: only the pages whose "role: page" contains one of these. */
    private static final List<String> ONLY = Arrays.stream(System.getProperty("bench.pages", "").split(","))
            .map(String::trim).filter(p -> !p.isEmpty()).toList();

    /** {@code -Dbench.dump=file}: every measured request's start (wall clock), page, app and svc ms, to line it up with the services' logs. */
    private static final java.io.PrintStream DUMP = dump(System.getProperty("bench.dump"));

    private static java.io.PrintStream dump(String file) {
        try {
            return file == null || file.isBlank() ? null : new java.io.PrintStream(new java.io.FileOutputStream(file, true), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void measure(Session s, String role, String name, String path) throws Exception {
        if (!ONLY.isEmpty() && ONLY.stream().noneMatch((role + ": " + name)::contains)) {
            return;
        }
        // Warm-up, not measured: after a restart the first requests of a page measure the JIT, not the page.
        for (int i = 0; i < Math.max(10, samples / 2); i++) {
            s.timed(path);
        }
        double[] app = new double[samples];
        double[] svc = new double[samples];
        int calls = 0;
        for (int i = 0; i < samples; i++) {
            long at = System.currentTimeMillis();
            double[] t = s.timed(path);
            app[i] = t[0];
            svc[i] = t[1];
            calls = (int) t[2];
            if (DUMP != null) {
                DUMP.printf(Locale.ROOT, "%tT.%<tL %s: %s %.1f %.1f %d%n", at, role, name, t[0], t[1], calls);
            }
        }
        Arrays.sort(app);
        Arrays.sort(svc);
        results.add(new Result(role, name, pct(app, 50), pct(app, 95), app[app.length - 1], pct(svc, 50), calls, samples));
    }

    static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    void print() {
        System.out.printf(Locale.ROOT, "%-13s %-36s %8s %8s %8s %9s %6s%n", "role", "page", "p50 ms", "p95 ms", "max ms", "svc p50", "calls");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-13s %-36s %8.1f %8.1f %8.1f %9.1f %6d%n", r.role, r.page, r.p50, r.p95, r.max, r.svcP50, r.calls);
        }
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "ROW|web %s: %s, server time p95 (%d requests)|%.1f ms|-|-|≤ 100 ms|%s%n", r.role, r.page, r.n,
                    r.p95, r.p95 <= 100 ? "pass" : String.format(Locale.ROOT, "FAIL (+%.0f ms)", r.p95 - 100));
        }
    }

    /**
     * The first match of {@code regex} on the page at {@code path}, asked again every second for up to two minutes:
     * right after {@code ./suite up} the services are ready before their demo data is written (the worklist is
     * empty for a while), and the benchmark then measures as soon as it is there.
     */
    private static String first(Session session, String path, String regex) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            Matcher m = Pattern.compile(regex).matcher(session.get(path));
            if (m.find()) {
                return m.group(1);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(path + " shows nothing that matches " + regex + " after two minutes");
            }
            Thread.sleep(1000);
        }
    }

    /** Signs in like a browser: web → Keycloak's login form → web with the code; the session lives in the cookies. */
    Session signIn(String user) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(localhostCookies()).followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form at " + login.uri());
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo&credentialId=";
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (!back.uri().toString().startsWith(base) || back.statusCode() != 200) {
            throw new IllegalStateException("sign-in as " + user + " ended at " + back.uri() + " (" + back.statusCode() + ")");
        }
        return new Session(http);
    }

    /**
     * Keycloak marks its login cookies Secure even on http://localhost, which browsers treat as a secure origin;
     * java.net's cookie store does not and would never send them back, so the login form would come again.
     */
    static CookieHandler localhostCookies() {
        CookieManager store = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        return new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return store.get(uri, headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                Map<String, List<String>> plain = new HashMap<>();
                headers.forEach((name, values) -> plain.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                        ? values.stream().map(c -> SECURE.matcher(c).replaceAll("")).toList()
                        : values));
                store.put(uri, plain);
            }
        };
    }

    final class Session {
        final HttpClient http;

        Session(HttpClient http) {
            this.http = http;
        }

        String get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        /** [app ms, svc ms, service calls] of one request. */
        double[] timed(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            String timing = r.headers().firstValue("Server-Timing").orElseThrow(() -> new IllegalStateException("no Server-Timing on " + path));
            Matcher app = APP.matcher(timing);
            Matcher svc = SVC.matcher(timing);
            if (!app.find()) {
                throw new IllegalStateException("unreadable Server-Timing " + timing);
            }
            boolean s = svc.find();
            return new double[] {Double.parseDouble(app.group(1)), s ? Double.parseDouble(svc.group(1)) : 0, s ? Integer.parseInt(svc.group(2)) : 0};
        }
    }
}
