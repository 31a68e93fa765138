package dev.scrm.connectors.trends;

import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorContext;
import dev.scrm.connector.ConnectorProvider;
import dev.scrm.core.Platform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Creates {@link SearchTrendSource}s for {@link dev.scrm.connector.ConnectorProviders}. Needs the option
 * {@code paths}: files or directories, separated by the platform's path separator; the options
 * {@code provider} and {@code consistently_scaled} ({@code true}/{@code false}) describe plain-form files. The
 * context's base URL is not used. Stateless and thread-safe.
 */
public final class SearchTrendSourceProvider implements ConnectorProvider {

    /** Creates the provider; called by the service loader. */
    public SearchTrendSourceProvider() {
    }

    @Override
    public Connector create(ConnectorContext context) {
        Objects.requireNonNull(context, "context");
        String paths = context.option("paths").orElseThrow(() -> new IllegalArgumentException(
                context.id() + " needs the option 'paths' (CSV files or directories)"));
        List<Path> list = new ArrayList<>();
        for (String p : paths.split(java.io.File.pathSeparator)) {
            if (!p.isBlank()) {
                list.add(Path.of(p.strip()));
            }
        }
        SearchTrendCsv reader = SearchTrendCsv.of(context.option("provider").orElse(SearchTrendCsv.DEFAULT_PLAIN_PROVIDER),
                Boolean.parseBoolean(context.option("consistently_scaled").orElse("false")));
        return SearchTrendSource.of(context.id(), list, reader, context.clock());
    }

    @Override
    public Platform platform() {
        return SearchTrendSource.PLATFORM;
    }
}
