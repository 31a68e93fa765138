package dev.scrm.examples.cli;

import dev.scrm.connector.CheckpointStore;
import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.ConnectorConfig;
import dev.scrm.connectors.Connectors;
import dev.scrm.connectors.http.FileCheckpointStore;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.InMemoryCheckpointStore;
import dev.scrm.connectors.http.Puller;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.ScrmJson;
import dev.scrm.core.ValidationException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code scrm listen}: pulls interactions from a platform into JSON Lines, resumable with {@code --state}.
 *
 * <p>Each page is appended to the output and flushed to disk before its checkpoint is saved in the state
 * folder, so a run killed at any point and started again with the same {@code --state} and {@code --out}
 * continues where it stopped: items already in the output are not written twice (a torn last line is
 * dropped), and nothing is skipped.
 */
@Command(name = "listen", mixinStandardHelpOptions = true,
        description = {"Pull interactions from a platform into JSON Lines, resumable with --state.",
            "Platforms: mastodon (token: an access token, optional for public hashtags),"
                + " bluesky (token: IDENTIFIER:APP_PASSWORD; base URL https://bsky.social when logged in,"
                + " https://public.api.bsky.app anonymously), x (token: an app-only bearer token,"
                + " base URL https://api.x.com).",
            "Figures (--site or --term) write one JSON line per bucket and metric: matomo (--site = idSite,"
                + " token: token_auth), plausible (--site = domain, token: Stats API key, base URL"
                + " https://plausible.io), trends (--term, --path = CSV exports, no base URL). A resumed run"
                + " re-reads the trailing days; keep the last line per subject, metric and start."})
final class ListenCommand implements Callable<Integer> {

    @Option(names = "--platform", required = true, paramLabel = "P", description = "mastodon or bluesky.")
    String platform;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The platform's server, e.g. https://mastodon.social (required except for trends).")
    String baseUrl;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--hashtag", paramLabel = "T", description = "A hashtag, with or without #.")
        String hashtag;

        @Option(names = "--query", paramLabel = "Q", description = "A full-text search query.")
        String query;

        @Option(names = "--site", paramLabel = "S", description = "Web-traffic figures of a site (matomo, plausible).")
        String site;

