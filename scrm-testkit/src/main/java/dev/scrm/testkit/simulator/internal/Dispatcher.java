package dev.scrm.testkit.simulator.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.scrm.testkit.simulator.FaultKind;
import dev.scrm.testkit.simulator.RateLimit;
import dev.scrm.testkit.simulator.SimulatorSettings;
import dev.scrm.testkit.simulator.SimulatorStats;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WireMock extension that answers every request of one simulator: counts it against the rate-limit
 * window, decides whether to inject a fault, and otherwise hands it to the platform's {@link PlatformApi}.
 * Thread-safe: WireMock calls it from its request threads.
 */
public final class Dispatcher implements ResponseDefinitionTransformerV2 {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final String name;
    private final PlatformApi api;
    private final SimulatorSettings settings;
    private final RateLimit limit;
    private final RateLimit headerLimit;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong faults = new AtomicLong();
    private final AtomicLong limited = new AtomicLong();
    private final Object windowLock = new Object();
    private long windowIndex = Long.MIN_VALUE;
    private int used;
    private volatile String baseUrl = "http://127.0.0.1";

    /**
     * A dispatcher for one platform.
     *
     * @param name the extension's name
     * @param api the platform's API
     * @param settings the simulator settings
     * @param headerLimit the budget the headers show when the platform is not limited
     */
    public Dispatcher(String name, PlatformApi api, SimulatorSettings settings, RateLimit headerLimit) {
        this.name = name;
        this.api = api;
        this.settings = settings;
        this.limit = settings.rateLimits().get(api.platform);
        this.headerLimit = headerLimit;
    }

    /**
     * Sets the base URL the server listens on, for links in responses.
     *
     * @param value the base URL without a trailing slash
     */
    public void baseUrl(String value) {
        this.baseUrl = value;
    }

    /**
     * What the dispatcher has done so far.
     *
     * @return the counts
     */
    public SimulatorStats stats() {
        return new SimulatorStats(requests.get(), faults.get(), limited.get());
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        requests.incrementAndGet();
        Request req = serveEvent.getRequest();
        SimRequest r = toSimRequest(req);
        Instant now = settings.clock().instant();
        boolean token = api.isTokenRequest(r);
        RateLimit budget = limit == null ? headerLimit : limit;
        long windowSeconds = budget.window().getSeconds();
        long window = Math.floorDiv(now.getEpochSecond(), windowSeconds);
        Instant reset = Instant.ofEpochSecond((window + 1) * windowSeconds);
        int remaining;
        synchronized (windowLock) {
            if (window != windowIndex) {
                windowIndex = window;
                used = 0;
            }
            if (!token) {
                used++;
            }
            remaining = limit == null ? budget.limit() - 1 : budget.limit() - used;
        }
        if (limit != null && remaining < 0) {
            limited.incrementAndGet();
            LOG.debug("{}: rate limit used up, answering 429", name);
            return toDefinition(withHeaders(api.error(429, "Too Many Requests"),
                    api.rateLimitHeaders(budget.limit(), 0, reset, now, windowSeconds)), false);
        }
        FaultKind fault = token || !r.method().equals("GET") ? null : decideFault(r);
        if (fault == FaultKind.RATE_LIMITED) {
            faults.incrementAndGet();
            return toDefinition(withHeaders(api.error(429, "Too Many Requests"),
                    api.rateLimitHeaders(budget.limit(), 0, now.plusSeconds(1), now, windowSeconds)), false);
        }
        if (fault == FaultKind.SERVER_ERROR) {
            faults.incrementAndGet();
            return toDefinition(withHeaders(api.error(503, "Service Unavailable"),
                    api.rateLimitHeaders(budget.limit(), remaining, reset, now, windowSeconds)), false);
        }
        SimResponse resp;
        if (settings.requireAuth() && needsAuth(r) && !r.authorized()) {
            resp = api.error(401, "Unauthorized");
        } else {
            try {
                resp = api.handle(r);
            } catch (IllegalArgumentException e) {
                resp = api.error(400, e.getMessage());
            }
        }
        if (!token) {
            resp = withHeaders(resp, api.rateLimitHeaders(budget.limit(), remaining, reset, now, windowSeconds));
        }
        boolean truncate = fault == FaultKind.TRUNCATED_BODY && resp.status() == 200 && resp.body().length() > 2;
        if (truncate) {
            faults.incrementAndGet();
        }
        return toDefinition(resp, truncate);
    }

    private boolean needsAuth(SimRequest r) {
        return switch (api.platform.id()) {
            case "reddit", "x" -> !api.isTokenRequest(r);
            default -> false;
        };
    }

    private FaultKind decideFault(SimRequest r) {
        if (settings.faultRate() <= 0) {
            return null;
        }
        String key = r.method() + " " + r.path() + "?" + r.query();
        int attempt = attempts.merge(key, 1, Integer::sum);
        if (attempt > SimulatorSettings.MAX_CONSECUTIVE_FAULTS) {
            attempts.remove(key);
            return null;
        }
        long h = mix(settings.seed() ^ mix(key.hashCode()) ^ mix(attempt * 0x9E3779B97F4A7C15L));
        double u = (h >>> 11) * 0x1.0p-53;
        if (u >= settings.faultRate()) {
            attempts.remove(key);
            return null;
        }
        List<FaultKind> kinds = new ArrayList<>(settings.faults());
        kinds.sort(null);
        return kinds.get((int) Math.floorMod(mix(h), (long) kinds.size()));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static SimResponse withHeaders(SimResponse resp, Map<String, String> headers) {
        Map<String, String> h = new LinkedHashMap<>(resp.headers());
        h.putAll(headers);
        return new SimResponse(resp.status(), h, resp.body());
    }

    private static ResponseDefinition toDefinition(SimResponse resp, boolean truncate) {
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition().withStatus(resp.status());
        resp.headers().forEach(b::withHeader);
        byte[] body = resp.body().getBytes(StandardCharsets.UTF_8);
        if (truncate) {
            byte[] cut = new byte[body.length / 2];
            System.arraycopy(body, 0, cut, 0, cut.length);
            body = cut;
        }
        return b.withBody(body).build();
    }

    private SimRequest toSimRequest(Request req) {
        String url = req.getUrl();
        int q = url.indexOf('?');
        String rawPath = q < 0 ? url : url.substring(0, q);
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (q >= 0) {
            for (String part : url.substring(q + 1).split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        String body = req.getBodyAsString() == null ? "" : req.getBodyAsString();
        return new SimRequest(req.getMethod().getName(), path, query,
                h -> req.containsHeader(h) ? req.getHeader(h) : null, body, baseUrl);
    }
}
