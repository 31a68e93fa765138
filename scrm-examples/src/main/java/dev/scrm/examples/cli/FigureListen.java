package dev.scrm.examples.cli;

import dev.scrm.connector.CheckpointStore;
import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.FigureBatch;
import dev.scrm.connector.FigureMetric;
import dev.scrm.connector.FigurePoint;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.FigureSeries;
import dev.scrm.connector.FigureSource;
import dev.scrm.connectors.http.FigurePuller;
import dev.scrm.connectors.http.FileCheckpointStore;
import dev.scrm.connectors.http.InMemoryCheckpointStore;
import dev.scrm.connectors.trends.SearchTrendCsv;
import dev.scrm.connectors.trends.SearchTrendSource;
import dev.scrm.core.Platform;
import dev.scrm.core.ScrmJson;
import dev.scrm.core.ValidationException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** The figure half of {@code scrm listen}: web traffic of a site or search interest of a term into JSON Lines. */
final class FigureListen {

    private static final Set<FigureMetric> DEFAULT_WEB = EnumSet.of(FigureMetric.VISITS, FigureMetric.VISITORS,
            FigureMetric.PAGEVIEWS, FigureMetric.RETURNING_VISITS);

    private final ListenCommand cmd;
    private final PrintWriter err;

    FigureListen(ListenCommand cmd, PrintWriter err) {
        this.cmd = cmd;
        this.err = err;
    }

    int run(Platform p) throws IOException {
        LocalDate today = cmd.settings.clock().instant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate first = cmd.from == null ? today.minusDays(30) : date(cmd.from, "--from");
        LocalDate last = cmd.to == null ? null : date(cmd.to, "--to");
        if (last != null && last.isBefore(first)) {
            throw ValidationException.ofField("--to", "must not be before --from");
        }
        FigureQuery query;
        if (cmd.what.site != null) {
            query = FigureQuery.webTraffic(cmd.what.site, first, last, metrics());
        } else {
            if (cmd.metrics != null) {
                throw ValidationException.ofField("--metrics", "applies to --site only");
            }
            query = FigureQuery.searchInterest(cmd.what.term, first, last);
        }
        FigureSource source = source(p);
        CheckpointStore store = cmd.state == null ? new InMemoryCheckpointStore() : FileCheckpointStore.create(cmd.state);
        long[] lines = {0};
        FigurePuller.Result result;
        try (FigureSource s = source;
                FileChannel channel = FileChannel.open(cmd.out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        cmd.state == null ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
                OutputStream os = java.nio.channels.Channels.newOutputStream(channel);
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
            result = FigurePuller.of(s, store).pull(query, batch -> {
                lines[0] += write(batch, w, channel);
                err.println("listen: " + lines[0] + " figure lines written");
                err.flush();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        err.println("listen: done, " + result.points() + " figures in " + result.batches() + " batches");
        err.flush();
        return 0;
    }

    private Set<FigureMetric> metrics() {
        if (cmd.metrics == null) {
            return DEFAULT_WEB;
        }
        Set<FigureMetric> out = EnumSet.noneOf(FigureMetric.class);
        for (String m : cmd.metrics) {
            try {
                FigureMetric metric = FigureMetric.valueOf(m.strip().toUpperCase(Locale.ROOT));
                if (metric == FigureMetric.SEARCH_INTEREST) {
                    throw new IllegalArgumentException();
                }
                out.add(metric);
            } catch (IllegalArgumentException e) {
                throw ValidationException.ofField("--metrics", "unknown web metric; use visits, visitors, pageviews,"
                        + " bounces, visit_seconds, returning_visits or returning_visitors");
            }
        }
        return out;
    }

    private FigureSource source(Platform p) {
        if (p.equals(SearchTrendSource.PLATFORM)) {
            if (cmd.paths == null || cmd.paths.isEmpty()) {
                throw ValidationException.ofField("--path", "trends needs at least one CSV file or folder");
            }
            return SearchTrendSource.of(ConnectorId.of("trends"), cmd.paths, SearchTrendCsv.ofDefaults(),
                    cmd.settings.clock());
        }
        if (cmd.baseUrl == null) {
            throw ValidationException.ofField("--base-url", "is required for " + p);
        }
        Connector created = cmd.connect(p, ListenCommand.parseBase(cmd.baseUrl));
        if (!(created instanceof FigureSource f)) {
            created.close();
            throw ValidationException.ofField("--platform", "'" + p + "' reads interactions; use --hashtag or"
                    + " --query");
        }
        return f;
    }

    private static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.ofField(option, "expected a date yyyy-MM-dd");
        }
    }

    private static long write(FigureBatch batch, BufferedWriter w, FileChannel channel) {
        long n = 0;
        try {
            for (FigureSeries s : batch.series()) {
                if (!s.available()) {
                    ObjectNode o = head(s);
                    o.put("unavailable", s.unavailability().orElseThrow());
                    w.write(ScrmJson.mapper().writeValueAsString(o));
                    w.write('\n');
                    n++;
                    continue;
                }
                for (FigurePoint p : s.points()) {
                    ObjectNode o = head(s);
                    o.put("start", p.start().toString()).put("value", p.value()).put("partial", p.partial());
                    s.normalisation().ifPresent(sc -> o.put("scope", sc.provider() + ":" + sc.requestId())
                            .put("geo", sc.geo()));
                    w.write(ScrmJson.mapper().writeValueAsString(o));
                    w.write('\n');
                    n++;
                }
            }
            w.flush();
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static ObjectNode head(FigureSeries s) {
        ObjectNode o = ScrmJson.mapper().createObjectNode();
        o.put("subject", s.subject()).put("metric", s.metric().name().toLowerCase(Locale.ROOT))
                .put("source", s.source()).put("granularity", s.granularity().name().toLowerCase(Locale.ROOT))
                .put("zone", s.zone().getId());
        return o;
    }
}
