package org.pressstats.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Answers computed for the current data version, least recently used first out. Entries of an older
 * version are dropped as soon as a newer one is seen, so a stale answer is never served.
 */
@ApplicationScoped
public class StatsCache {

    @ConfigProperty(name = "press-stats.stats.cache.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "press-stats.stats.cache.max-entries", defaultValue = "1000")
    int maxEntries;

    private final Counter hits;
    private final Counter misses;
    private long version = Long.MIN_VALUE;
    private final Map<String, Object> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > maxEntries;
        }
    };

    @Inject
    public StatsCache(MeterRegistry registry) {
        hits = Counter.builder("press_stats_stats_cache").tag("result", "hit").register(registry);
        misses = Counter.builder("press_stats_stats_cache").tag("result", "miss").register(registry);
    }

    /** Whether an answer to this question is kept (for the newest version seen). */
    public synchronized boolean holds(String key) {
        return enabled && entries.containsKey(key);
    }

    /** The answer cached for this version, or null (a miss is counted when it is then computed). */
    public synchronized Object peek(long dataVersion, String key) {
        if (!enabled) {
            return null;
        }
        if (dataVersion > version) {
            entries.clear();
            version = dataVersion;
        }
        Object cached = dataVersion == version ? entries.get(key) : null;
        if (cached != null) {
            hits.increment();
        }
        return cached;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(long dataVersion, String key, Supplier<T> compute) {
        if (!enabled) {
            return compute.get();
        }
        Object cached = peek(dataVersion, key);
        if (cached != null) {
            return (T) cached;
        }
        misses.increment();
        T answer = compute.get();
        synchronized (this) {
            if (dataVersion == version) {
                entries.put(key, answer);
            }
        }
        return answer;
    }
}
