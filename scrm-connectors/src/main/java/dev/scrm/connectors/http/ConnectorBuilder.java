package dev.scrm.connectors.http;

import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.internal.Urls;
import java.net.URI;
import java.util.Objects;

/**
 * What every scrm HTTP connector's builder has in common: the connector id, the platform's base URL, the
 * shared {@link HttpSettings} (client, clock, sleeper, retry policy, User-Agent, jitter seed) and the number
 * of items per request. A connector's own {@code Builder} extends it and adds its credentials and options.
 *
 * <p>Setters reject bad values at once and return the concrete builder; {@link #configure(ConnectorContext)}
 * takes the id, base URL and settings from a provider's context. Builders are not thread-safe, and a
 * connector's {@code build()} leaves its builder unchanged so it can be called again.
 *
 * @param <B> the concrete builder
 */
public abstract class ConnectorBuilder<B extends ConnectorBuilder<B>> {

    private ConnectorId id;
    private URI baseUrl;
    private HttpSettings settings;
    private final int minPageSize;
    private final int maxPageSize;
    private int pageSize;

    /**
     * Creates the builder with its defaults.
     *
     * @param defaultId the connector id used when none is set
     * @param defaultBaseUrl the base URL used when none is set, or {@code null} when the caller must set one
     * @param defaultPageSize the items per request used when none is set
     * @param maxPageSize the most items per request the platform allows
     */
    protected ConnectorBuilder(ConnectorId defaultId, URI defaultBaseUrl, int defaultPageSize, int maxPageSize) {
        this(defaultId, defaultBaseUrl, defaultPageSize, 1, maxPageSize);
    }

    /**
     * Creates the builder with its defaults, for a platform with a smallest page size.
     *
     * @param defaultId the connector id used when none is set
     * @param defaultBaseUrl the base URL used when none is set, or {@code null} when the caller must set one
     * @param defaultPageSize the items per request used when none is set
     * @param minPageSize the fewest items per request the platform allows
     * @param maxPageSize the most items per request the platform allows
     */
    protected ConnectorBuilder(ConnectorId defaultId, URI defaultBaseUrl, int defaultPageSize, int minPageSize,
            int maxPageSize) {
        this.id = Objects.requireNonNull(defaultId, "defaultId");
        this.baseUrl = defaultBaseUrl == null ? null : Urls.checkBase(defaultBaseUrl);
        if (minPageSize < 1 || defaultPageSize < minPageSize || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("page sizes must satisfy 1 <= min <= default <= max, were "
                    + minPageSize + ", " + defaultPageSize + " and " + maxPageSize);
        }
        this.pageSize = defaultPageSize;
        this.minPageSize = minPageSize;
        this.maxPageSize = maxPageSize;
    }

