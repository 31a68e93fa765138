package dev.scrm.connectors;

import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.Secret;
import dev.scrm.connector.Sleeper;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.internal.Urls;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configuration of one connector, as a {@link ConnectorContext} for its provider: id, base URL,
 * secrets, options and the shared {@link HttpSettings} (offered through {@link #extension(Class)}).
 * Immutable and thread-safe; {@link #toString()} shows secret names only.
 */
public final class ConnectorConfig implements ConnectorContext {

    private final ConnectorId id;
    private final URI baseUrl;
    private final HttpSettings settings;
    private final Map<String, Secret> secrets;
    private final Map<String, String> options;

    private ConnectorConfig(Builder b) {
        this.id = b.id;
        this.baseUrl = b.baseUrl;
        this.settings = b.settings;
        this.secrets = Map.copyOf(b.secrets);
        this.options = Map.copyOf(b.options);
    }

    /**
     * A builder for a connector with this id.
     *
     * @param id the connector id, often the platform's name
     * @return the builder
     */
    public static Builder builder(ConnectorId id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    @Override
    public ConnectorId id() {
        return id;
    }

    @Override
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public Clock clock() {
        return settings.clock();
    }

    @Override
    public Sleeper sleeper() {
        return settings.sleeper();
    }

    @Override
    public Optional<Secret> secret(String name) {
        return Optional.ofNullable(secrets.get(Objects.requireNonNull(name, "name")));
    }

    @Override
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(Objects.requireNonNull(name, "name")));
    }

    @Override
    public <T> Optional<T> extension(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return type.isInstance(settings) ? Optional.of(type.cast(settings)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "ConnectorConfig[" + id + ", secrets=" + new TreeMap<>(secrets).keySet() + "]";
    }

    /** Builds a {@link ConnectorConfig}; the base URL is required. Not thread-safe. */
    public static final class Builder {
        private final ConnectorId id;
        private URI baseUrl;
        private HttpSettings settings;
        private final Map<String, Secret> secrets = new TreeMap<>();
        private final Map<String, String> options = new TreeMap<>();

        private Builder(ConnectorId id) {
            this.id = id;
        }

        /**
         * The platform's base URL.
         *
         * @param value an http(s) URL
         * @return this
         */
        public Builder baseUrl(URI value) {
            this.baseUrl = Urls.checkBase(value);
            return this;
        }

        /**
         * The shared HTTP settings (default {@link HttpSettings#ofDefaults()}).
         *
         * @param value the settings
         * @return this
         */
        public Builder settings(HttpSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * A named secret, for example {@code token} or {@code password}.
         *
         * @param name the name
         * @param value the secret
         * @return this
         * @throws IllegalStateException if the secret was already set
         */
        public Builder secret(String name, Secret value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (secrets.putIfAbsent(name, value) != null) {
                throw new IllegalStateException("secret '" + name + "' is already set");
            }
            return this;
        }

        /**
         * A named option, for example {@code identifier}.
         *
         * @param name the name
         * @param value the value
         * @return this
         * @throws IllegalStateException if the option was already set
         */
        public Builder option(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (options.putIfAbsent(name, value) != null) {
                throw new IllegalStateException("option '" + name + "' is already set");
            }
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws IllegalStateException if no base URL was set
         */
        public ConnectorConfig build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl must be set");
            }
            if (settings == null) {
                settings = HttpSettings.ofDefaults();
            }
            return new ConnectorConfig(this);
        }
    }
}
