package dev.scrm.benchmarks.connectors;

import dev.scrm.connector.Connector;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.bluesky.BlueskyConnector;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.InMemoryCheckpointStore;
import dev.scrm.connectors.http.Puller;
import dev.scrm.connectors.mastodon.MastodonConnector;
import dev.scrm.testkit.connector.BlueskySimulator;
import dev.scrm.testkit.connector.MastodonSimulator;
import dev.scrm.testkit.connector.PlatformSimulator;
import dev.scrm.testkit.connector.SimWorld;
import dev.scrm.testkit.connector.SimulatedPlatform;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * End-to-end pull throughput of a connector: real HTTP on 127.0.0.1 against a simulated platform
 * (WireMock), JSON parsing, rate-limit bookkeeping, mapping to {@code Interaction} and
 * {@code SocialIdentity}, de-duplication and checkpointing through {@link Puller}, for 2,000 posts.
 *
 * <p>The data is realistic in shape: each page is the platform's own JSON (Mastodon Status entities with
 * HTML content and nested accounts, Bluesky postViews), about a fifth of the posts are replies, pages come
 * in the platform's maximum size with every third one shorter, and authors repeat as they do in a hashtag
 * stream. One operation pulls every post once; divide 2,000 by the time per operation for items per second.
 *
 * <p>Run: {@code java -jar scrm-benchmarks/target/benchmarks.jar ConnectorPullBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConnectorPullBenchmark {

    private static final String SECRET = "bench-secret-0123456789";
    private static final int POSTS = 2_000;

    /** The platform dialect and connector. */
    @Param({"mastodon", "bluesky"})
    public String platform;

    private SimulatedPlatform server;
    private PlatformSimulator dialect;
    private Connector connector;
    private OkHttpClient client;

    /** Starts the simulated platform and builds the connector. */
    @Setup(Level.Trial)
    public void start() {
        Clock clock = Clock.systemUTC();
        SimWorld world = SimWorld.generate(POSTS, 11, clock.instant());
        dialect = platform.equals("mastodon") ? new MastodonSimulator("acme", SECRET)
                : new BlueskySimulator("acme", "brand.example", SECRET, Duration.ofHours(2));
        server = SimulatedPlatform.start(dialect, world, clock);
        client = new OkHttpClient();
        HttpSettings settings = HttpSettings.builder().client(client).clock(clock).build();
        connector = platform.equals("mastodon")
                ? MastodonConnector.builder().baseUrl(server.baseUrl()).token(Secret.of(SECRET)).settings(settings).build()
                : BlueskyConnector.builder().baseUrl(server.baseUrl()).login("brand.example", Secret.of(SECRET))
                        .settings(settings).build();
    }

    /** Stops the platform and the client's threads. */
    @TearDown(Level.Trial)
    public void stop() {
        server.close();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /**
     * Pulls every post once.
     *
     * @return the number of items delivered
     */
    @Benchmark
    public int pullAll() {
        int[] n = {0};
        Puller.of(connector, new InMemoryCheckpointStore()).pull(dialect.query(), Integer.MAX_VALUE,
                page -> n[0] += page.size());
        if (n[0] != POSTS) {
            throw new IllegalStateException("pulled " + n[0] + " of " + POSTS);
        }
        return n[0];
    }
}
