package dev.scrm.connectors.http.internal;

import dev.scrm.connector.ConnectorId;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.ClientConnector;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.RateLimitFormat;
import java.net.URI;

/**
 * What a platform client on the shared HTTP machinery starts from: its connector id and base URL, the settings,
 * a transport on the settings' own client and User-Agent, a profile cache on the settings' clock, the page size
 * and the provenance source {@code connector:<id>} of everything it maps. Thread-safe when the subclass is.
 */
public abstract class PlatformHttpClient implements ClientConnector.PlatformClient {

    /** The connector id. */
    protected final ConnectorId id;
    /** The platform's base URL. */
    protected final URI base;
    /** The HTTP settings. */
    protected final HttpSettings settings;
    /** Sends the requests. */
    protected final HttpTransport transport;
    /** Caches looked-up profiles. */
    protected final ProfileCache profiles;
    /** Items per request. */
    protected final int pageSize;
    /** The provenance source of mapped items and identities. */
    protected final String source;

    /**
     * Sets the client up.
     *
     * @param id the connector id
     * @param base the platform's base URL
     * @param settings the HTTP settings
     * @param pageSize items per request
     * @param auth the credentials
     * @param format how the platform reports rate limits
     * @param classifier how the platform's responses are classified
     */
    protected PlatformHttpClient(ConnectorId id, URI base, HttpSettings settings, int pageSize, Auth auth,
            RateLimitFormat format, ErrorClassifier classifier) {
        this.id = id;
        this.base = base;
        this.settings = settings;
        this.transport = new HttpTransport(id, settings, settings.client(), auth, format, classifier,
                settings.userAgent());
        this.profiles = new ProfileCache(settings.clock());
        this.pageSize = pageSize;
        this.source = "connector:" + id;
    }
}
