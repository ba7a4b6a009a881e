package se.arbetsmarknad.participant.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's history, generated without any service (so it is tested on its own): participants enrolled
 * month by month since 2019 with a realistic rhythm (many in autumn and winter, few in July), their plans,
 * interventions and exits, scheduled by counts per month rather than drawn at random, so that the
 * seeds' figures come out exactly — Lund's Jan–Aug 2022 (143 employments with support, 16 internships,
 * 27 study guidance, 70 Supported Employment, 61 exits to work) and the IRIS sub-projects (USB 136 of
 * whom 71 on assistance, Kompetenstrappan 66/12, INSAM 47/19) — and two cohorts that placement-service's
 * demo matches to places: 603 youths for the summer jobs of 2022 and 524 adults employed by Malmö's
 * förvaltningar on 2020-09-28. Deterministic: the same seed and day give the same history.
 */
public final class DemoHistory {

    public static final LocalDate START = LocalDate.of(2019, 1, 1);
    public static final String YOUTH = "unga-18-24";
    public static final String ADULT = "arbete-forsorjning";

    /** Lund's interim report covers 2022-01-01..2022-08-31: the monthly counts that make its figures. */
    static final YearMonth LUND_FROM = YearMonth.of(2022, 1);
    static final int[] LUND_EMPLOYMENTS = { 15, 17, 20, 18, 19, 16, 14, 24 };
    static final int[] LUND_INTERNSHIPS = { 1, 2, 2, 3, 2, 1, 1, 4 };
    static final int[] LUND_GUIDANCE = { 3, 4, 4, 3, 4, 2, 2, 5 };
    static final int[] LUND_SE = { 8, 9, 10, 9, 8, 7, 8, 11 };
    static final int[] LUND_EXITS_TO_WORK = { 6, 8, 9, 7, 8, 7, 6, 10 };
    /** Lund's table of state employments 2022 (nystartsjobb 8 K / 5 M, lönebidrag 11 K / 13 M); the rest extratjänst. */
    static final Map<String, int[]> LUND_EMPLOYMENT_KINDS = Map.of("nystartsjobb", new int[] { 8, 5 },
            "lonebidrag", new int[] { 11, 13 });

    /** IRIS (ESF), Lund's three sub-projects since the start 2020-09: joined, of whom on assistance. */
    public static final Map<String, int[]> IRIS = Map.of("iris-usb", new int[] { 136, 71 },
            "iris-kompetenstrappan", new int[] { 66, 12 }, "iris-insam", new int[] { 47, 19 });
    static final YearMonth IRIS_FROM = YearMonth.of(2020, 9);
    static final YearMonth IRIS_TO = YearMonth.of(2022, 8);

    /** Occupation interests that only the cohorts hold, so placement-service's demo can find them. */
    public static final String SUMMER_JOB_INTEREST = "9629";
    public static final String CITY_EMPLOYMENT_INTEREST = "9622";
    public static final int SUMMER_JOBS_2022 = 603;
    public static final int CITY_EMPLOYMENTS_2020 = 524;

    /** Enrolments per month as a share of the year (autumn and winter high, July low); sums to 12. */
    static final double[] SEASON = { 1.25, 1.15, 1.1, 1.0, 0.95, 0.8, 0.45, 1.05, 1.2, 1.15, 1.05, 0.85 };
    /** Interventions start less in summer and at Christmas. */
    static final double[] ACTIVITY = { 1.1, 1.15, 1.2, 1.1, 1.05, 0.8, 0.55, 1.1, 1.2, 1.15, 1.1, 0.5 };

    static final String[] ADULT_OTHER_KINDS = { "jobbspar", "sprakstod", "praktik" };
    static final String[] REGULAR_INTERESTS = { "5321", "9412", "8331", "5120", "4322", "9111", "5223", "7411", "8332",
            "5311", "9621", "3451", "2235", "5330", "9331" };
    static final String[] OBSTACLES = { "arbetsloshet", "arbetsloshet", "arbetsloshet", "sjukskriven-lakarintyg",
            "otillrackliga-inkomster", "vantar-pa-ersattning", "sociala-skal" };

