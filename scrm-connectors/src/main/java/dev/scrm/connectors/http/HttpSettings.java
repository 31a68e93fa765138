package dev.scrm.connectors.http;

import dev.scrm.connector.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * What every HTTP connector shares: the OkHttp client, the clock, the sleeper, the retry policy, the
 * User-Agent and the seed of the back-off jitter. Immutable and thread-safe; build one with
 * {@link #builder()} or take {@link #ofDefaults()}.
 *
 * <p>Pass your own {@link OkHttpClient} to share its connection pool and dispatcher with the rest of your
 * application: connectors derive per-platform variants with {@link OkHttpClient#newBuilder()} (for
 * example to stop following redirects) and never shut the client down. Without one, a client with the
 * default timeouts below is created once per settings object.
 */
public final class HttpSettings {

    /** Default connect timeout: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default read timeout: 30 s. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Default User-Agent product token; platforms that require a specific form override it. */
    public static final String DEFAULT_USER_AGENT = "scrm-connectors/" + dev.scrm.core.ScrmVersion.current();
    /** Default safety margin added to every rate-limit reset, for clock skew: 1 s. */
    public static final Duration DEFAULT_RESET_MARGIN = Duration.ofSeconds(1);

    private final OkHttpClient client;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RetryPolicy retryPolicy;
    private final String userAgent;
    private final long seed;
    private final Duration resetMargin;

    private HttpSettings(Builder b) {
        this.client = b.client != null ? b.client : new OkHttpClient.Builder()
                .connectTimeout(b.connectTimeout)
                .readTimeout(b.readTimeout)
                .build();
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.retryPolicy = b.retryPolicy;
        this.userAgent = b.userAgent;
        this.seed = b.seed;
        this.resetMargin = b.resetMargin;
    }

    /**
     * Settings with every default: a new OkHttp client, the UTC system clock, the blocking sleeper and
     * {@link RetryPolicy#ofDefaults()}.
     *
     * @return the settings
     */
    public static HttpSettings ofDefaults() {
        return builder().build();
    }

    /**
     * A new builder with every default.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the OkHttp client connectors derive theirs from */
    public OkHttpClient client() {
        return client;
    }

    /** @return the clock for every time decision */
    public Clock clock() {
        return clock;
    }

    /** @return the sleeper for every wait */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return the retry policy */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** @return the User-Agent sent when the platform imposes none */
    public String userAgent() {
        return userAgent;
    }

    /** @return the seed of the back-off jitter */
    public long seed() {
        return seed;
    }

    /** @return the margin added to every rate-limit reset */
    public Duration resetMargin() {
        return resetMargin;
    }

    /**
     * A builder holding these settings, sharing the same client.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.client = client;
        b.clock = clock;
        b.sleeper = sleeper;
        b.retryPolicy = retryPolicy;
        b.userAgent = userAgent;
        b.seed = seed;
        b.resetMargin = resetMargin;
        return b;
    }

    @Override
    public String toString() {
        return "HttpSettings[clock=" + clock + ", retry=" + retryPolicy + ", userAgent=" + userAgent + "]";
    }

    /**
     * Builds {@link HttpSettings}. Setters reject bad values at once; {@link #build()} can be called again.
     * Not thread-safe.
     */
    public static final class Builder {
        private OkHttpClient client;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private RetryPolicy retryPolicy = RetryPolicy.ofDefaults();
        private String userAgent = DEFAULT_USER_AGENT;
        private long seed = 0x5C12_4D0FL;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration resetMargin = DEFAULT_RESET_MARGIN;

        private Builder() {
        }

        /**
         * The caller's OkHttp client (default: one created by {@link #build()} with the timeouts set here).
         *
         * @param value the client
         * @return this
         */
        public Builder client(OkHttpClient value) {
            this.client = Objects.requireNonNull(value, "client");
            return this;
        }

        /**
         * The clock (default {@link Clock#systemUTC()}).
         *
         * @param value the clock
         * @return this
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The sleeper (default {@link Sleeper#system()}).
         *
         * @param value the sleeper
         * @return this
         */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * The retry policy (default {@link RetryPolicy#ofDefaults()}).
         *
         * @param value the policy
         * @return this
         */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * The User-Agent (default {@link #DEFAULT_USER_AGENT}).
         *
         * @param value the header value, not blank
         * @return this
         */
        public Builder userAgent(String value) {
            Objects.requireNonNull(value, "userAgent");
            if (value.isBlank()) {
                throw new IllegalArgumentException("userAgent must not be blank");
            }
            this.userAgent = value;
            return this;
        }

        /**
         * The seed of the back-off jitter, for reproducible runs.
         *
         * @param value the seed
         * @return this
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * The connect timeout of a client created by {@link #build()} (default
         * {@link #DEFAULT_CONNECT_TIMEOUT}); ignored when a client is supplied.
         *
         * @param value the timeout, positive
         * @return this
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /**
         * The read timeout of a client created by {@link #build()} (default {@link #DEFAULT_READ_TIMEOUT});
         * ignored when a client is supplied.
         *
         * @param value the timeout, positive
         * @return this
         */
        public Builder readTimeout(Duration value) {
            this.readTimeout = positive(value, "readTimeout");
            return this;
        }

        /**
         * The margin added to every rate-limit reset for clock skew (default {@link #DEFAULT_RESET_MARGIN}).
         *
         * @param value the margin, not negative
         * @return this
         */
        public Builder resetMargin(Duration value) {
            Objects.requireNonNull(value, "resetMargin");
            if (value.isNegative()) {
                throw new IllegalArgumentException("resetMargin must not be negative, was " + value);
            }
            this.resetMargin = value;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         */
        public HttpSettings build() {
            return new HttpSettings(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
