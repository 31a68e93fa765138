package dev.scrm.testkit.connector;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * A platform served over real HTTP on 127.0.0.1 by WireMock: a {@link PlatformSimulator} dialect answers
 * from a {@link SimWorld}, while this class enforces a rate limit of N requests per fixed window (answering
 * 429 beyond it and counting every such violation), checks credentials and injects {@link Fault}s into
 * listing responses, either scheduled or at random with a seed. Time is the injected clock.
 *
 * <p>Thread-safe. {@link #close()} stops the server.
 */
public final class SimulatedPlatform implements AutoCloseable {

    /** How long a {@link Fault#TIMEOUT} response is delayed, in real milliseconds. */
    public static final int TIMEOUT_DELAY_MILLIS = 2500;

    private final PlatformSimulator dialect;
    private final SimWorld world;
    private final Clock clock;
    private final WireMockServer server;
    private final Instant windowOrigin;
    private final Deque<Fault> scheduled = new ArrayDeque<>();
    private final Map<Long, Integer> perWindow = new TreeMap<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private long limit;
    private Duration window = Duration.ofMinutes(5);
    private long violations;
    private long requests;
    private long listingRequests;
    private Random chaos;
    private double chaosRate;
    private List<Fault> chaosFaults = List.of();
    private int failAllListings;

    private SimulatedPlatform(PlatformSimulator dialect, SimWorld world, Clock clock) {
        this.dialect = dialect;
        this.world = world;
        this.clock = clock;
        this.windowOrigin = clock.instant();
        this.server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new Transformer()));
    }

    /**
     * Starts a simulated platform on a free loopback port.
     *
     * @param dialect the platform's dialect
     * @param world the ground truth
     * @param clock the simulated time
     * @return the running platform
     */
    public static SimulatedPlatform start(PlatformSimulator dialect, SimWorld world, Clock clock) {
        SimulatedPlatform p = new SimulatedPlatform(Objects.requireNonNull(dialect, "dialect"),
                Objects.requireNonNull(world, "world"), Objects.requireNonNull(clock, "clock"));
        p.server.start();
        p.server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(500)));
        return p;
    }

    /**
     * The base URL, {@code http://127.0.0.1:<port>}.
     *
     * @return the URL
     */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /**
     * Allows at most {@code requests} per fixed window, counted from the simulated start.
     *
     * @param requests the allowance per window, at least 1
     * @param length the window's length
     * @return this
     */
    public synchronized SimulatedPlatform rateLimit(long requests, Duration length) {
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be >= 1");
        }
        this.limit = requests;
        this.window = Objects.requireNonNull(length, "length");
        return this;
    }

    /**
     * Injects faults into the next listing responses, one each, in order.
     *
     * @param faults the faults
     * @return this
     */
    public synchronized SimulatedPlatform failNext(Fault... faults) {
        Collections.addAll(scheduled, faults);
        return this;
    }

    /**
     * Injects a fault into every listing response until {@link #heal()}.
     *
     * @param status the status to answer with, for example 503
     * @return this
     */
    public synchronized SimulatedPlatform failAllListings(int status) {
        this.failAllListings = status;
        return this;
    }

    /**
     * Stops injecting faults.
     *
     * @return this
     */
    public synchronized SimulatedPlatform heal() {
        failAllListings = 0;
        scheduled.clear();
        chaos = null;
        return this;
    }

    /**
     * Injects a random fault into a share of listing responses.
     *
     * @param rate the share, within [0, 1)
     * @param seed the seed
     * @param faults the faults to choose from
     * @return this
     */
    public synchronized SimulatedPlatform chaos(double rate, long seed, Fault... faults) {
        this.chaos = new Random(seed);
        this.chaosRate = rate;
        this.chaosFaults = List.of(faults);
        return this;
    }

    /** @return requests answered so far */
    public synchronized long requests() {
        return requests;
    }

    /** @return listing requests answered so far */
    public synchronized long listingRequests() {
        return listingRequests;
    }

    /** @return requests that arrived beyond the allowance of their window */
    public synchronized long violations() {
        return violations;
    }

    /**
     * Requests per window index, from the simulated start.
     *
     * @return window index to request count
     */
    public synchronized Map<Long, Integer> requestsPerWindow() {
        return new TreeMap<>(perWindow);
    }

    /**
     * Every request line seen (method and path with query), in arrival order.
     *
     * @return the lines
     */
    public List<String> requestLog() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private SimResponse answer(SimRequest request, String line) {
        Instant now = clock.instant();
        Fault fault = null;
        long remaining = -1;
        Instant reset = null;
        boolean listing = dialect.isListing(request);
        synchronized (this) {
            requests++;
            log.add(line);
            if (limit > 0) {
                long idx = Duration.between(windowOrigin, now).toNanos() / window.toNanos();
                int used = perWindow.merge(idx, 1, Integer::sum);
                reset = windowOrigin.plus(window.multipliedBy(idx + 1));
                if (used > limit) {
                    violations++;
                    return SimResponse.json(429, dialect.rateLimitedBody())
                            .withHeaders(dialect.rateLimitHeaders(limit, 0, reset, now));
                }
                remaining = limit - used;
            }
            if (listing) {
                listingRequests++;
                if (failAllListings > 0) {
                    return SimResponse.json(failAllListings, "{\"error\":\"injected failure\"}");
                }
                if (!scheduled.isEmpty()) {
                    fault = scheduled.poll();
                } else if (chaos != null && chaos.nextDouble() < chaosRate) {
                    fault = chaosFaults.get(chaos.nextInt(chaosFaults.size()));
                }
            }
        }
        Map<String, String> rl = limit > 0 ? dialect.rateLimitHeaders(limit, remaining, reset, now) : Map.of();
        if (!dialect.authorized(request, now)) {
            return dialect.authFailure().withHeaders(rl);
        }
        if (fault != null) {
            return faulty(fault, request, now).withHeaders(rl);
        }
        return dialect.serve(request, world, now).withHeaders(rl);
    }

    private SimResponse faulty(Fault fault, SimRequest request, Instant now) {
        return switch (fault) {
            case SERVER_ERROR -> SimResponse.json(503, "{\"error\":\"Service unavailable\"}");
            case RATE_LIMITED -> SimResponse.json(429, dialect.rateLimitedBody()).withHeaders(dialect.rateLimitHeaders(
                    Math.max(limit, 300), 0, now.plus(window.isZero() ? Duration.ofMinutes(1) : window), now));
            case TIMEOUT -> new SimResponse(-1, Map.of(), "");
            case TRUNCATED_BODY -> {
                String body = dialect.serve(request, world, now).body();
                yield SimResponse.json(200, body.substring(0, body.length() / 2));
            }
            case MALFORMED_BODY -> new SimResponse(200, Map.of("Content-Type", "application/json"),
                    "<html><body>502 Bad Gateway</body></html>");
            case BROKEN_CHUNK -> new SimResponse(-2, Map.of(), "");
        };
    }

    private final class Transformer implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            Request r = serveEvent.getRequest();
            HttpUrl url = HttpUrl.get("http://127.0.0.1" + r.getUrl());
            Map<String, List<String>> query = new LinkedHashMap<>();
            for (String name : url.queryParameterNames()) {
                query.put(name, List.copyOf(url.queryParameterValues(name)));
            }
            SimRequest request = new SimRequest(r.getMethod().getName(), url.encodedPath().isEmpty() ? "/"
                    : decode(url.encodedPath()), query, r::getHeader, r.getBodyAsString() == null ? ""
                    : r.getBodyAsString());
            SimResponse response = answer(request, r.getMethod().getName() + " " + r.getUrl());
            ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition();
            if (response.status() == -1) {
                return b.withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")
                        .withFixedDelay(TIMEOUT_DELAY_MILLIS).build();
            }
            if (response.status() == -2) {
                return b.withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK).build();
            }
            b.withStatus(response.status()).withBody(response.body());
            response.headers().forEach(b::withHeader);
            return b.build();
        }

        @Override
        public String getName() {
            return "scrm-simulated-platform";
        }

        private String decode(String encodedPath) {
            return java.net.URLDecoder.decode(encodedPath.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
