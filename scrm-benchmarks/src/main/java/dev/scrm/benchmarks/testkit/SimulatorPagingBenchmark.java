package dev.scrm.benchmarks.testkit;

import dev.scrm.core.Platform;
import dev.scrm.testkit.simulator.PlatformSimulators;
import dev.scrm.testkit.simulator.SimulatorSettings;
import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WorldConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the platform simulators serve a full listening pull over loopback HTTP: every page of the
 * Mastodon {@code #lumetra} timeline (40 per page, {@code Link} headers) and of an X recent search for the
 * four brands (100 per page, {@code next_token}), parsed only as far as a connector needs to find the next
 * page.
 *
 * <p>The world is the demo's default (3,000 persons, 28 days), so the page counts are those {@code scrm demo}
 * sees. Run with {@code java -jar scrm-benchmarks/target/benchmarks.jar SimulatorPagingBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class SimulatorPagingBenchmark {

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final Pattern NEXT_TOKEN = Pattern.compile("\"next_token\":\"([^\"]+)\"");

    private PlatformSimulators simulators;
    private HttpClient http;

    /** Starts the simulators on the default world. */
    @Setup(Level.Trial)
    public void start() {
        SyntheticWorld world = SyntheticWorld.generate(WorldConfig.ofDefaults());
        simulators = PlatformSimulators.start(world, SimulatorSettings.ofDefaults().withoutRateLimits());
        http = HttpClient.newHttpClient();
    }

    /** Stops the simulators. */
    @TearDown(Level.Trial)
    public void stop() {
        simulators.close();
    }

    /**
     * Pulls the whole Mastodon hashtag timeline.
     *
     * @return the number of pages
     * @throws IOException on a transport failure
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    public int mastodonHashtagTimeline() throws IOException, InterruptedException {
        String url = simulators.baseUrl(Platform.MASTODON) + "/api/v1/timelines/tag/lumetra?limit=40";
        int pages = 0;
        while (url != null) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            pages++;
            Matcher m = NEXT_LINK.matcher(r.headers().firstValue("Link").orElse(""));
            url = m.find() ? m.group(1) : null;
        }
        return pages;
    }

    /**
     * Pulls every result of an X recent search for the four brands.
     *
     * @return the number of pages
     * @throws IOException on a transport failure
     * @throws InterruptedException if interrupted
     */
    @Benchmark
    public int xRecentSearch() throws IOException, InterruptedException {
        String base = simulators.baseUrl(Platform.X) + "/2/tweets/search/recent?max_results=100"
                + "&expansions=author_id&tweet.fields=created_at,author_id,public_metrics&query="
                + URLEncoder.encode("lumetra OR sonaro OR vantix OR \"halcyon audio\"", StandardCharsets.UTF_8);
        String token = null;
        int pages = 0;
        do {
            String url = token == null ? base : base + "&next_token=" + token;
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer benchmark").build(), HttpResponse.BodyHandlers.ofString());
            pages++;
            Matcher m = NEXT_TOKEN.matcher(r.body());
            token = m.find() ? m.group(1) : null;
        } while (token != null);
        return pages;
    }
}