    /**
     * This builder as its concrete type.
     *
     * @return this
     */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }

    /**
     * Sets the connector id (default: the connector's {@code DEFAULT_ID}).
     *
     * @param value the id
     * @return this
     */
    public B id(ConnectorId value) {
        this.id = Objects.requireNonNull(value, "id");
        return self();
    }

    /**
     * Sets the platform's base URL (default: the connector's {@code DEFAULT_BASE_URL}, where it has one).
     *
     * @param value an http or https URL
     * @return this
     * @throws IllegalArgumentException if the URL is not http(s)
     */
    public B baseUrl(URI value) {
        this.baseUrl = Urls.checkBase(value);
        return self();
    }

    /**
     * Sets the shared HTTP settings (default {@link HttpSettings#ofDefaults()}).
     *
     * @param value the settings
     * @return this
     */
    public B settings(HttpSettings value) {
        this.settings = Objects.requireNonNull(value, "settings");
        return self();
    }

    /**
     * Sets the items per request (default: the connector's {@code DEFAULT_PAGE_SIZE}).
     *
     * @param value the platform's minimum (usually 1) to its maximum
     * @return this
     * @throws IllegalArgumentException if the value is out of range
     */
    public B pageSize(int value) {
        if (value < minPageSize || value > maxPageSize) {
            throw new IllegalArgumentException("pageSize must be within [" + minPageSize + ", " + maxPageSize
                    + "], was " + value);
        }
        this.pageSize = value;
        return self();
    }

    /**
     * Takes the id, base URL and HTTP settings from a provider's context: the host's {@link HttpSettings} when
     * it offers them as an extension, else settings with the context's clock and sleeper.
     *
     * @param context the context
     * @return this
     */
    public B configure(ConnectorContext context) {
        Objects.requireNonNull(context, "context");
        id(context.id());
        baseUrl(context.baseUrl());
        return settings(context.extension(HttpSettings.class).orElseGet(() -> HttpSettings.builder()
                .clock(context.clock()).sleeper(context.sleeper()).build()));
    }

    /**
     * A secret a provider requires from its context.
     *
     * @param context the context
     * @param name the secret's name, for example {@code token}
     * @param what what the secret is, for the error message, for example {@code the API key}
     * @return the secret
     * @throws IllegalArgumentException if the context has no such secret; the message names the connector and
     *     the secret, never a value
     */
    public static Secret requiredSecret(ConnectorContext context, String name, String what) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(name, "name");
        return context.secret(name).orElseThrow(() -> new IllegalArgumentException(context.id() + " needs the secret '"
                + name + "' (" + Objects.requireNonNull(what, "what") + ")"));
    }

    /**
     * A time-zone option of a provider's context, such as {@code zone=Europe/Paris}.
     *
     * @param context the context
     * @param name the option's name
     * @return the zone, or empty when the option is not set
     * @throws IllegalArgumentException if the option is not a time-zone id; the message names the connector,
     *     the option and the value
     */
    public static java.util.Optional<java.time.ZoneId> zoneOption(ConnectorContext context, String name) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(name, "name");
        return context.option(name).map(value -> {
            try {
                return java.time.ZoneId.of(value);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException(context.id() + ": option '" + name + "' is not a time-zone id: "
                        + value, e);
            }
        });
    }

    /**
     * The connector id.
     *
     * @return the id
     */
    protected final ConnectorId id() {
        return id;
    }

    /**
     * The base URL; fails when none was set and the connector has no default.
     *
     * @return the URL
     * @throws IllegalStateException if no base URL was set
     */
    protected final URI requireBaseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("baseUrl must be set");
        }
        return baseUrl;
    }

    /**
     * The HTTP settings; {@link HttpSettings#ofDefaults()} when none were set, created once and kept so that
     * connectors built again share its client.
     *
     * @return the settings
     */
    protected final HttpSettings resolvedSettings() {
        if (settings == null) {
            settings = HttpSettings.ofDefaults();
        }
        return settings;
    }

    /**
     * The items per request.
     *
     * @return the page size
     */
    protected final int pageSize() {
        return pageSize;
    }

    /**
     * The common settings, checked: what a connector's constructor reads from its builder.
     *
     * @return the settings
     * @throws IllegalStateException if no base URL was set and the connector has no default
     */
    protected final Common common() {
        return new Common(id, requireBaseUrl(), resolvedSettings(), pageSize);
    }

    /**
     * The settings every connector builder holds, as its {@code build()} passes them to the connector.
     * Immutable and thread-safe.
     *
     * @param id the connector id
     * @param baseUrl the platform's base URL
     * @param settings the HTTP settings
     * @param pageSize the items per request
     */
    public record Common(ConnectorId id, URI baseUrl, HttpSettings settings, int pageSize) {

        /**
         * Validates the settings.
         *
         * @throws NullPointerException if a part is null
         */
        public Common {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(settings, "settings");
        }
    }

    /**
     * A setting the concrete builder requires.
     *
     * @param value the value, or {@code null} when not set
     * @param name the setter's name, for the message
     * @param <T> the type
     * @return the value
     * @throws IllegalStateException if the value is null
     */
    protected static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalStateException(name + " must be set");
        }
        return value;
    }
}
