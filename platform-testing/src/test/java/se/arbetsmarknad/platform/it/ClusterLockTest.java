package se.arbetsmarknad.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.arbetsmarknad.platform.jobs.ClusterLock;

@QuarkusTest
class ClusterLockTest {

    @Inject
    ClusterLock lock;

    @Test
    void aSlotRunsOnceAlthoughManyCallersFireItAtTheSameTime() throws Exception {
        String slot = UUID.randomUUID().toString();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return lock.runOncePerSlot("freeze", slot, () -> {
                        runs.incrementAndGet();
                        sleep(200); // hold the claim while the others arrive
                    });
                }));
            }
            start.countDown();
            long ran = 0;
            for (Future<Boolean> r : results) {
                ran += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(ran).isEqualTo(1);
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
        // A later firing for the same slot skips; another slot runs.
        assertThat(lock.runOncePerSlot("freeze", slot, runs::incrementAndGet)).isFalse();
        assertThat(lock.runOncePerSlot("freeze", slot + "-next", runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailedRunReleasesItsSlotForTheNextFiring() {
        String slot = UUID.randomUUID().toString();
        assertThatThrownBy(() -> lock.runOncePerSlot("retention", slot, () -> {
            throw new IllegalStateException("database hiccup");
        })).hasMessageContaining("hiccup");
        assertThat(lock.runOncePerSlot("retention", slot, () -> { })).isTrue();
    }

    @Test
    void anExclusiveJobIsSkippedWhileAnotherHoldsTheLock() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> lock.runExclusively("relay-like", () -> {
                holding.countDown();
                await(release);
                return "first";
            }));
            holding.await(10, TimeUnit.SECONDS);
            assertThat(lock.<String>runExclusively("relay-like", () -> "second")).isNull();
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(lock.<String>runExclusively("relay-like", () -> "third")).isEqualTo("third");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
