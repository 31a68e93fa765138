package dev.scrm.connector;

import dev.scrm.core.Platform;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a connector declares about itself: its platform, capabilities, authentication, rate limits and the
 * version of its payload mapping. Immutable and thread-safe.
 *
 * @param id the connector's id
 * @param platform the platform it reads
 * @param capabilities what it can do
 * @param auth how it authenticates
 * @param limits the platform's documented rate limits and quotas
 * @param backfill how far back the platform lets it read, or {@code null} when unbounded or unknown
 * @param mappingVersion the version of its payload-to-model mapping, for example {@code mastodon-map@1}
 */
public record ConnectorManifest(
        ConnectorId id,
        Platform platform,
        Set<Capability> capabilities,
        AuthScheme auth,
        List<RateLimitRule> limits,
        Duration backfill,
        String mappingVersion) {

    /**
     * Validates and copies the manifest.
     *
     * @throws NullPointerException if a required part is null
     * @throws IllegalArgumentException if the mapping version is blank
     */
    public ConnectorManifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(capabilities, "capabilities");
        capabilities = capabilities.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
        Objects.requireNonNull(auth, "auth");
        limits = List.copyOf(Objects.requireNonNull(limits, "limits"));
        Objects.requireNonNull(mappingVersion, "mappingVersion");
        if (mappingVersion.isBlank()) {
            throw new IllegalArgumentException("mappingVersion must not be blank");
        }
    }

    /**
     * Whether the connector declares a capability.
     *
     * @param capability the capability
     * @return true when declared
     */
    public boolean supports(Capability capability) {
        return capabilities.contains(Objects.requireNonNull(capability, "capability"));
    }

    /**
     * Checks that the connector can run a kind of query, the guard every {@link Connector#fetch} starts with.
     *
     * @param kind the query's kind
     * @throws UnsupportedOperationException if the connector does not declare the capability the kind needs;
     *     the message names the connector id and the kind
     */
    public void requireSupports(QueryKind kind) {
        if (!supports(Objects.requireNonNull(kind, "kind").capability())) {
            throw new UnsupportedOperationException("connector '" + id + "' does not support " + kind);
        }
    }

    /**
     * How far back the platform lets the connector read.
     *
     * @return the window, or empty when unbounded or unknown
     */
    public Optional<Duration> backfillWindow() {
        return Optional.ofNullable(backfill);
    }
}
