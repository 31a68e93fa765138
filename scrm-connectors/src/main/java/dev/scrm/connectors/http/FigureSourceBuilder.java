package dev.scrm.connectors.http;

import dev.scrm.connector.ConnectorId;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What the builders of daily {@link dev.scrm.connector.FigureSource}s add to {@link ConnectorBuilder}: the site's
 * time zone, in which the tool cuts days, and how many closed days before the checkpoint every pull reads again
 * (analytics tools archive late). Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class FigureSourceBuilder<B extends FigureSourceBuilder<B>> extends ConnectorBuilder<B> {

    /** Default closed days re-read before the checkpoint: 2. */
    public static final int DEFAULT_TRAILING_DAYS = 2;
    /** Most closed days re-read before the checkpoint: 31. */
    public static final int MAX_TRAILING_DAYS = 31;

    private ZoneId zone = ZoneOffset.UTC;
    private int trailingDays = DEFAULT_TRAILING_DAYS;

    /**
     * Creates the builder with its defaults.
     *
     * @param defaultId the connector id used when none is set
     * @param defaultBaseUrl the base URL used when none is set, or {@code null} when the caller must set one
     * @param defaultPageSize the items (days or rows) per request used when none is set
     * @param maxPageSize the most items per request
     */
    protected FigureSourceBuilder(ConnectorId defaultId, URI defaultBaseUrl, int defaultPageSize, int maxPageSize) {
        super(defaultId, defaultBaseUrl, defaultPageSize, maxPageSize);
    }

    /**
     * Sets the site's time zone, in which the tool cuts days (default UTC).
     *
     * @param value the zone
     * @return this
     */
    public B zone(ZoneId value) {
        this.zone = Objects.requireNonNull(value, "zone");
        return self();
    }

    /**
     * Sets how many closed days before the checkpoint every pull reads again (default
     * {@link #DEFAULT_TRAILING_DAYS}).
     *
     * @param value 0 to {@link #MAX_TRAILING_DAYS}
     * @return this
     * @throws IllegalArgumentException if the value is out of range
     */
    public B trailingDays(int value) {
        if (value < 0 || value > MAX_TRAILING_DAYS) {
            throw new IllegalArgumentException("trailingDays must be within [0, " + MAX_TRAILING_DAYS + "], was "
                    + value);
        }
        this.trailingDays = value;
        return self();
    }

    /**
     * The site's time zone.
     *
     * @return the zone
     */
    protected final ZoneId zone() {
        return zone;
    }

    /**
     * The closed days re-read before the checkpoint.
     *
     * @return the days
     */
    protected final int trailingDays() {
        return trailingDays;
    }
}
