package dev.scrm.testkit.simulator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.scrm.core.Platform;
import dev.scrm.testkit.simulator.internal.BlueskyApi;
import dev.scrm.testkit.simulator.internal.Dispatcher;
import dev.scrm.testkit.simulator.internal.MastodonApi;
import dev.scrm.testkit.simulator.internal.PlatformApi;
import dev.scrm.testkit.simulator.internal.RedditApi;
import dev.scrm.testkit.simulator.internal.XApi;
import dev.scrm.testkit.world.SyntheticWorld;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulated Mastodon, Bluesky, Reddit and X servers on 127.0.0.1, one WireMock server per platform on a free
 * port, serving one {@link SyntheticWorld} through each platform's real API shapes.
 *
 * <p>Endpoints (paths relative to {@link #baseUrl(Platform)}):
 * <ul>
 *   <li>Mastodon: {@code GET /api/v1/timelines/tag/{tag}}, {@code /api/v2/search}, {@code /api/v1/accounts/lookup},
 *       {@code /api/v1/accounts/{id}}, {@code /api/v1/accounts/{id}/statuses}, {@code /api/v1/statuses/{id}},
 *       {@code /api/v1/statuses/{id}/context}</li>
 *   <li>Bluesky: {@code GET /xrpc/app.bsky.feed.searchPosts}, {@code app.bsky.actor.getProfile},
 *       {@code app.bsky.feed.getAuthorFeed}, {@code app.bsky.feed.getPosts}; {@code POST
 *       /xrpc/com.atproto.server.createSession} and {@code refreshSession}</li>
 *   <li>Reddit: {@code POST /api/v1/access_token}; {@code GET /search}, {@code /r/{sub}/search},
 *       {@code /r/{sub}/new}, {@code /r/{sub}/comments}, {@code /comments/{article}}, {@code /user/{name}/about},
 *       {@code /user/{name}/submitted}, {@code /comments} and {@code /overview}</li>
 *   <li>X: {@code GET /2/tweets/search/recent}, {@code /2/users/by/username/{name}}, {@code /2/users/by},
 *       {@code /2/users/{id}}, {@code /2/users/{id}/tweets}, {@code /2/users/{id}/mentions}</li>
 * </ul>
 * Search endpoints understand words, quoted phrases, {@code OR}, {@code -} exclusion, parentheses and
 * {@code from:}. They serve the whole world, whatever its dates: X's seven-day limit on recent search is not
 * applied. Any token is accepted where one is required.
 *
 * <pre>{@code
 * try (PlatformSimulators sims = PlatformSimulators.start(world, SimulatorSettings.ofDefaults())) {
 *     URI mastodon = sims.baseUrl(Platform.MASTODON);
 *     // point a connector at it
 * }
 * }</pre>
 *
 * <p>Thread-safe: the servers answer concurrent requests. Closing stops all servers and is required to free
 * their ports and threads.
 */
public final class PlatformSimulators implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformSimulators.class);
    private static final Map<Platform, RateLimit> REAL_LIMITS = Map.of(Platform.MASTODON, RateLimit.MASTODON,
            Platform.BLUESKY, RateLimit.BLUESKY, Platform.REDDIT, RateLimit.REDDIT, Platform.X, RateLimit.X);

    private final SyntheticWorld world;
    private final Map<Platform, WireMockServer> servers;
    private final Map<Platform, Dispatcher> dispatchers;

    private PlatformSimulators(SyntheticWorld world, Map<Platform, WireMockServer> servers,
            Map<Platform, Dispatcher> dispatchers) {
        this.world = world;
        this.servers = servers;
        this.dispatchers = dispatchers;
    }

    /**
     * Starts the four simulators with default settings (no faults, real rate limits).
     *
     * @param world the world to serve
     * @return the running simulators
     * @throws IllegalStateException if a server cannot start
     */
    public static PlatformSimulators start(SyntheticWorld world) {
        return start(world, SimulatorSettings.ofDefaults());
    }

    /**
     * Starts the four simulators.
     *
     * @param world the world to serve
     * @param settings faults, rate limits, authentication and clock
     * @return the running simulators
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if a server cannot start
     */
    public static PlatformSimulators start(SyntheticWorld world, SimulatorSettings settings) {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(settings, "settings");
        Map<Platform, PlatformApi> apis = new LinkedHashMap<>();
        apis.put(Platform.MASTODON, new MastodonApi(world, settings.clock()));
        apis.put(Platform.BLUESKY, new BlueskyApi(world, settings.clock()));
        apis.put(Platform.REDDIT, new RedditApi(world, settings.clock()));
        apis.put(Platform.X, new XApi(world, settings.clock()));
        Map<Platform, WireMockServer> servers = new LinkedHashMap<>();
        Map<Platform, Dispatcher> dispatchers = new LinkedHashMap<>();
        try {
            for (Map.Entry<Platform, PlatformApi> e : apis.entrySet()) {
                Dispatcher d = new Dispatcher("scrm-sim-" + e.getKey().id(), e.getValue(), settings,
                        REAL_LIMITS.get(e.getKey()));
                WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                        .bindAddress("127.0.0.1")
                        .dynamicPort()
                        .containerThreads(12)
                        .jettyAcceptors(1)
                        .disableRequestJournal()
                        .notifier(new QuietNotifier())
                        .extensions(d));
                server.start();
                server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(200)));
                d.baseUrl("http://127.0.0.1:" + server.port());
                servers.put(e.getKey(), server);
                dispatchers.put(e.getKey(), d);
                LOG.debug("simulator for {} listening on port {}", e.getKey(), server.port());
            }
        } catch (RuntimeException ex) {
            servers.values().forEach(WireMockServer::stop);
            throw new IllegalStateException("could not start the platform simulators", ex);
        }
        return new PlatformSimulators(world, servers, dispatchers);
    }

    /**
     * The base URL of one platform's simulator, for example {@code http://127.0.0.1:41234}.
     *
     * @param platform one of Mastodon, Bluesky, Reddit and X
     * @return the base URL, without a trailing slash
     * @throws IllegalArgumentException if the platform is not simulated
     */
    public URI baseUrl(Platform platform) {
        WireMockServer s = servers.get(Objects.requireNonNull(platform, "platform"));
        if (s == null) {
            throw new IllegalArgumentException("platform '" + platform + "' is not simulated");
        }
        return URI.create("http://127.0.0.1:" + s.port());
    }

    /**
     * The simulated platforms.
     *
     * @return Mastodon, Bluesky, Reddit and X
     */
    public List<Platform> platforms() {
        return new ArrayList<>(servers.keySet());
    }

    /**
     * What one simulator has done since it started.
     *
     * @param platform the platform
     * @return its counts
     * @throws IllegalArgumentException if the platform is not simulated
     */
    public SimulatorStats stats(Platform platform) {
        Dispatcher d = dispatchers.get(Objects.requireNonNull(platform, "platform"));
        if (d == null) {
            throw new IllegalArgumentException("platform '" + platform + "' is not simulated");
        }
        return d.stats();
    }

    /**
     * The world served.
     *
     * @return the world
     */
    public SyntheticWorld world() {
        return world;
    }

    /** Stops all servers; calling it again does nothing. */
    @Override
    public void close() {
        for (WireMockServer s : servers.values()) {
            if (s.isRunning()) {
                s.stop();
            }
        }
    }

    /** Sends WireMock's own messages to SLF4J at debug level. */
    private static final class QuietNotifier implements Notifier {
        @Override
        public void info(String message) {
            LOG.trace("wiremock: {}", message);
        }

        @Override
        public void error(String message) {
            LOG.debug("wiremock: {}", message);
        }

        @Override
        public void error(String message, Throwable t) {
            LOG.debug("wiremock: {}", message, t);
        }
    }
}