    public enum Cohort {
        /** Followed by this history alone. */
        REGULAR,
        /** Matched to a feriepraktik place of summer 2022 by placement-service's demo. */
        SUMMER_JOB_2022,
        /** Matched to an employment at a förvaltning (on 2020-09-28) by placement-service's demo. */
        CITY_EMPLOYMENT_2020
    }

    public record Attributes(boolean bornAbroad, String education, String swedishLevel, boolean children,
            boolean singleParent, LocalDate assistanceSince, String obstacle, String referral, List<String> interests,
            boolean drivingLicence, boolean protectedIdentity) {
    }

    /** @param endedOn null while it runs (past the day of the history) */
    public record Step(String kind, LocalDate start, LocalDate plannedEnd, LocalDate endedOn) {
    }

    public record Membership(String project, LocalDate on) {
    }

    public record Exit(LocalDate on, String reason) {
    }

    /** One participant's story; {@code index} orders the stories and names their load position. */
    public record Story(int index, Cohort cohort, String unit, boolean woman, LocalDate birth, LocalDate enrolledOn,
            Attributes attributes, LocalDate planOn, List<Step> steps, Membership project, Exit exit) {
    }

    private final Random rnd;
    private final LocalDate today;
    private final List<Person> people = new ArrayList<>();

    /** The story as it is built; {@code freeFrom} is the first day without a running intervention. */
    private static final class Person {
        final int index;
        final Cohort cohort;
        final String unit;
        final boolean woman;
        final LocalDate birth;
        final LocalDate enrolledOn;
        final Attributes attributes;
        LocalDate planOn;
        final List<Step> steps = new ArrayList<>();
        Membership project;
        Exit exit;
        LocalDate freeFrom;
        boolean employed;

        Person(int index, Cohort cohort, String unit, boolean woman, LocalDate birth, LocalDate enrolledOn,
                Attributes attributes) {
            this.index = index;
            this.cohort = cohort;
            this.unit = unit;
            this.woman = woman;
            this.birth = birth;
            this.enrolledOn = enrolledOn;
            this.attributes = attributes;
            this.freeFrom = enrolledOn.plusDays(3);
        }

        boolean activeOn(LocalDate day) {
            return !enrolledOn.isAfter(day) && (exit == null || exit.on().isAfter(day));
        }

        boolean freeOn(LocalDate day) {
            return activeOn(day) && !freeFrom.isAfter(day);
        }

        Story story() {
            return new Story(index, cohort, unit, woman, birth, enrolledOn, attributes, planOn, List.copyOf(steps),
                    project, exit);
        }
    }

    private DemoHistory(long seed, LocalDate today) {
        this.rnd = new Random(seed);
        this.today = today;
    }

    /** Every story from 2019 up to {@code today}, in the order they are to be loaded. */
    public static List<Story> generate(long seed, LocalDate today) {
        DemoHistory h = new DemoHistory(seed, today);
        h.simulate();
        return h.people.stream().sorted(Comparator.comparingInt(p -> p.index)).map(Person::story).toList();
    }

