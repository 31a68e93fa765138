package dev.scrm.connectors.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.engage.Agent;
import dev.scrm.engage.AgentId;
import dev.scrm.engage.IngestResult;
import dev.scrm.engage.ReplyNotAllowedException;
import dev.scrm.engage.ReplyRequest;
import dev.scrm.engage.ServiceDesk;
import dev.scrm.engage.ServiceEvent;
import dev.scrm.engage.Visibility;
import dev.scrm.store.ScrmStore;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A service desk answering a Mastodon mention through the channel, against a server on 127.0.0.1. */
class MastodonReplyDeskTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String MENTION_URI = "https://remote.example/users/ana/statuses/31";
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void reply_byAgent_isPostedAndCountsAsFirstResponse() {
        server.stubFor(get(urlPathEqualTo("/api/v2/search")).willReturn(aResponse().withStatus(200)
                .withBody("{\"statuses\":[{\"id\":\"7001\",\"uri\":\"" + MENTION_URI
                        + "\",\"account\":{\"id\":\"9\",\"acct\":\"ana@remote.example\"}}]}")));
        server.stubFor(post(urlPathEqualTo("/api/v1/statuses")).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"7002\",\"uri\":\"http://127.0.0.1/users/acme/statuses/7002\","
                        + "\"created_at\":\"2026-11-25T12:00:00Z\",\"account\":{\"id\":\"1\",\"acct\":\"acme\"}}")));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        MastodonReplyChannel channel = MastodonReplyChannel.builder()
                .baseUrl(URI.create("http://127.0.0.1:" + server.port())).token(Secret.of("desk-token-0000"))
                .settings(HttpSettings.builder().clock(clock).sleeper(d -> { }).build()).maxLength(100).build();
        List<ServiceEvent> events = new ArrayList<>();
        ServiceDesk desk = ServiceDesk.builder(ScrmStore.inMemory(clock)).clock(clock).listener(events::add)
                .agent(Agent.of("alice", "care", 2)).replyChannel(channel).build();
        Interaction mention = Interaction.builder(InteractionId.of(Platform.MASTODON, MENTION_URI))
                .kind(InteractionKind.MENTION).direction(Direction.INBOUND).occurredAt(NOW.minusSeconds(600))
                .author(PlatformAccountId.of(Platform.MASTODON, "9")).text("My blender arrived broken")
                .provenance(Provenance.of("connector:mastodon", NOW)).build();
        IngestResult opened = desk.ingest(mention);

        Interaction sent = desk.reply(ReplyRequest.byAgent(opened.caseId(), mention.id(), AgentId.of("alice"),
                Visibility.PUBLIC, "Sorry to hear that, we are on it."));

        assertThat(sent.id()).isEqualTo(InteractionId.of(Platform.MASTODON, "http://127.0.0.1/users/acme/statuses/7002"));
        server.verify(postRequestedFor(urlPathEqualTo("/api/v1/statuses")).withRequestBody(equalToJson(
                "{\"status\":\"@ana@remote.example Sorry to hear that, we are on it.\",\"in_reply_to_id\":\"7001\","
                        + "\"visibility\":\"public\"}")));
        assertThat(events).filteredOn(ServiceEvent.FirstResponse.class::isInstance).hasSize(1);
        // the configured length limit is checked by the desk before anything is sent
        assertThatThrownBy(() -> desk.reply(ReplyRequest.byAgent(opened.caseId(), mention.id(), AgentId.of("alice"),
                Visibility.PUBLIC, "y".repeat(101)))).isInstanceOfSatisfying(ReplyNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReplyNotAllowedException.Reason.TOO_LONG));
        server.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
    }
}
