package dev.scrm.examples.demo.internal;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.ConnectorConfig;
import dev.scrm.connectors.Connectors;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.RetryPolicy;
import dev.scrm.connectors.reddit.RedditConnector;
import dev.scrm.core.Platform;
import dev.scrm.testkit.simulator.FaultKind;
import dev.scrm.testkit.simulator.PlatformSimulators;
import dev.scrm.testkit.simulator.SimulatorSettings;
import dev.scrm.testkit.simulator.SimulatorStats;
import dev.scrm.testkit.world.SyntheticWorld;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platforms the demo listens to and a connector for each: the simulators on 127.0.0.1 serving the
 * synthetic world (a small rate of injected server errors and torn bodies, no rate limits), or for Mastodon
 * optionally a real server. Not thread-safe; closing closes the connectors and stops the simulators.
 */
public final class Sources implements AutoCloseable {

    /** The platforms the demo reads, in order. */
    public static final List<Platform> PLATFORMS = List.of(Platform.MASTODON, Platform.BLUESKY, Platform.REDDIT,
            Platform.X);

    private final PlatformSimulators sims;
    private final URI liveMastodon;
    private final Map<Platform, Connector> connectors = new LinkedHashMap<>();

    /**
     * Starts the simulators and builds the connectors.
     *
     * @param world the world the simulators serve
     * @param clock the clock of the simulators and the connectors
     * @param seed the seed of fault decisions and retry jitter
     * @param faultRate the share of simulator reads answered with a transient fault
     * @param liveMastodon a real Mastodon server to read instead of the simulated one, or null
     * @param liveTimeout the connect and read timeout of calls to the real server
     */
    public Sources(SyntheticWorld world, Clock clock, long seed, double faultRate, URI liveMastodon,
            Duration liveTimeout) {
        SimulatorSettings settings = SimulatorSettings.ofDefaults().withoutRateLimits().withClock(clock)
                .withFaultKinds(EnumSet.of(FaultKind.SERVER_ERROR, FaultKind.TRUNCATED_BODY))
                .withFaults(faultRate, seed);
        this.sims = PlatformSimulators.start(world, settings);
        this.liveMastodon = liveMastodon;
        HttpSettings http = HttpSettings.builder().clock(clock).seed(seed)
                .retryPolicy(RetryPolicy.ofDefaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50)))
                .build();
        try {
            for (Platform p : PLATFORMS) {
                if (p.equals(Platform.MASTODON) && liveMastodon != null) {
                    // anonymous reads of public hashtag timelines and profiles; the platform's real rate limits
                    // and back-off apply
                    HttpSettings live = HttpSettings.builder().clock(clock).seed(seed).connectTimeout(liveTimeout)
                            .readTimeout(liveTimeout).build();
                    connectors.put(p, Connectors.discover().create(p,
                            ConnectorConfig.builder(ConnectorId.of(p.id())).baseUrl(liveMastodon).settings(live)
                                    .build()));
                } else {
                    connectors.put(p, simulated(p, sims.baseUrl(p), http));
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static Connector simulated(Platform p, URI base, HttpSettings http) {
        ConnectorConfig.Builder c = ConnectorConfig.builder(ConnectorId.of(p.id())).baseUrl(base).settings(http);
        // the simulators accept any credential; these stand in for a real deployment's
        if (p.equals(Platform.BLUESKY)) {
            c.option("identifier", "demo.bsky.social").secret("password", Secret.of("demo-app-password"));
        } else if (p.equals(Platform.REDDIT)) {
            // built directly: the token endpoint lives on the simulator too, not on www.reddit.com
            return RedditConnector.builder().id(ConnectorId.of(p.id())).baseUrl(base)
                    .tokenUrl(base.resolve("/api/v1/access_token")).client("demo", Secret.of("demo-secret"))
                    .userAgent("java:dev.scrm.demo:1.0 (by /u/scrm-demo)").settings(http).build();
        } else {
            c.secret("token", Secret.of("demo-token"));
        }
        return Connectors.discover().create(p, c.build());
    }

    /**
     * The connector of one platform.
     *
     * @param p one of {@link #PLATFORMS}
     * @return its connector
     */
    public Connector connector(Platform p) {
        return connectors.get(p);
    }

    /**
     * Whether a platform is read from a real server.
     *
     * @param p the platform
     * @return true for live Mastodon
     */
    public boolean live(Platform p) {
        return p.equals(Platform.MASTODON) && liveMastodon != null;
    }

    /**
     * What a platform's simulator has served so far.
     *
     * @param p the platform
     * @return its counts (zero for a live platform: its simulator is not read)
     */
    public SimulatorStats stats(Platform p) {
        return sims.stats(p);
    }

    @Override
    public void close() {
        connectors.values().forEach(Connector::close);
        sims.close();
    }
}
