package se.arbetsmarknad.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.arbetsmarknad.platform.events.Topics;
import se.arbetsmarknad.platform.testing.TopicProbe;

/** Sends statistic.series-updated events the way reporting-service does, over the real broker. */
final class Feed {

    private Feed() {
    }

    /** Monthly totals (Jan..); K gets the smaller half of each month, M the rest. Months after are 0. */
    static ObjectNode series(String statistic, int year, LocalDate asOf, String aggregation, int... months) {
        List<Integer> t = new ArrayList<>();
        List<Integer> k = new ArrayList<>();
        List<Integer> m = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int v = i < months.length ? months[i] : 0;
            t.add(v);
            k.add(v / 2);
            m.add(v - v / 2);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("statistic", statistic);
        data.put("year", year);
        data.put("asOf", asOf.toString());
        data.put("breakdown", Map.of("T", t, "K", k, "M", m));
        data.put("aggregation", aggregation);
        return TopicProbe.envelope("statistic.series-updated", statistic + ":" + year, data);
    }

    static String send(String statistic, int year, LocalDate asOf, int... months) {
        return send(series(statistic, year, asOf, "sum", months));
    }

    static String send(ObjectNode envelope) {
        TopicProbe.send(Topics.STATISTIC, envelope);
        return envelope.path("id").asText();
    }

    static int sum(int... months) {
        return Arrays.stream(months).sum();
    }
}
