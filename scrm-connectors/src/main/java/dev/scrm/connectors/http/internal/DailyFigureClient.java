package dev.scrm.connectors.http.internal;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.FigureBatch;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.ClientFigureSource;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.RateLimitFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A web-analytics client reading daily figures from one endpoint: each call reads the next {@link FigureSpan} of
 * days in the site's zone (with the trailing re-read) into {@link DailyFigures} and returns them with the
 * checkpoint after the span. The tools send no rate-limit headers. A subclass reads one span. Thread-safe when
 * the subclass is.
 */
public abstract class DailyFigureClient implements ClientFigureSource.FigureClient {

    /** The connector id. */
    protected final ConnectorId id;
    /** The tool's API endpoint. */
    protected final HttpUrl endpoint;
    /** Sends the requests. */
    protected final HttpTransport transport;
    private final String source;
    private final HttpSettings settings;
    private final ZoneId zone;
    private final int trailingDays;
    private final int daysPerRequest;

    /**
     * Sets the client up.
     *
     * @param source the tool's name, the source of the series it reads
     * @param id the connector id
     * @param endpoint the tool's API endpoint
     * @param settings the HTTP settings
     * @param client the OkHttp client requests go through
     * @param auth the credentials
     * @param classifier how the tool's responses are classified
     * @param zone the site's time zone, in which days are cut
     * @param trailingDays closed days re-read before the checkpoint
     * @param daysPerRequest the most days one call reads
     */
    protected DailyFigureClient(String source, ConnectorId id, HttpUrl endpoint, HttpSettings settings,
            OkHttpClient client, Auth auth, ErrorClassifier classifier, ZoneId zone, int trailingDays,
            int daysPerRequest) {
        this.source = source;
        this.id = id;
        this.endpoint = endpoint;
        this.settings = settings;
        this.transport = new HttpTransport(id, settings, client, auth, RateLimitFormat.none(), classifier,
                settings.userAgent());
        this.zone = zone;
        this.trailingDays = trailingDays;
        this.daysPerRequest = daysPerRequest;
    }

    @Override
    public final FigureBatch figures(ConnectorManifest manifest, FigureQuery query, Checkpoint from) {
        LocalDate today = settings.clock().instant().atZone(zone).toLocalDate();
        FigureSpan span = FigureSpan.next(query, from, today, trailingDays, daysPerRequest, source + " figures");
        DailyFigures out = new DailyFigures(source, manifest, query, span, zone);
        if (!span.empty()) {
            read(query, span, out);
        }
        return new FigureBatch(out.series(), span.next(from), span.last());
    }

    /**
     * Reads the days of a span that is not empty.
     *
     * @param query the query
     * @param span the days to read
     * @param out where the values go
     */
    protected abstract void read(FigureQuery query, FigureSpan span, DailyFigures out);
}
