package dev.scrm.connectors.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.scrm.connector.AuthenticationException;
import dev.scrm.connector.Capability;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.engage.OutboundReply;
import dev.scrm.engage.ReplyNotAllowedException;
import dev.scrm.engage.SentReply;
import dev.scrm.engage.Visibility;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MastodonReplyChannelTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String TOKEN = "reply-token-abcdef123456";
    private static final String ANSWERED_URI = "https://remote.example/users/ana/statuses/998877";
    private static final String POSTED = """
            {"id":"555","uri":"http://127.0.0.1/users/acme/statuses/555","created_at":"2026-11-25T12:00:03.000Z",
             "visibility":"public","content":"<p>ok</p>","account":{"id":"42","acct":"acme"}}""";
    private WireMockServer server;
    private MastodonReplyChannel channel;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        channel = channel(MastodonReplyChannel.DEFAULT_MAX_LENGTH);
    }

    private MastodonReplyChannel channel(int maxLength) {
        return MastodonReplyChannel.builder().baseUrl(URI.create("http://127.0.0.1:" + server.port()))
                .token(Secret.of(TOKEN)).maxLength(maxLength)
                .settings(HttpSettings.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).sleeper(d -> { }).build())
                .build();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void stubLocalStatus() {
        server.stubFor(get(urlPathEqualTo("/api/v1/statuses/1001")).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"1001\",\"uri\":\"http://127.0.0.1/users/ana/statuses/1001\","
                        + "\"account\":{\"id\":\"7\",\"acct\":\"ana\"}}")));
    }

    private static OutboundReply reply(String answered, Visibility visibility, String text) {
        return new OutboundReply(InteractionId.of(Platform.MASTODON, answered),
                PlatformAccountId.of(Platform.MASTODON, "7"), null, visibility, text);
    }

    @Test
    void policy_defaults_areMastodons() {
        assertThat(channel.policy().platform()).isEqualTo(Platform.MASTODON);
        assertThat(channel.policy().publicReplies()).isTrue();
        assertThat(channel.policy().privateReplies()).isTrue();
        assertThat(channel.policy().privateReplyWindow()).isNull();
        assertThat(channel.policy().privateReplyToPublic()).isTrue();
        assertThat(channel.policy().mayInitiatePrivate()).isTrue();
        assertThat(channel.policy().maxLength()).isEqualTo(500);
        assertThat(channel(5000).policy().maxLength()).isEqualTo(5000);
        assertThatThrownBy(() -> MastodonReplyChannel.builder().maxLength(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MastodonReplyChannel.builder().baseUrl(URI.create("http://127.0.0.1:1")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("token");
        assertThat(MastodonConnector.builder().baseUrl(URI.create("http://127.0.0.1:1")).token(Secret.of(TOKEN))
                .build().manifest().capabilities()).contains(Capability.REPLY);
        assertThat(MastodonConnector.builder().baseUrl(URI.create("http://127.0.0.1:1")).build().manifest()
                .capabilities()).doesNotContain(Capability.REPLY);
    }

    @Test
    void send_publicReply_postsStatusWithAuthMentionAndIdempotencyKey() {
        stubLocalStatus();
        server.stubFor(post(urlPathEqualTo("/api/v1/statuses")).willReturn(aResponse().withStatus(200)
                .withBody(POSTED)));

        SentReply sent = channel.send(reply("1001", Visibility.PUBLIC, "Sorry about that, we are on it."));

        assertThat(sent.id()).isEqualTo(InteractionId.of(Platform.MASTODON, "http://127.0.0.1/users/acme/statuses/555"));
        assertThat(sent.sentAt()).isEqualTo(Instant.parse("2026-11-25T12:00:03Z"));
        assertThat(sent.account()).isEqualTo(PlatformAccountId.of(Platform.MASTODON, "42"));
        server.verify(getRequestedFor(urlPathEqualTo("/api/v1/statuses/1001"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        server.verify(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", matching("application/json.*"))
                .withHeader("Idempotency-Key", matching("[0-9a-f]{64}"))
                .withRequestBody(equalToJson("{\"status\":\"@ana Sorry about that, we are on it.\","
                        + "\"in_reply_to_id\":\"1001\",\"visibility\":\"public\"}")));
    }

    @Test
    void send_privateReplyToUri_resolvesItAndPostsDirectStatus() {
        server.stubFor(get(urlPathEqualTo("/api/v2/search")).willReturn(aResponse().withStatus(200)
                .withBody("{\"accounts\":[],\"hashtags\":[],\"statuses\":[{\"id\":\"2002\",\"uri\":\""
                        + ANSWERED_URI + "\",\"account\":{\"id\":\"8\",\"acct\":\"ana@remote.example\"}}]}")));
        server.stubFor(post(urlPathEqualTo("/api/v1/statuses")).willReturn(aResponse().withStatus(200)
                .withBody(POSTED)));

        channel.send(reply(ANSWERED_URI, Visibility.PRIVATE, "Could you send us your order number?"));
        channel.send(reply(ANSWERED_URI, Visibility.PRIVATE, "Hi @Ana@remote.example, thanks!"));

        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/search")).withQueryParam("q", equalTo(ANSWERED_URI))
                .withQueryParam("resolve", equalTo("true")).withQueryParam("type", equalTo("statuses")));
        List<LoggedRequest> posts = server.findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).getBodyAsString()).contains("\"in_reply_to_id\":\"2002\"")
                .contains("\"visibility\":\"direct\"")
                .contains("\"status\":\"@ana@remote.example Could you send us your order number?\"");
        // an existing mention is not repeated
        assertThat(posts.get(1).getBodyAsString()).contains("\"status\":\"Hi @Ana@remote.example, thanks!\"");
    }

    @Test
    void send_sameReplyTwice_reusesIdempotencyKey() {
        stubLocalStatus();
        server.stubFor(post(urlPathEqualTo("/api/v1/statuses")).willReturn(aResponse().withStatus(200)
                .withBody(POSTED)));
        channel.send(reply("1001", Visibility.PUBLIC, "First answer"));
        channel.send(reply("1001", Visibility.PUBLIC, "First answer"));
        channel.send(reply("1001", Visibility.PUBLIC, "Second answer"));
        channel.send(reply("1001", Visibility.PRIVATE, "First answer"));
        List<String> keys = server.findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))).stream()
                .map(r -> r.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(4);
        assertThat(keys.get(0)).isEqualTo(keys.get(1));
        assertThat(keys.subList(1, 4)).doesNotHaveDuplicates();
    }

    @Test
    void send_transientFailure_retriesWithSameKey() {
        stubLocalStatus();
        server.stubFor(post(urlPathEqualTo("/api/v1/statuses")).inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server.stubFor(post(urlPathEqualTo("/api/v1/statuses")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody(POSTED)));
        channel.send(reply("1001", Visibility.PUBLIC, "We are on it."));
        List<String> keys = server.findAll(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))).stream()
                .map(r -> r.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0)).isEqualTo(keys.get(1));
    }

    @Test
    void send_unauthorized_throwsAuthenticationErrorWithoutToken() {
        server.stubFor(get(urlPathEqualTo("/api/v1/statuses/1001")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"The access token is invalid: " + TOKEN + "\"}")));
        assertThatThrownBy(() -> channel.send(reply("1001", Visibility.PUBLIC, "Secret plan for ana")))
                .isInstanceOf(AuthenticationException.class)
                .satisfies(e -> assertThat(((ConnectorException) e).status()).hasValue(401))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain("Secret plan")
                        .doesNotContain("ana"));
    }

    @Test
    void send_unprocessable_throwsTypedRefusal() {
        stubLocalStatus();
        server.stubFor(post(urlPathEqualTo("/api/v1/statuses")).willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")));
        assertThatThrownBy(() -> channel.send(reply("1001", Visibility.PUBLIC, "x".repeat(480))))
                .isInstanceOfSatisfying(ReplyNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ReplyNotAllowedException.Reason.TOO_LONG))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain("xxxx"));

        server.stubFor(post(urlPathEqualTo("/api/v1/statuses")).willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"Validation failed: Poll options are invalid for ana\"}")));
        assertThatThrownBy(() -> channel.send(reply("1001", Visibility.PUBLIC, "Hello ana")))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.status()).hasValue(422);
                    assertThat(e.retryable()).isFalse();
                })
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain("ana"));
    }

    @Test
    void send_unknownStatus_throwsNonRetryableError() {
        server.stubFor(get(urlPathEqualTo("/api/v1/statuses/404404")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"Record not found\"}")));
        assertThatThrownBy(() -> channel.send(reply("404404", Visibility.PUBLIC, "Hello")))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.retryable()).isFalse());
        server.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
    }

    @Test
    void send_otherPlatform_throwsIllegalArgument() {
        assertThatThrownBy(() -> channel.send(new OutboundReply(InteractionId.of(Platform.X, "1"), null, null,
                Visibility.PUBLIC, "hi"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(channel.toString()).doesNotContain(TOKEN);
    }
}
