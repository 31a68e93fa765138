package dev.scrm.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.CheckpointKey;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ListeningQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

    private final CheckpointKey key = CheckpointKey.of(ConnectorId.of("mastodon"), ListeningQuery.hashtag("Acme"));

    @Test
    void fileStore_roundTripsAndSurvivesANewInstance(@TempDir Path dir) {
        Checkpoint cp = Checkpoint.empty().with("max_id", "110").with("newest_id", "120");
        FileCheckpointStore.create(dir).save(key, cp);
        assertThat(FileCheckpointStore.create(dir).load(key)).contains(cp);
        assertThat(FileCheckpointStore.create(dir).load(CheckpointKey.of(ConnectorId.of("x"),
                ListeningQuery.search("q")))).isEmpty();
    }

    @Test
    void fileStore_namesNoPersonalDataAndRejectsACorruptFile(@TempDir Path dir) throws IOException {
        FileCheckpointStore store = FileCheckpointStore.create(dir);
        CheckpointKey account = CheckpointKey.of(ConnectorId.of("bluesky"), ListeningQuery.accountPosts("alice.example"));
        store.save(account, Checkpoint.empty().with("cursor", "c1"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("alice"));
        }
        Files.writeString(dir.resolve(key.asFileName() + ".json"), "{not json");
        assertThatThrownBy(() -> store.load(key)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("unreadable");
    }

    @Test
    void fileStore_keepsKeysApartWhoseDottedPartsWouldMeet(@TempDir Path dir) {
        FileCheckpointStore store = FileCheckpointStore.create(dir);
        CheckpointKey first = new CheckpointKey("a.b", ConnectorId.of("c"), "q");
        CheckpointKey second = new CheckpointKey("a", ConnectorId.of("b.c"), "q");
        store.save(first, Checkpoint.empty().with("cursor", "1"));
        store.save(second, Checkpoint.empty().with("cursor", "2"));
        assertThat(store.load(first)).contains(Checkpoint.empty().with("cursor", "1"));
        assertThat(store.load(second)).contains(Checkpoint.empty().with("cursor", "2"));
    }

    @Test
    void queryKey_isStableAndCaseInsensitiveForHashtags() {
        assertThat(ListeningQuery.hashtag("#Acme").key()).isEqualTo(ListeningQuery.hashtag("acme").key());
        assertThat(ListeningQuery.search("Acme").key()).isNotEqualTo(ListeningQuery.search("acme").key());
    }
}
