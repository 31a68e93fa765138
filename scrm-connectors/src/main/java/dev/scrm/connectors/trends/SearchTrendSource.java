package dev.scrm.connectors.trends;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Capability;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.FigureBatch;
import dev.scrm.connector.FigurePoint;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.FigureSeries;
import dev.scrm.connectors.http.ClientFigureSource;
import dev.scrm.core.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Search-volume trends imported from CSV exports (see {@link SearchTrendCsv} for the two forms), as a
 * {@link dev.scrm.connector.FigureSource} declaring {@link Capability#SEARCH_VOLUME}.
 *
 * <p>The source reads its files afresh on every call, so a new export dropped into its directory is picked up
 * by the next pull. A {@link FigureQuery#searchInterest search-interest query}'s value is matched against the
 * terms case-insensitively; each file (each normalisation scope) that has the term gives its own series, since
 * values of two classic Trends exports cannot be compared. Points outside the query's range are left out; a
 * bucket that reaches past today is partial even when the file does not say so. Every call returns one last
 * batch whose checkpoint names the last closed bucket read. Files that are not {@code .csv} are ignored. A file
 * that is not in a known form fails the call with a {@link dev.scrm.core.ValidationException} naming the file,
 * line and column, and one that cannot be read with an {@link UncheckedIOException}.
 *
 * <p>Thread-safe. Closing does nothing.
 */
public final class SearchTrendSource extends ClientFigureSource {

    /** The default connector id. */
    public static final ConnectorId DEFAULT_ID = ConnectorId.of("search-trends");
    /** The platform name: {@code trends}. */
    public static final Platform PLATFORM = Platform.of("trends");
    /** The version of the mapping. */
    public static final String MAPPING_VERSION = "trends-csv@1";

    private final int pathCount;

    private SearchTrendSource(ConnectorId id, List<Path> paths, SearchTrendCsv reader, Clock clock) {
        super(new ConnectorManifest(id, PLATFORM, EnumSet.of(Capability.SEARCH_VOLUME), AuthScheme.NONE, List.of(),
                null, MAPPING_VERSION), new TrendFiles(List.copyOf(paths), reader, clock));
        this.pathCount = paths.size();
    }

    /**
     * A source over CSV files or directories of them.
     *
     * @param id the connector id
     * @param paths files, or directories whose {@code .csv} files are read (not recursively), at least one
     * @param reader how to read the files
     * @param clock the clock deciding which buckets are still open
     * @return the source
     * @throws IllegalArgumentException if no path is given
     */
    public static SearchTrendSource of(ConnectorId id, List<Path> paths, SearchTrendCsv reader, Clock clock) {
        Objects.requireNonNull(paths, "paths");
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a search trend source needs at least one file or directory");
        }
        paths.forEach(p -> Objects.requireNonNull(p, "path"));
        return new SearchTrendSource(Objects.requireNonNull(id, "id"), paths, Objects.requireNonNull(reader, "reader"),
                Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public String toString() {
        return "SearchTrendSource[" + manifest().id() + ", " + pathCount + " paths]";
    }

    /** Reads the query's term from every file, afresh on every call. Thread-safe. */
    private static final class TrendFiles implements FigureClient {

        private final List<Path> paths;
        private final SearchTrendCsv reader;
        private final Clock clock;

        TrendFiles(List<Path> paths, SearchTrendCsv reader, Clock clock) {
            this.paths = paths;
            this.reader = reader;
            this.clock = clock;
        }

        @Override
        public FigureBatch figures(ConnectorManifest manifest, FigureQuery query, Checkpoint from) {
            String term = query.target().value().toLowerCase(Locale.ROOT);
            LocalDate today = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            LocalDate closed = from.value(CLOSED_THROUGH).map(LocalDate::parse).orElse(null);
            List<FigureSeries> out = new ArrayList<>();
            for (Path file : files()) {
                for (FigureSeries s : reader.read(file)) {
                    if (!s.subject().toLowerCase(Locale.ROOT).equals(term)) {
                        continue;
                    }
                    List<FigurePoint> kept = new ArrayList<>();
                    for (FigurePoint p : s.points()) {
                        LocalDate end = s.granularity().next(p.start());
                        boolean inRange = end.isAfter(query.from())
                                && query.until().map(t -> !p.start().isAfter(t)).orElse(true);
                        if (inRange) {
                            boolean open = p.partial() || end.isAfter(today);
                            kept.add(new FigurePoint(p.start(), p.value(), open));
                            if (!open && (closed == null || p.start().isAfter(closed))) {
                                closed = p.start();
                            }
                        }
                    }
                    out.add(FigureSeries.of(s.subject(), s.metric(), s.source(), s.granularity(), s.zone(), kept,
                            s.scope()));
                }
            }
            Checkpoint next = closed == null ? from : from.with(CLOSED_THROUGH, closed.toString());
            return new FigureBatch(out, next, true);
        }

        private List<Path> files() {
            List<Path> out = new ArrayList<>();
            for (Path p : paths) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.list(p)) {
                        s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                                && Files.isRegularFile(f)).sorted().forEach(out::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot list search-trend directory " + p.getFileName(), e);
                    }
                } else {
                    out.add(p);
                }
            }
            return out;
        }
    }
}
