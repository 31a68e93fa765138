package dev.scrm.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Capability;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.CheckpointKey;
import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PullerTest {

    private static final ListeningQuery QUERY = ListeningQuery.hashtag("acme");

    /** Serves 10 items in pages of 3, the cursor being the next offset; optionally repeats a cursor. */
    private static final class Fake implements Connector {
        private final boolean repeatCursor;

        Fake(boolean repeatCursor) {
            this.repeatCursor = repeatCursor;
        }

        @Override
        public ConnectorManifest manifest() {
            return new ConnectorManifest(ConnectorId.of("fake"), Platform.of("fake"), Set.of(Capability.HASHTAG_TIMELINE),
                    AuthScheme.NONE, List.of(), null, "fake@1");
        }

        @Override
        public Page fetch(ListeningQuery query, Checkpoint from) {
            int offset = Integer.parseInt(from.value("o").orElse("0"));
            List<Interaction> items = new ArrayList<>();
            for (int i = offset; i < Math.min(10, offset + 3); i++) {
                items.add(item(i));
            }
            int next = repeatCursor && offset == 3 ? 3 : offset + 3;
            if (repeatCursor && offset == 3) {
                items.add(item(1));
            }
            return new Page(items, List.of(), List.of(), from.with("o", Integer.toString(next)), next >= 10);
        }
    }

    private static Interaction item(int i) {
        return Interaction.builder(InteractionId.of("fake", "item-" + i)).kind(InteractionKind.MENTION)
                .occurredAt(Instant.EPOCH).provenance(Provenance.of("test", Instant.EPOCH)).build();
    }

    @Test
    void maxItems_endingMidPage_doesNotSaveThatPagesCheckpoint() {
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        List<Interaction> out = new ArrayList<>();
        Puller first = Puller.of(new Fake(false), store);
        first.pull(QUERY, 4, p -> out.addAll(p.interactions()));
        assertThat(out).hasSize(4);
        assertThat(store.load(CheckpointKey.of(ConnectorId.of("fake"), QUERY)).orElseThrow().value("o")).contains("3");
        Puller second = Puller.of(new Fake(false), store).seen(out.stream().map(Interaction::id).toList());
        Puller.PullResult r = second.pull(QUERY, 100, p -> out.addAll(p.interactions()));
        assertThat(r.exhausted()).isTrue();
        assertThat(r.duplicatesDropped()).isEqualTo(1);
        assertThat(out).extracting(i -> i.id().nativeId()).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void repeatedCursor_endsThePullInsteadOfLooping() {
        List<Interaction> out = new ArrayList<>();
        Puller.PullResult r = Puller.of(new Fake(true), new InMemoryCheckpointStore())
                .pull(QUERY, 1000, p -> out.addAll(p.interactions()));
        assertThat(r.pages()).isLessThanOrEqualTo(3);
        assertThat(out).extracting(i -> i.id().nativeId()).doesNotHaveDuplicates();
    }
}
