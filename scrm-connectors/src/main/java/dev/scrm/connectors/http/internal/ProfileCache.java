package dev.scrm.connectors.http.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.scrm.core.SocialIdentity;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * A bounded Caffeine cache of looked-up profiles, timed by the injected clock and maintained on the calling
 * thread. Absent profiles are cached too, as empty. Thread-safe.
 */
public final class ProfileCache {

    /** Profiles kept at most. */
    public static final int MAX_SIZE = 10_000;
    /** How long a profile stays fresh. */
    public static final Duration TTL = Duration.ofMinutes(15);

    private final Cache<String, Optional<SocialIdentity>> cache;

    public ProfileCache(Clock clock) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(MAX_SIZE)
                .expireAfterWrite(TTL)
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .build();
    }

    public Optional<SocialIdentity> get(String key, Function<String, Optional<SocialIdentity>> loader) {
        return cache.get(key, loader);
    }
}
