import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Issue 12 goal 4's load (hook {@code matching-load.sh}): open placements and active participants for
 * placement-service's matching API.
 *
 * <ul>
 * <li>Placements through placement-service's bulk registration (CSV, up to 1 000 per organisation), as a
 * provider registers them: the API the figure is about, writing rows, outbox and matching index as usual.
 * <li>Participants: the first {@code --api-participants} through participant-service's bulk enrolment (CSV,
 * one transaction per file, the path of every enrolment: identity, audit, outbox), timed; the rest as the
 * {@code participant.enrolled} events that enrolment publishes (the contract
 * {@code participant.enrolled.schema.json}, the relay's record key and headers) straight onto
 * {@code participant.events.v1}. Placement-service cannot tell them apart: its consumer builds the same
 * projection rows and index entries. Why: enrolment writes audit and identity rows the matching figure does
 * not depend on, and 50 000 of them over the API take the better part of an hour on two shared cores
 * (the rate measured here is printed); events take seconds. Those participants exist only in
 * placement-service (and in reporting's statistics, which reads the same topic), not in participant-service.
 * </ul>
 *
 * <pre>
 * java -cp "$KAFKA_LIBS/*" scripts/bench/MatchingLoad.java --placement URL --participant URL --keycloak URL \
 *     --kafka HOST:PORT [--placements 10000] [--participants 50000] [--api-participants 200] [--seed 1]
 * </pre>
 *
 * Adds the given numbers (the hook passes what is missing) and waits until placement-service's matching
 * knows the last participant. Logins are the local realm's demo users ({@code admin} registers placements,
 * {@code anna.handlaggare} enrols, so all participants are in unit {@code unga-18-24}, the officer's own).
 */
public class MatchingLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String[] KINDS = {"praktik", "extratjanst", "nystartsjobb", "utvecklingsanstallning", "lonebidrag", "osa",
            "beredskapsanstallning", "feriepraktik", "jobbspar"};
    static final String[] PLACES = {"Rosengård", "Fosie", "Hyllie", "Kirseberg", "Limhamn", "Centrum", "Oxie", "Husie"};
    static final String[] SWEDISH = {"sfi-1", "sfi-2", "sfi-3", "modersmal"};
    static final String[] EDUCATION = {"forgymnasial", "gymnasial", "eftergymnasial"};

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>(Map.of("placement", "http://localhost:8082", "participant", "http://localhost:8081",
                "keycloak", "http://localhost:8180", "placements", "10000", "participants", "50000", "seed", "1", "kafka", "localhost:9092",
                "api-participants", "200"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int placements = Integer.parseInt(a.get("placements"));
        int participants = Integer.parseInt(a.get("participants"));
        long seed = Long.parseLong(a.get("seed"));
        Random random = new Random(seed);
        String admin = token(a.get("keycloak"), "admin");
        String officer = token(a.get("keycloak"), "anna.handlaggare");
        long start = System.nanoTime();

        List<String> ssyk = unitGroups(a.get("placement"), admin);
        int registered = 0;
        for (int o = 0; registered < placements; o++) {
            String orgId = organisation(a.get("placement"), admin, "bench-" + seed + "-" + o);
            int rows = Math.min(1000, placements - registered);
            String body = send(HttpRequest.newBuilder(URI.create(a.get("placement") + "/api/placements/bulk?organisationId=" + orgId))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofString(placementsCsv(random, ssyk, rows))), 201);
            registered += all(body, "\"placementId\":\"([0-9a-f-]{36})\"").size();
            System.out.printf("placements: %d%n", registered);
        }
        long placementsDone = System.nanoTime();

        List<String> participantIds = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int viaApi = Math.min(participants, Integer.parseInt(a.get("api-participants")));
        while (participantIds.size() < viaApi) {
            officer = token(a.get("keycloak"), "anna.handlaggare"); // a fresh token per request: a load may outlive one
            participantIds.addAll(enrol(a.get("participant"), officer, random, ssyk,
                    Math.min(2000, viaApi - participantIds.size()), used));
        }
        long apiDone = System.nanoTime();
        if (viaApi > 0) {
            System.out.printf("bulk enrolment over the API: %d participants in %.1f s (%.1f/s)%n", viaApi,
                    (apiDone - placementsDone) / 1e9, viaApi / ((apiDone - placementsDone) / 1e9));
        }
        if (participants > viaApi) {
            // One event first: if placement-service refuses it (dead-letters it, e.g. after a contract change), stop
            // here rather than send thousands after it.
            List<String> first = publishEnrolments(a.get("kafka"), random, ssyk, 1);
            awaitMatching(a.get("placement"), officer, first.getFirst(), Duration.ofMinutes(5));
            participantIds.addAll(first);
            participantIds.addAll(publishEnrolments(a.get("kafka"), random, ssyk, participants - viaApi - 1));
        }
        System.out.printf("participant.enrolled events: %d in %.1f s%n", participants - viaApi, (System.nanoTime() - apiDone) / 1e9);
        long enrolled = System.nanoTime();

        // The projection is built from participant.events.v1: wait until placement-service ranks for the last one.
        if (!participantIds.isEmpty()) {
            awaitMatching(a.get("placement"), token(a.get("keycloak"), "anna.handlaggare"), participantIds.getLast(),
                    Duration.ofMinutes(15));
        }
        System.out.printf("loaded: %d placements in %d s, %d participants in %d s, in placement-service's matching %d s later%n",
                registered, (placementsDone - start) / 1_000_000_000, participantIds.size(),
                (enrolled - placementsDone) / 1_000_000_000, (System.nanoTime() - enrolled) / 1_000_000_000);
        if (viaApi > 0) {
            System.out.printf("api_rate=%.1f%n", viaApi / ((apiDone - placementsDone) / 1e9));
        }
    }

    /** Waits until placement-service's matching ranks placements for the participant (it knows them). */
    static void awaitMatching(String base, String token, String participantId, Duration patience) throws Exception {
        String url = base + "/api/matching/participants/" + participantId + "/placements?limit=1";
        long deadline = System.nanoTime() + patience.toNanos();
        while (status(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()) != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("placement-service does not know participant " + participantId + " after "
                        + patience + " (dead-lettered? see its log)");
            }
            Thread.sleep(500);
        }
    }

    /** {@code n} participant.enrolled events as participant-service's outbox relay publishes them; their participant ids. */
    static List<String> publishEnrolments(String kafka, Random random, List<String> ssyk, int n) throws Exception {
        Properties pp = new Properties();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        pp.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        pp.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        pp.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        pp.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        List<String> ids = new ArrayList<>(n);
        LocalDate today = LocalDate.now();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp)) {
            for (int i = 0; i < n; i++) {
                String participantId = UUID.randomUUID().toString();
                String eventId = UUID.randomUUID().toString();
                int age = 18 + random.nextInt(7); // unga-18-24
                int birthYear = today.getYear() - age;
                boolean singleParent = random.nextInt(6) == 0;
                String interest = ssyk.get(random.nextInt(ssyk.size()));
                String group = interest.substring(0, 2 + random.nextInt(2)); // and a unit group: two distinct codes
                String unitGroup = ssyk.get(random.nextInt(ssyk.size()));
                String data = "{\"participantId\":\"" + participantId + "\",\"enrolmentId\":\"" + UUID.randomUUID()
                        + "\",\"unit\":\"unga-18-24\",\"enrolledOn\":\"" + today + "\",\"gender\":\"" + (random.nextBoolean() ? "K" : "M")
                        + "\",\"birthYear\":" + birthYear + ",\"ageBand\":\"" + (age <= 19 ? "17-19" : "20-24") + "\",\"bornAbroad\":" + random.nextBoolean()
                        + ",\"educationLevel\":\"" + EDUCATION[random.nextInt(EDUCATION.length)] + "\",\"swedishLevel\":\""
                        + SWEDISH[random.nextInt(SWEDISH.length)] + "\",\"drivingLicence\":" + (random.nextInt(3) == 0)
                        + ",\"occupationInterests\":[\"" + group + "\",\"" + unitGroup + "\"],\"singleParent\":" + singleParent
                        + ",\"childrenInHousehold\":" + (singleParent || random.nextInt(3) == 0) + ",\"assistanceSince\":"
                        + (random.nextBoolean() ? "\"" + today.minusMonths(1 + random.nextInt(48)) + "\"" : "null")
                        + ",\"referralSource\":\"ekonomiskt-bistand\",\"projects\":[],\"supportObstacle\":null,\"reopened\":false}";
                String envelope = "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"/participant-service\","
                        + "\"type\":\"participant.enrolled\",\"subject\":\"" + participantId + "\",\"time\":\"" + Instant.now()
                        + "\",\"datacontenttype\":\"application/json\",\"dataschema\":\"contracts/participant.enrolled.schema.json\","
                        + "\"data\":" + data + "}";
                ProducerRecord<String, String> record = new ProducerRecord<>("participant.events.v1", participantId, envelope);
                record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_type", "participant.enrolled".getBytes(StandardCharsets.UTF_8));
                record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
                producer.send(record);
                ids.add(participantId);
            }
            producer.flush();
        }
        return ids;
    }

    /**
     * One bulk enrolment of {@code rows} new people. A drawn personnummer may already be enrolled (the demo's
     * people, an earlier run): the answer is then a 400 naming those rows and nothing was written, so
     * those rows are drawn again and the file sent again.
     */
    static List<String> enrol(String base, String token, Random random, List<String> ssyk, int rows, Set<String> used)
            throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(participantRow(random, ssyk, used));
        }
        for (int attempt = 0; ; attempt++) {
            String csv = PARTICIPANT_HEADER + String.join("", lines);
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/participants/bulk"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                return all(r.body(), "\"participantId\":\"([0-9a-f-]{36})\"");
            }
            List<String> failing = all(r.body(), "\"rows\\[([0-9]+)\\]\\.personnummer\"");
            if (r.statusCode() != 400 || failing.isEmpty() || attempt == 5) {
                throw new IllegalStateException("bulk enrolment: " + r.statusCode() + " "
                        + r.body().substring(0, Math.min(2000, r.body().length())));
            }
            for (String row : failing) {
                lines.set(Integer.parseInt(row) - 1, participantRow(random, ssyk, used));
            }
        }
    }

    /** Occupations that exist: the service's own SSYK 2012 unit groups. */
    static List<String> unitGroups(String base, String token) throws Exception {
        String body = send(HttpRequest.newBuilder(URI.create(base + "/api/ssyk?level=4")).header("Authorization", "Bearer " + token).GET(), 200);
        List<String> codes = all(body, "\"code\":\"([0-9]{4})\"");
        if (codes.isEmpty()) {
            throw new IllegalStateException("no SSYK unit groups from " + base);
        }
        return codes;
    }

    /** A förvaltning registered for the load, or the one registered by an earlier run. */
    static String organisation(String base, String token, String code) throws Exception {
        String json = "{\"code\":\"" + code + "\",\"name\":\"Belastningstest " + code + "\",\"kind\":\"forvaltning\"}";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/organisations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 201) {
            return first(r.body(), "\"id\":\"([0-9a-f-]{36})\"");
        }
        String list = send(HttpRequest.newBuilder(URI.create(base + "/api/organisations?kind=forvaltning"))
                .header("Authorization", "Bearer " + token).GET(), 200);
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"code\":\"" + Pattern.quote(code) + "\"").matcher(list);
        if (!m.find()) {
            throw new IllegalStateException("cannot register or find organisation " + code + ": " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** Open placements with the requirement mix of the in-memory benchmark: a third ask for an age range, half for Swedish. */
    static String placementsCsv(Random random, List<String> ssyk, int rows) {
        StringBuilder csv = new StringBuilder("kind;title;ssyk;seats;periodStart;periodEnd;place;hoursPerWeek;swedishLevel;"
                + "drivingLicence;ageMin;ageMax;educationLevel;publish\n");
        LocalDate today = LocalDate.now();
        for (int i = 0; i < rows; i++) {
            LocalDate start = today.plusDays(random.nextInt(60));
            boolean ages = random.nextInt(3) == 0;
            csv.append(KINDS[random.nextInt(KINDS.length)]).append(';')
                    .append("Plats ").append(i).append(';')
                    .append(ssyk.get(random.nextInt(ssyk.size()))).append(';')
                    .append(1 + random.nextInt(5)).append(';')
                    .append(start).append(';').append(start.plusWeeks(8 + random.nextInt(40))).append(';')
                    .append(PLACES[random.nextInt(PLACES.length)]).append(';')
                    .append(30 + random.nextInt(11)).append(';')
                    .append(random.nextBoolean() ? SWEDISH[random.nextInt(SWEDISH.length)] : "").append(';')
                    .append(random.nextInt(4) == 0 ? "ja" : "nej").append(';')
                    .append(ages ? "18" : "").append(';').append(ages ? (random.nextBoolean() ? "24" : "64") : "").append(';')
                    .append(random.nextInt(5) == 0 ? "gymnasial" : "").append(';')
                    .append("ja\n");
        }
        return csv.toString();
    }

    static final String PARTICIPANT_HEADER = "personnummer;firstName;lastName;educationLevel;swedishLevel;drivingLicence;"
            + "occupationInterests;singleParent;childrenInHousehold;assistanceSince;referralSource\n";

    /** A participant of the in-memory benchmark's mix: a third with a driving licence, an interest group and a unit group. */
    static String participantRow(Random random, List<String> ssyk, Set<String> used) {
        LocalDate today = LocalDate.now();
        boolean singleParent = random.nextInt(6) == 0;
        String interest = ssyk.get(random.nextInt(ssyk.size()));
        return personnummer(random, used) + ";Test;Belastning;"
                + EDUCATION[random.nextInt(EDUCATION.length)] + ';'
                + (random.nextInt(8) == 0 ? "okand" : SWEDISH[random.nextInt(SWEDISH.length)]) + ';'
                + (random.nextInt(3) == 0 ? "ja" : "nej") + ';'
                + interest.substring(0, 2 + random.nextInt(3)) + ' ' + ssyk.get(random.nextInt(ssyk.size())) + ';'
                + (singleParent ? "ja" : "nej") + ';'
                + (singleParent || random.nextInt(3) == 0 ? "ja" : "nej") + ';'
                + (random.nextBoolean() ? today.minusMonths(1 + random.nextInt(48)).toString() : "") + ';'
                + "ekonomiskt-bistand\n";
    }

    /** A unique, Luhn-valid personnummer of someone aged 18 to 64. */
    static String personnummer(Random random, Set<String> used) {
        while (true) {
            LocalDate birth = LocalDate.now().minusYears(18).minusDays(random.nextInt(46 * 365));
            String nine = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                    1 + random.nextInt(999));
            String pnr = "%04d%02d%02d-%s%d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                    nine.substring(6), luhn(nine));
            if (used.add(pnr)) {
                return pnr;
            }
        }
    }

    static int luhn(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    static String token(String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=suite-web&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=demo";
        String body = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/kommun/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        return first(body, "\"access_token\":\"([^\"]+)\"");
    }

    static String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(r.request().method() + " " + r.request().uri() + ": " + r.statusCode() + " "
                    + r.body().substring(0, Math.min(2000, r.body().length())));
        }
        return r.body();
    }

    static int status(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String first(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + body.substring(0, Math.min(500, body.length())));
        }
        return m.group(1);
    }

    static List<String> all(String body, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
