package dev.scrm.connectors.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.scrm.connector.AuthenticationException;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.Fixtures;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.SocialIdentity;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BlueskyConnectorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
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

    private BlueskyConnector.Builder builder() {
        return BlueskyConnector.builder().baseUrl(URI.create("http://127.0.0.1:" + server.port()))
                .settings(HttpSettings.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).sleeper(d -> { }).build());
    }

    @Test
    void searchPosts_recordedPage_mapsPostAndCursor() {
        server.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.searchPosts")).willReturn(aResponse().withStatus(200)
                .withHeader("RateLimit-Limit", "3000").withHeader("RateLimit-Remaining", "2999")
                .withHeader("RateLimit-Reset", "1795000000").withHeader("RateLimit-Policy", "3000;w=300")
                .withBody(Fixtures.read("bluesky/searchPosts.json"))));
        Page page = builder().build().fetch(ListeningQuery.search("acme"), Checkpoint.empty());

        assertThat(page.last()).isFalse();
        assertThat(page.next().value("cursor")).contains("xxxxxxx");
        Interaction i = page.interactions().get(0);
        assertThat(i.id().nativeId()).startsWith("at://did:plc:test").endsWith("/app.bsky.feed.post/3ju4p6u2i3a2g");
        assertThat(i.kind()).isEqualTo(InteractionKind.MENTION);
        assertThat(i.text()).isEqualTo("Test post about Acme widgets");
        assertThat(i.occurredAt()).isEqualTo(Instant.parse("2023-04-24T13:50:19.672Z"));
        assertThat(i.attributes()).containsEntry("indexed_at", "2023-04-24T13:50:20.078Z");
        assertThat(i.engagement().count(EngagementType.REPLIES)).hasValue(8);
        assertThat(i.engagement().count(EngagementType.LIKES)).hasValue(7);
        assertThat(i.engagement().count(EngagementType.QUOTES)).isEmpty();
        assertThat(i.url().toString()).startsWith("https://bsky.app/profile/did:plc:test");
        SocialIdentity author = page.identities().get(0);
        assertThat(author.handle()).isEqualTo("bob.example");
        assertThat(author.profileUrl().toString()).isEqualTo("https://bsky.app/profile/" + author.id().nativeId());
        server.verify(getRequestedFor(urlPathEqualTo("/xrpc/app.bsky.feed.searchPosts"))
                .withQueryParam("q", equalTo("acme")).withQueryParam("sort", equalTo("latest")));
    }

    @Test
    void authorFeed_mapsRepliesAndReposts() {
        server.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getAuthorFeed")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("bluesky/getAuthorFeed_trimmed.json"))));
        Page page = builder().build().fetch(ListeningQuery.accountPosts("alice.example"), Checkpoint.empty());
        Interaction reply = page.interactions().stream().filter(i -> i.kind() == InteractionKind.REPLY)
                .findFirst().orElseThrow();
        assertThat(reply.inReplyTo()).isNotNull();
        assertThat(reply.inReplyTo().nativeId()).endsWith("/app.bsky.feed.post/3jukqq23rvy2w");
        assertThat(reply.conversationId()).endsWith("/app.bsky.feed.post/3jukoxegkhw2s");
        assertThat(page.interactions()).anyMatch(i -> i.kind() == InteractionKind.POST);
        assertThat(page.interactions()).anyMatch(i -> i.kind() == InteractionKind.SHARE
                && i.attributes().containsKey("shared_uri"));
        assertThat(page.next().value("cursor")).isPresent();
    }

    @Test
    void profile_mapsFollowersAndBioLinks() {
        server.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.actor.getProfile")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("bluesky/getProfile.json"))));
        SocialIdentity alice = builder().build().profile("alice.example").orElseThrow();
        assertThat(alice.handle()).isEqualTo("alice.example");
        assertThat(alice.followerCounts().followers()).isEqualTo(4945);
        assertThat(alice.followerCounts().following()).isEqualTo(31769);
        assertThat(alice.bioLinks()).extracting(URI::toString).containsExactly("https://alice.example/about");
        assertThat(alice.attributes()).containsEntry("posts_count", "3358");
    }

    @Test
    void expiredAccessToken_isRefreshedOnce_withoutANewLogin() {
        server.stubFor(post(urlPathEqualTo("/xrpc/com.atproto.server.createSession")).willReturn(aResponse()
                .withStatus(200).withBody(Fixtures.read("bluesky/createSession.json"))));
        server.stubFor(post(urlPathEqualTo("/xrpc/com.atproto.server.refreshSession"))
                .withHeader("Authorization", equalTo("Bearer uuuuuuuuuuuuuuuu"))
                .willReturn(aResponse().withStatus(200).withBody(
                        "{\"did\":\"did:plc:testalice0001\",\"handle\":\"alice.example\",\"accessJwt\":\"fresh-access\","
                                + "\"refreshJwt\":\"fresh-refresh\"}")));
        server.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.searchPosts")).inScenario("expiry")
                .whenScenarioStateIs(Scenario.STARTED).withHeader("Authorization", equalTo("Bearer eeeeeeeeeeeee"))
                .willReturn(aResponse().withStatus(400)
                        .withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));
        server.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.searchPosts"))
                .withHeader("Authorization", equalTo("Bearer fresh-access"))
                .willReturn(aResponse().withStatus(200).withBody("{\"posts\":[]}")));
        BlueskyConnector connector = builder().login("alice.example", Secret.of("app-pass-word-1234")).build();
        Page page = connector.fetch(ListeningQuery.search("acme"), Checkpoint.empty());
        assertThat(page.last()).isTrue();
        server.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.server.createSession")));
        server.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.server.refreshSession")));
    }

    @Test
    void refusedLogin_andInvalidRequest_areNotRetried() {
        server.stubFor(post(urlPathEqualTo("/xrpc/com.atproto.server.createSession")).willReturn(aResponse()
                .withStatus(401).withBody("{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}")));
        BlueskyConnector connector = builder().login("alice.example", Secret.of("wrong-pass-0000")).build();
        assertThatThrownBy(() -> connector.fetch(ListeningQuery.search("acme"), Checkpoint.empty()))
                .isInstanceOf(AuthenticationException.class).hasMessageNotContaining("wrong-pass");
        server.verify(1, postRequestedFor(urlPathEqualTo("/xrpc/com.atproto.server.createSession")));

        server.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.searchPosts")).willReturn(aResponse().withStatus(400)
                .withBody(Fixtures.read("bluesky/xrpc_error.json"))));
        assertThatThrownBy(() -> builder().build().fetch(ListeningQuery.search("acme"), Checkpoint.empty()))
                .isInstanceOf(ConnectorException.class)
                .satisfies(e -> assertThat(((ConnectorException) e).retryable()).isFalse());
        server.verify(1, getRequestedFor(urlPathEqualTo("/xrpc/app.bsky.feed.searchPosts")));
    }
}
