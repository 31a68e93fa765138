package dev.scrm.connectors.http.internal;

import dev.scrm.connector.AuthenticationException;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.RateLimitedException;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.AuthContext;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.RateLimitFormat;
import dev.scrm.connectors.http.Redactor;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Sends one connector's requests: waits for the rate limit before sending, attaches credentials, reads the
 * whole body, classifies the response with the connector's classifier, refreshes expired credentials once,
 * retries transient failures with exponential back-off and jitter, waits out 429s until the reset, and
 * throws typed, redacted exceptions for everything else. Order: retry around rate limiter around the call.
 * Thread-safe.
 */
public final class HttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final ConnectorId id;
    private final HttpSettings settings;
    private final OkHttpClient client;
    private final Auth auth;
    private final RateLimitFormat format;
    private final ErrorClassifier classifier;
    private final String userAgent;
    private final RateLimiter limiter;
    private final Random random;
    private final AuthContext authContext;
    private final AtomicBoolean deprecationWarned = new AtomicBoolean();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();

    public HttpTransport(ConnectorId id, HttpSettings settings, OkHttpClient client, Auth auth,
            RateLimitFormat format, ErrorClassifier classifier, String userAgent) {
        this.id = Objects.requireNonNull(id, "id");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = Objects.requireNonNull(client, "client");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.format = Objects.requireNonNull(format, "format");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.limiter = new RateLimiter(settings.clock(), settings.sleeper(), settings.resetMargin());
        this.random = new Random(settings.seed());
        this.authContext = new AuthContext(id, client, settings.clock(), userAgent, () -> {
            try {
                limiter.acquire(false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectorException(id, "token", 0, true, "interrupted while waiting for the rate limit", e);
            }
        });
    }

    public ConnectorId id() {
        return id;
    }

    public AuthContext authContext() {
        return authContext;
    }

    /** Requests sent so far, including retries. */
    public long requests() {
        return requests.get();
    }

    /** Retries so far. */
    public long retries() {
        return retries.get();
    }

    /**
     * Sends a request built fresh for each attempt and returns the accepted response.
     *
     * @param operation the operation name for errors and logs
     * @param request builds the request (without credentials)
     * @return the response: OK, or NOT_FOUND for the caller to handle
     */
    public JsonResponse execute(String operation, Supplier<Request.Builder> request) {
        var policy = settings.retryPolicy();
        int failures = 0;
        int rateLimitWaits = 0;
        boolean refreshed = false;
        while (true) {
            try {
                limiter.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectorException(id, operation, 0, true, "interrupted while waiting for the rate limit", e);
            }
            Request.Builder builder = request.get().header("User-Agent", userAgent);
            try {
                auth.authorize(builder, authContext);
            } catch (RateLimitedException e) {
                limiter.release(null);
                if (!e.retryable() || e.retryAfter().isEmpty() || ++rateLimitWaits > policy.maxRateLimitWaits()) {
                    throw e;
                }
                limiter.blockUntil(e.retryAfter().get());
                continue;
            } catch (ConnectorException e) {
                limiter.release(null);
                if (!e.retryable() || e instanceof AuthenticationException || ++failures >= policy.maxAttempts()) {
                    throw e;
                }
                retries.incrementAndGet();
                pause(jittered(policy.backoff(failures)), operation);
                continue;
            } catch (RuntimeException e) {
                limiter.release(null);
                throw e;
            }
            Request req = builder.build();
            requests.incrementAndGet();
            Verdict verdict;
            int status = 0;
            JsonNode body = null;
            okhttp3.Headers headers = null;
            RateLimitFormat.RateLimitState reported = null;
            String raw = null;
            try (Response response = client.newCall(req).execute()) {
                status = response.code();
                headers = response.headers();
                Instant now = settings.clock().instant();
                reported = format.read(response::header, now).orElse(null);
                if (headers.get("Deprecation") != null && deprecationWarned.compareAndSet(false, true)) {
                    LOG.warn("connector '{}': the platform marks {} as deprecated", id, operation);
                }
                ResponseBody rb = response.body();
                raw = rb == null ? "" : rb.string();
                if (!raw.isBlank()) {
                    try {
                        body = Json.MAPPER.readTree(raw);
                    } catch (JacksonException e) {
                        body = null;
                    }
                }
                verdict = classifier.classify(status, body, headers);
                if (verdict.kind() == Verdict.Kind.OK && body == null) {
                    verdict = Verdict.of(Verdict.Kind.TRANSIENT, raw.isBlank() ? "empty body" : "malformed body");
                }
                if (verdict.kind() == Verdict.Kind.RATE_LIMITED && verdict.retryAt() == null) {
                    final okhttp3.Headers h = headers;
                    Instant at = RateLimitFormat.retryAfter(h.get("Retry-After"), now)
                            .or(() -> format.read(h::get, now).map(RateLimitFormat.RateLimitState::resetAt))
                            .orElse(null);
                    verdict = new Verdict(Verdict.Kind.RATE_LIMITED, at, verdict.problem());
                }
            } catch (IOException e) {
                verdict = Verdict.of(Verdict.Kind.TRANSIENT, "I/O failure (" + e.getClass().getSimpleName() + ")");
            } finally {
                limiter.release(reported);
            }
            String problem = verdict.problem() == null ? "failure" : Redactor.redact(verdict.problem());
            switch (verdict.kind()) {
                case OK, NOT_FOUND -> {
                    LOG.trace("connector '{}' {} -> {}", id, operation, status);
                    return new JsonResponse(status, headers, body, raw, verdict.kind() == Verdict.Kind.NOT_FOUND);
                }
                case AUTH_EXPIRED -> {
                    if (!refreshed && auth.refresh(authContext)) {
                        refreshed = true;
                        LOG.debug("connector '{}' refreshed its credentials on {}", id, operation);
                        continue;
                    }
                    throw new AuthenticationException(id, operation, status, "credentials refused (" + problem + ")");
                }
                case AUTH_FAILED -> throw new AuthenticationException(id, operation, status,
                        "credentials refused (" + problem + ")");
                case INVALID -> throw new ConnectorException(id, operation, status, false, problem, null);
                case QUOTA_EXHAUSTED -> throw new RateLimitedException(id, operation, status, false, verdict.retryAt(),
                        "quota exhausted (" + problem + ")");
                case RATE_LIMITED -> {
                    rateLimitWaits++;
                    Instant now = settings.clock().instant();
                    Instant until = verdict.retryAt() != null ? verdict.retryAt()
                            : now.plus(jittered(policy.backoff(Math.min(rateLimitWaits, 30))));
                    if (rateLimitWaits > policy.maxRateLimitWaits()
                            || Duration.between(now, until).compareTo(policy.maxRateLimitWait()) > 0) {
                        throw new RateLimitedException(id, operation, status, true, until,
                                "rate limit outlasted the retry policy");
                    }
                    LOG.debug("connector '{}' rate limited on {}; waiting until the reset", id, operation);
                    limiter.blockUntil(until);
                }
                case TRANSIENT -> {
                    failures++;
                    if (failures >= policy.maxAttempts()) {
                        throw new ConnectorException(id, operation, status, true,
                                problem + " after " + failures + " attempts", null);
                    }
                    retries.incrementAndGet();
                    Duration wait = jittered(policy.backoff(failures));
                    LOG.debug("connector '{}' {} on {}; retry {} in {} ms", id, problem, operation, failures,
                            wait.toMillis());
                    pause(wait, operation);
                }
                default -> throw new IllegalStateException("unknown verdict " + verdict.kind());
            }
        }
    }

    private void pause(Duration wait, String operation) {
        try {
            settings.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(id, operation, 0, true, "interrupted during back-off", e);
        }
    }

    private Duration jittered(Duration base) {
        double factor;
        synchronized (random) {
            factor = 1.0 - settings.retryPolicy().jitter() * random.nextDouble();
        }
        return Duration.ofNanos((long) (base.toNanos() * factor));
    }
}