    private void simulate() {
        for (YearMonth month = YearMonth.from(START); !month.atDay(1).isAfter(today); month = month.plusMonths(1)) {
            enrol(month);
            if (month.equals(YearMonth.of(2019, 3))) {
                cohort(Cohort.CITY_EMPLOYMENT_2020, CITY_EMPLOYMENTS_2020, ADULT, LocalDate.of(2019, 3, 1),
                        LocalDate.of(2019, 9, 20));
            }
            if (month.equals(YearMonth.of(2022, 3))) {
                cohort(Cohort.SUMMER_JOB_2022, SUMMER_JOBS_2022, YOUTH, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 31));
            }
            projects(month);
            interventions(month);
            exits(month);
        }
    }

    // ---- enrolments ------------------------------------------------------------------------------------

    /** New participants per year (both units), the year's level before the season. */
    static int enrolmentsPerYear(int year) {
        return switch (year) {
            case 2019 -> 290;
            case 2020 -> 330;
            case 2021 -> 340;
            case 2022 -> 330;
            case 2023 -> 315;
            case 2024 -> 305;
            default -> 300;
        };
    }

    private void enrol(YearMonth month) {
        int n = (int) Math.round(enrolmentsPerYear(month.getYear()) / 12.0 * SEASON[month.getMonthValue() - 1]);
        for (int i = 0; i < n; i++) {
            LocalDate day = dayIn(month);
            if (day.isAfter(today)) {
                continue;
            }
            boolean youth = rnd.nextInt(100) < 45;
            add(Cohort.REGULAR, youth ? YOUTH : ADULT, day, REGULAR_INTERESTS[rnd.nextInt(REGULAR_INTERESTS.length)]);
        }
    }

    private void cohort(Cohort cohort, int count, String unit, LocalDate from, LocalDate to) {
        int days = (int) (to.toEpochDay() - from.toEpochDay());
        for (int i = 0; i < count; i++) {
            LocalDate day = from.plusDays(rnd.nextInt(days + 1));
            add(cohort, unit, day, cohort == Cohort.SUMMER_JOB_2022 ? SUMMER_JOB_INTEREST : CITY_EMPLOYMENT_INTEREST);
        }
    }

    private Person add(Cohort cohort, String unit, LocalDate enrolledOn, String interest) {
        boolean youth = YOUTH.equals(unit);
        boolean woman = rnd.nextInt(100) < 49;
        int age = cohort == Cohort.SUMMER_JOB_2022 ? 17 + rnd.nextInt(2)
                : youth ? 18 + rnd.nextInt(7) : pick(25, 25, 28, 30, 32, 35, 38, 42, 46, 50, 55, 59) + rnd.nextInt(4);
        LocalDate birth = enrolledOn.minusYears(age).minusDays(1 + rnd.nextInt(330));
        boolean bornAbroad = rnd.nextInt(100) < 55;
        boolean children = !youth && rnd.nextInt(100) < 45 || youth && rnd.nextInt(100) < 8;
        boolean single = children && woman && rnd.nextInt(100) < 50;
        boolean assisted = cohort != Cohort.SUMMER_JOB_2022 && rnd.nextInt(100) < (youth ? 55 : 74);
        LocalDate assistanceSince = assisted ? enrolledOn.minusMonths(rnd.nextInt(40)).withDayOfMonth(1) : null;
        List<String> interests = new ArrayList<>(List.of(interest));
        if (cohort == Cohort.REGULAR && rnd.nextBoolean()) {
            String second = REGULAR_INTERESTS[rnd.nextInt(REGULAR_INTERESTS.length)];
            if (!interests.contains(second)) {
                interests.add(second);
            }
        }
        Attributes attributes = new Attributes(bornAbroad,
                pick("forgymnasial", "forgymnasial", "gymnasial", "gymnasial", "gymnasial", "eftergymnasial", "okand"),
                bornAbroad ? pick("sfi-1", "sfi-2", "sfi-2", "sfi-3", "sfi-3", "modersmal") : "modersmal",
                children, single, assistanceSince, assisted ? OBSTACLES[rnd.nextInt(OBSTACLES.length)] : null,
                assisted ? "ekonomiskt-bistand" : pick("arbetsformedlingen", "egen-anmalan", "annan"), interests,
                rnd.nextInt(100) < (youth ? 20 : 45), rnd.nextInt(100) < 2);
        Person p = new Person(people.size(), cohort, unit, woman, birth, enrolledOn, attributes);
        if (cohort == Cohort.REGULAR && rnd.nextInt(100) < 80) {
            p.planOn = min(enrolledOn.plusDays(rnd.nextInt(15)), today);
        }
        people.add(p);
        return p;
    }

    // ---- projects --------------------------------------------------------------------------------------

    /** IRIS joins spread evenly over its months, the on-assistance share as in Lund's table; a few Finsam. */
    private void projects(YearMonth month) {
        if (!month.isBefore(IRIS_FROM) && !month.isAfter(IRIS_TO)) {
            int months = (int) IRIS_FROM.until(IRIS_TO, java.time.temporal.ChronoUnit.MONTHS) + 1;
            int k = (int) IRIS_FROM.until(month, java.time.temporal.ChronoUnit.MONTHS);
            for (var e : new java.util.TreeMap<>(IRIS).entrySet()) {
                String unit = e.getKey().equals("iris-usb") ? YOUTH : ADULT;
                int total = share(e.getValue()[0], k, months);
                int assisted = share(e.getValue()[1], k, months);
                join(e.getKey(), unit, month, assisted, true);
                join(e.getKey(), unit, month, total - assisted, false);
            }
        }
        if (month.getMonthValue() % 3 == 0 && month.getYear() >= 2021) {
            join("finsam-steget", ADULT, month, 2, true);
        }
    }

    /** The part of {@code total} that falls in month {@code k} of {@code months}, so the parts add up to it. */
    static int share(int total, int k, int months) {
        return (int) ((long) total * (k + 1) / months - (long) total * k / months);
    }

    private void join(String project, String unit, YearMonth month, int count, boolean onAssistance) {
        LocalDate end = min(month.atEndOfMonth(), today);
        List<Person> candidates = people.stream()
                .filter(p -> p.cohort == Cohort.REGULAR && p.project == null && p.unit.equals(unit))
                .filter(p -> p.activeOn(end) && !p.enrolledOn.isAfter(end.minusDays(3)))
                .filter(p -> onAssistance == (p.attributes.assistanceSince() != null
                        && !p.attributes.assistanceSince().isAfter(end)))
                .sorted(Comparator.comparing((Person p) -> p.enrolledOn).reversed().thenComparingInt(p -> p.index))
                .limit(count).toList();
        if (candidates.size() < count) {
            throw new IllegalStateException("demo history: too few participants to join " + project + " in " + month);
        }
        for (Person p : candidates) {
            LocalDate on = max(p.enrolledOn.plusDays(3), month.atDay(1));
            LocalDate joined = min(on.plusDays(rnd.nextInt(10)), end);
            p.project = new Membership(project, joined);
            if (onAssistance && p.attributes.assistanceSince().isAfter(joined)) {
                p.project = new Membership(project, end); // on assistance by the month's end, not yet at the start
            }
        }
    }

    // ---- interventions ---------------------------------------------------------------------------------

    enum Group { EMPLOYMENT, INTERNSHIP, GUIDANCE, SE, OTHER }

    /** Interventions started per year and group outside Lund's months (2022: the rest of the year). */
    static int startsPerYear(Group g, int year) {
        int[] byYear = switch (g) {
            case EMPLOYMENT -> new int[] { 150, 165, 180, 230, 215, 205, 210, 200 };
            case INTERNSHIP -> new int[] { 40, 22, 30, 32, 45, 44, 46, 42 };
            case GUIDANCE -> new int[] { 50, 44, 47, 46, 52, 55, 53, 50 };
            case SE -> new int[] { 55, 60, 82, 108, 110, 116, 120, 118 };
            case OTHER -> new int[] { 30, 25, 32, 34, 36, 38, 40, 38 };
        };
        return byYear[Math.min(byYear.length - 1, Math.max(0, year - 2019))];
    }

    private void interventions(YearMonth month) {
        boolean lund = !month.isBefore(LUND_FROM) && month.isBefore(LUND_FROM.plusMonths(8));
        Map<Group, Integer> counts = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            if (lund) {
                int m = month.getMonthValue() - 1;
                counts.put(g, switch (g) {
                    case EMPLOYMENT -> LUND_EMPLOYMENTS[m];
                    case INTERNSHIP -> LUND_INTERNSHIPS[m];
                    case GUIDANCE -> LUND_GUIDANCE[m];
                    case SE -> LUND_SE[m];
                    case OTHER -> 3;
                });
            } else if (month.getYear() == 2022) {
                // September–December: the year's rest, in the season's proportion of those months.
                int rest = startsPerYear(g, 2022) - lundTotal(g);
                counts.put(g, (int) Math.round(rest * ACTIVITY[month.getMonthValue() - 1] / (1.2 + 1.15 + 1.1 + 0.5)));
            } else {
                counts.put(g, (int) Math.round(startsPerYear(g, month.getYear()) / 12.0 * ACTIVITY[month.getMonthValue() - 1]));
            }
        }
        List<String> employmentKinds = employmentKinds(month, counts.get(Group.EMPLOYMENT), lund);
        for (int i = 0; i < employmentKinds.size(); i++) {
            start(month, employmentKinds.get(i), i % 3 == 2 ? YOUTH : ADULT, lund);
        }
        for (int i = 0; i < counts.get(Group.INTERNSHIP); i++) {
            start(month, "praktik:", i % 3 == 0 ? YOUTH : ADULT, lund);
        }
        for (int i = 0; i < counts.get(Group.GUIDANCE); i++) {
            start(month, i % 3 == 2 ? "ungdomssamtal:" : "studievagledning:", i % 3 == 1 ? ADULT : YOUTH, lund);
        }
        for (int i = 0; i < counts.get(Group.SE); i++) {
            start(month, i % 4 == 3 ? "ips:" : "supported-employment:", i % 2 == 0 ? ADULT : YOUTH, lund);
        }
        for (int i = 0; i < counts.get(Group.OTHER); i++) {
            start(month, ADULT_OTHER_KINDS[i % 2] + ":", ADULT, lund);
        }
    }

    private static int lundTotal(Group g) {
        int[] months = switch (g) {
            case EMPLOYMENT -> LUND_EMPLOYMENTS;
            case INTERNSHIP -> LUND_INTERNSHIPS;
            case GUIDANCE -> LUND_GUIDANCE;
            case SE -> LUND_SE;
            case OTHER -> new int[] { 3, 3, 3, 3, 3, 3, 3, 3 };
        };
        return java.util.Arrays.stream(months).sum();
    }

    /**
     * The month's employments as "kind:gender" slots (gender empty: either). In Lund's months the state
     * employments of its table are spread over the months first, by gender; the rest are extratjänster.
     */
    private List<String> employmentKinds(YearMonth month, int count, boolean lund) {
        List<String> slots = new ArrayList<>();
        if (lund) {
            int k = month.getMonthValue() - 1;
            for (var e : new java.util.TreeMap<>(LUND_EMPLOYMENT_KINDS).entrySet()) {
                for (int g = 0; g < 2; g++) {
                    for (int i = 0; i < share(e.getValue()[g], k, 8); i++) {
                        slots.add(e.getKey() + ":" + (g == 0 ? "K" : "M"));
                    }
                }
            }
        } else {
            String[] kinds = { "extratjanst", "extratjanst", "extratjanst", "nystartsjobb", "lonebidrag",
                    "utvecklingsanstallning", "osa", "beredskapsanstallning" };
            for (int i = 0; i < count; i++) {
                slots.add(kinds[rnd.nextInt(kinds.length)] + ":");
            }
        }
        while (slots.size() < count) {
            slots.add("extratjanst:");
        }
        return slots.subList(0, count);
    }

    static int durationDays(String kind, Random rnd) {
        return switch (kind) {
            case "extratjanst", "nystartsjobb", "lonebidrag", "utvecklingsanstallning", "osa", "beredskapsanstallning" ->
                    180 + rnd.nextInt(185);
            case "supported-employment", "ips" -> 120 + rnd.nextInt(150);
            case "jobbspar" -> 84;
            case "sprakstod" -> 90 + rnd.nextInt(90);
            case "praktik" -> 30 + rnd.nextInt(60);
            default -> 20 + rnd.nextInt(40);
        };
    }

    /**
     * Starts one intervention in the month for the participant of the unit (and gender, when the slot names
     * one) who has waited longest without one. Lund's months must find someone; other months may skip.
     */
    private void start(YearMonth month, String slot, String unit, boolean exact) {
        String kind = slot.substring(0, slot.indexOf(':'));
        String gender = slot.substring(slot.indexOf(':') + 1);
        LocalDate day = dayIn(month);
        if (day.isAfter(today)) {
            day = today;
        }
        LocalDate on = day;
        LocalDate latest = min(month.atEndOfMonth(), today);
        Person chosen = people.stream()
                .filter(p -> p.cohort == Cohort.REGULAR && p.unit.equals(unit) && p.activeOn(on))
                .filter(p -> !p.freeFrom.isAfter(latest))
                .filter(p -> gender.isEmpty() || p.woman == gender.equals("K"))
                .filter(p -> !(p.employed && isEmployment(kind)))
                .min(Comparator.comparing((Person p) -> p.freeFrom).thenComparingInt(p -> p.index)).orElse(null);
        if (chosen == null) {
            if (exact) {
                throw new IllegalStateException("demo history: nobody free for " + kind + " in " + month);
            }
            return;
        }
        day = max(on, chosen.freeFrom);
        LocalDate planned = day.plusDays(durationDays(kind, rnd));
        LocalDate ended = planned.isAfter(today) ? null : planned;
        chosen.steps.add(new Step(kind, day, planned, ended));
        chosen.freeFrom = planned.plusDays(1);
        chosen.employed |= isEmployment(kind);
        if (chosen.planOn == null || chosen.planOn.isAfter(day)) {
            chosen.planOn = max(chosen.enrolledOn, day.minusDays(7));
        }
    }

    static boolean isEmployment(String kind) {
        return Set.of("extratjanst", "nystartsjobb", "lonebidrag", "utvecklingsanstallning", "osa",
                "beredskapsanstallning").contains(kind);
    }

    // ---- exits -----------------------------------------------------------------------------------------

    /** Exits per month by reason outside Lund's months; to work ("arbete") is self-sufficiency. */
    static final Map<String, Double> EXITS_PER_MONTH = Map.of("arbete", 8.0, "studier", 4.5, "annat-stod", 2.0,
            "flyttat", 2.0, "annat", 6.0);

    private void exits(YearMonth month) {
        boolean lund = !month.isBefore(LUND_FROM) && month.isBefore(LUND_FROM.plusMonths(8));
        for (String reason : new java.util.TreeSet<>(EXITS_PER_MONTH.keySet())) {
            double base = EXITS_PER_MONTH.get(reason) * (month.getMonthValue() == 7 ? 0.6 : 1.0);
            int n = lund && reason.equals("arbete") ? LUND_EXITS_TO_WORK[month.getMonthValue() - 1]
                    : (int) Math.round(base * (0.8 + rnd.nextDouble() * 0.4));
            for (int i = 0; i < n; i++) {
                exit(month, reason, lund && reason.equals("arbete"));
            }
        }
    }

    /** Exits, on a day of the month, someone who has waited longest since their last intervention. */
    private void exit(YearMonth month, String reason, boolean exact) {
        LocalDate last = min(month.atEndOfMonth(), today);
        if (last.isBefore(month.atDay(1))) {
            return;
        }
        boolean toWork = reason.equals("arbete") || reason.equals("studier");
        Person chosen = people.stream()
                .filter(p -> p.cohort == Cohort.REGULAR && p.activeOn(last) && !p.freeFrom.isAfter(last))
                .filter(p -> !p.enrolledOn.isAfter(last.minusDays(45)))
                .filter(p -> p.project == null || !p.project.on().isAfter(last))
                .min(Comparator.comparing((Person p) -> toWork && p.steps.isEmpty() ? 1 : 0)
                        .thenComparing(p -> p.freeFrom).thenComparingInt(p -> p.index))
                .orElse(null);
        if (chosen == null) {
            if (exact) {
                throw new IllegalStateException("demo history: nobody to exit (" + reason + ") in " + month);
            }
            return;
        }
        LocalDate from = max(max(chosen.freeFrom, month.atDay(1)), chosen.project == null ? START : chosen.project.on());
        int span = (int) (last.toEpochDay() - from.toEpochDay());
        chosen.exit = new Exit(from.plusDays(span <= 0 ? 0 : rnd.nextInt(span + 1)), reason);
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private LocalDate dayIn(YearMonth month) {
        return month.atDay(1 + rnd.nextInt(month.lengthOfMonth()));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[rnd.nextInt(values.length)];
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
