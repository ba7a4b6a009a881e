package se.arbetsmarknad.reporting.cache;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import se.arbetsmarknad.reporting.readmodel.ReadModelVersion;

/**
 * Report tables, statistics and drawn charts, computed once per read-model version. Every request reads
 * the version (one indexed row per consuming channel) before it looks in the cache: any transaction
 * that applied events has raised it, so a figure is never older than the last commit the request could
 * see, and every replica invalidates alike (no message between replicas). A figure computed while a
 * newer version commits is kept under the older key: newer than it has to be, never older.
 */
@ApplicationScoped
public class FiguresCache {

    record Key(long version, String what) {
    }

    private final Cache<Key, Object> cache = Caffeine.newBuilder().maximumSize(2_000)
            .expireAfterAccess(Duration.ofMinutes(30)).build();

    @Inject
    ReadModelVersion version;

    /**
     * @param what everything the result depends on besides the read model (report, parameters, the
     *             caller's unit confinement, today's date where a default depends on it)
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String what, Supplier<T> compute) {
        return (T) cache.get(new Key(version.current(), what), k -> compute.get());
    }
}
