package dev.scrm.connectors.http;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.CheckpointKey;
import dev.scrm.connector.CheckpointStore;
import dev.scrm.connector.Connector;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a {@link Connector} page by page so that every item reaches the sink exactly once, across
 * failures and restarts.
 *
 * <p>For each page it drops items already delivered (by {@link InteractionId}: Mastodon URI, Bluesky
 * AT-URI, Reddit fullname...), hands the rest to the sink and only then saves the page's checkpoint. If
 * the process dies between the sink and the save, the page is read again on restart, and the items the
 * sink already holds are dropped when the puller was seeded with their ids ({@link #seen(Collection)}).
 * When {@code maxItems} ends a pull in the middle of a page, the page's checkpoint is not saved, so the
 * rest of the page is read next time. A checkpoint that repeats within one pull (a platform sending the
 * same cursor again) ends the pull instead of looping.
 *
 * <p>Thread-safe: concurrent pulls of different queries may share a puller; pulls of the same query must
 * not run concurrently.
 */
public final class Puller {

    private static final Logger LOG = LoggerFactory.getLogger(Puller.class);

    private final Connector connector;
    private final CheckpointStore store;
    private final Set<InteractionId> seen = ConcurrentHashMap.newKeySet();

    private Puller(Connector connector, CheckpointStore store) {
        this.connector = connector;
        this.store = store;
    }

    /**
     * A puller for a connector that keeps its checkpoints in a store.
     *
     * @param connector the connector
     * @param store the checkpoint store
     * @return the puller
     */
    public static Puller of(Connector connector, CheckpointStore store) {
        return new Puller(Objects.requireNonNull(connector, "connector"), Objects.requireNonNull(store, "store"));
    }

    /**
     * Marks items as already delivered, for example the ids found in an output file on restart.
     *
     * @param ids the ids
     * @return this puller
     */
    public Puller seen(Collection<InteractionId> ids) {
        for (InteractionId id : Objects.requireNonNull(ids, "ids")) {
            seen.add(Objects.requireNonNull(id, "id"));
        }
        return this;
    }

    /**
     * Pulls a query until the platform has nothing more or {@code maxItems} new items were delivered.
     *
     * @param query the query
     * @param maxItems the most new items to deliver, at least 1
     * @param sink receives each page's new items; it runs on the calling thread and must commit them
     *     before it returns
     * @return what the pull did
     * @throws dev.scrm.connector.ConnectorException if the connector fails; the checkpoint of the last
     *     delivered page stays saved, so the next pull resumes after it
     */
    public PullResult pull(ListeningQuery query, int maxItems, Consumer<Page> sink) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sink, "sink");
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be >= 1, was " + maxItems);
        }
        CheckpointKey key = CheckpointKey.of(connector.manifest().id(), query);
        Checkpoint checkpoint = store.load(key).orElse(Checkpoint.empty());
        Set<Checkpoint> visited = new HashSet<>();
        visited.add(checkpoint);
        int delivered = 0;
        int pages = 0;
        int duplicates = 0;
        int tombstones = 0;
        boolean exhausted = false;
        while (delivered < maxItems) {
            Page page = connector.fetch(query, checkpoint);
            pages++;
            List<Interaction> fresh = new ArrayList<>();
            boolean truncated = false;
            for (Interaction i : page.interactions()) {
                if (seen.contains(i.id())) {
                    duplicates++;
                    continue;
                }
                if (delivered + fresh.size() >= maxItems) {
                    truncated = true;
                    break;
                }
                fresh.add(i);
            }
            Page out = new Page(fresh, identitiesOf(page.identities()), page.tombstones(), page.next(),
                    page.last() && !truncated);
            sink.accept(out);
            for (Interaction i : fresh) {
                seen.add(i.id());
            }
            delivered += fresh.size();
            tombstones += page.tombstones().size();
            if (truncated) {
                break;
            }
            store.save(key, page.next());
            checkpoint = page.next();
            if (page.last()) {
                exhausted = true;
                break;
            }
            if (!visited.add(checkpoint)) {
                LOG.warn("connector '{}' repeated a cursor on {}; ending the pull", connector.manifest().id(),
                        query.kind());
                exhausted = true;
                break;
            }
        }
        LOG.debug("pull of {} on '{}': {} items, {} pages, {} duplicates dropped", query.kind(),
                connector.manifest().id(), delivered, pages, duplicates);
        return new PullResult(delivered, pages, duplicates, tombstones, exhausted, checkpoint);
    }

    private static List<SocialIdentity> identitiesOf(List<SocialIdentity> identities) {
        Map<PlatformAccountId, SocialIdentity> byId = new LinkedHashMap<>();
        for (SocialIdentity s : identities) {
            byId.put(s.id(), s);
        }
        return List.copyOf(byId.values());
    }

    /**
     * What one {@link #pull} did. Immutable and thread-safe.
     *
     * @param delivered new items handed to the sink
     * @param pages pages read
     * @param duplicatesDropped items dropped because they had been delivered before
     * @param tombstones tombstones handed to the sink
     * @param exhausted whether the platform had nothing more (rather than {@code maxItems} ending the pull)
     * @param checkpoint the last saved checkpoint
     */
    public record PullResult(int delivered, int pages, int duplicatesDropped, int tombstones, boolean exhausted,
            Checkpoint checkpoint) {

        /**
         * Validates the result.
         *
         * @throws NullPointerException if the checkpoint is null
         */
        public PullResult {
            Objects.requireNonNull(checkpoint, "checkpoint");
        }
    }
}