        @Option(names = "--term", paramLabel = "T", description = "Search-interest figures of a term (trends).")
        String term;
    }

    @Option(names = "--from", paramLabel = "DATE",
            description = "Figures: first day, yyyy-MM-dd (default: 30 days before today, UTC).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Figures: last day, yyyy-MM-dd (default: up to today).")
    String to;

    @Option(names = "--metrics", paramLabel = "LIST", split = ",",
            description = "Figures of --site: any of visits, visitors, pageviews, bounces, visit_seconds,"
                    + " returning_visits, returning_visitors (default: visits, visitors, pageviews, returning_visits).")
    List<String> metrics;

    @Option(names = "--path", paramLabel = "FILE_OR_DIR", description = "trends: CSV export files or folders of them.")
    List<Path> paths;

    @Option(names = "--token-env", paramLabel = "VAR",
            description = "Environment variable holding the credential (never passed on the command line).")
    String tokenEnv;

    @Option(names = "--max", paramLabel = "N", defaultValue = "100",
            description = "Most new interactions to write in this run (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--state", paramLabel = "DIR",
            description = "Folder for checkpoints; with it, a later run resumes and appends to --out.")
    Path state;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "Output, one interaction per line.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Reads environment variables; tests replace it. */
    Function<String, String> env = System::getenv;

    /** The HTTP settings; tests replace it. */
    HttpSettings settings = HttpSettings.ofDefaults();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (max < 1) {
            throw ValidationException.ofField("--max", "must be at least 1");
        }
        Platform p;
        try {
            p = Platform.of(platform);
        } catch (IllegalArgumentException e) {
            throw ValidationException.ofField("--platform", "is not a platform name");
        }
        if (what.site != null || what.term != null) {
            return new FigureListen(this, err).run(p);
        }
        if (baseUrl == null) {
            throw ValidationException.ofField("--base-url", "is required for " + p);
        }
        URI base = parseBase(baseUrl);
        ListeningQuery query = what.hashtag != null ? ListeningQuery.hashtag(what.hashtag)
                : ListeningQuery.search(what.query);
        Connector created = connect(p, base);
        List<InteractionId> already = state == null ? List.of() : existingIds(out);
        CheckpointStore store = state == null ? new InMemoryCheckpointStore() : FileCheckpointStore.create(state);
        int[] pages = {0};
        int[] written = {0};
        Puller.PullResult result;
        try (Connector connector = created;
                FileChannel channel = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        state == null ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
                OutputStream os = java.nio.channels.Channels.newOutputStream(channel);
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
            result = Puller.of(connector, store).seen(already).pull(query, max, page -> {
                write(page, w, channel);
                pages[0]++;
                written[0] += page.size();
                err.println("listen: page " + pages[0] + ", " + written[0] + " interactions written");
                err.flush();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        err.println("listen: done, " + result.delivered() + " new interactions in " + result.pages() + " pages"
                + (result.duplicatesDropped() > 0 ? ", " + result.duplicatesDropped() + " duplicates dropped" : "")
                + (result.exhausted() ? ", nothing more for now" : ""));
        err.flush();
        return 0;
    }

    /** Creates the platform's connector through discovery, with the credential from {@code --token-env}. */
    Connector connect(Platform p, URI base) {
        ConnectorConfig.Builder config = ConnectorConfig.builder(ConnectorId.of(p.id())).baseUrl(base)
                .settings(settings);
        if (tokenEnv != null) {
            String value = env.apply(tokenEnv);
            if (value == null || value.isBlank()) {
                throw ValidationException.ofField("--token-env", "environment variable " + tokenEnv + " is not set");
            }
            credentials(p, value, config);
        }
        Connectors connectors = Connectors.discover();
        if (!connectors.platforms().contains(p)) {
            throw ValidationException.ofField("--platform", "no connector for '" + p + "'; available: "
                    + connectors.platforms());
        }
        Connector created;
        try {
            created = connectors.create(p, config.build());
        } catch (IllegalArgumentException e) {
            throw ValidationException.ofField("--platform", e.getMessage());
        }
        return created;
    }

    private static void credentials(Platform p, String value, ConnectorConfig.Builder config) {
        if (p.equals(Platform.BLUESKY)) {
            int colon = value.lastIndexOf(':');
            if (colon <= 0 || colon == value.length() - 1) {
                throw ValidationException.ofField("--token-env", "for bluesky the variable must hold"
                        + " IDENTIFIER:APP_PASSWORD");
            }
            config.option("identifier", value.substring(0, colon)).secret("password",
                    Secret.of(value.substring(colon + 1)));
        } else {
            config.secret("token", Secret.of(value.strip()));
        }
    }

    static URI parseBase(String text) {
        try {
            URI u = new URI(text.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.getRawQuery() != null) {
                throw ValidationException.ofField("--base-url", "must be an http(s) URL without query");
            }
            return u;
        } catch (URISyntaxException e) {
            throw ValidationException.ofField("--base-url", "is not a URL");
        }
    }

    private static void write(Page page, BufferedWriter w, FileChannel channel) {
        try {
            for (Interaction i : page.interactions()) {
                w.write(ScrmJson.mapper().writeValueAsString(i));
                w.write('\n');
            }
            w.flush();
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids already in an output file; drops a torn or unreadable last line. */
    private static List<InteractionId> existingIds(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<InteractionId> ids = new ArrayList<>();
        List<String> good = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = ScrmJson.mapper().readTree(line);
                JsonNode id = node.get("id");
                ids.add(InteractionId.of(id.get("platform").asString(), id.get("nativeId").asString()));
                good.add(line);
            } catch (RuntimeException e) {
                if (n == lines.size() - 1) {
                    Files.write(file, good, StandardCharsets.UTF_8);
                    break;
                }
                throw ValidationException.at(file.getFileName().toString(), n + 1, "id",
                        "is not an interaction written by scrm listen", null);
            }
        }
        return ids;
    }
}
