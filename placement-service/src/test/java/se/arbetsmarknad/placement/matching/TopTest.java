package se.arbetsmarknad.placement.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The bucketed selection of the best candidates gives exactly what a full sort gives. */
class TopTest {

    record Item(int id, int score) {
    }

    @Test
    void sameAsSortingEverything() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            int n = random.nextInt(300);
            List<Item> pool = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int score = random.nextInt(5) == 0 ? Scoring.EXCLUDED : random.nextInt(101);
                pool.add(new Item(random.nextInt(1000), score));
            }
            int limit = 1 + random.nextInt(60);
            boolean includeExcluded = random.nextBoolean();
            Comparator<Item> order = Comparator.comparingInt(Item::id);

            List<Item> expected = pool.stream().filter(i -> includeExcluded || i.score() != Scoring.EXCLUDED)
                    .sorted(Comparator.comparingInt((Item i) -> -i.score()).thenComparing(order)).limit(limit).toList();
            List<MatchingService.Scored<Item>> actual = MatchingService.top(new ArrayList<>(pool), Item::score, includeExcluded, limit, order);

            assertThat(actual.stream().map(MatchingService.Scored::item).toList()).isEqualTo(expected);
            assertThat(actual).allSatisfy(s -> assertThat(s.score()).isEqualTo(s.item().score()));
        }
    }
}
