package dev.scrm.connectors.reddit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.QueryKind;
import dev.scrm.connector.Secret;
import dev.scrm.connector.TombstoneReason;
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

class RedditConnectorTest {

    private static final String UA = "java:dev.scrm.test:1.0 (by /u/test_user_alice)";
    private WireMockServer server;
    private RedditConnector connector;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post(urlPathEqualTo("/api/v1/access_token")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("reddit/access_token.json"))));
        URI base = URI.create("http://127.0.0.1:" + server.port());
        connector = RedditConnector.builder().baseUrl(base).tokenUrl(base.resolve("/api/v1/access_token"))
                .client("client-id-1", Secret.of("client-secret-xyz")).userAgent(UA)
                .settings(HttpSettings.builder().clock(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"),
                        ZoneOffset.UTC)).sleeper(d -> { }).build())
                .build();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void subredditComments_mapCommentsAndTombstones_withTheMandatoryUserAgent() {
        server.stubFor(get(urlPathEqualTo("/r/acmewidgets/comments")).willReturn(aResponse().withStatus(200)
                .withHeader("x-ratelimit-remaining", "599.0").withHeader("x-ratelimit-reset", "525")
                .withHeader("x-ratelimit-used", "1").withBody(Fixtures.read("reddit/comments_handwritten.json"))));
        Page page = connector.fetch(new ListeningQuery(QueryKind.COMMENTS, "r/acmewidgets"), Checkpoint.empty());

        assertThat(page.interactions()).hasSize(1);
        Interaction c = page.interactions().get(0);
        assertThat(c.id().nativeId()).isEqualTo("t1_kx0001");
        assertThat(c.kind()).isEqualTo(InteractionKind.REPLY);
        assertThat(c.text()).isEqualTo("The Acme widget &amp; charger work fine for me");
        assertThat(c.occurredAt()).isEqualTo(Instant.parse("2023-10-08T08:46:08.250Z"));
        assertThat(c.inReplyTo().nativeId()).isEqualTo("t1_kw9999");
        assertThat(c.conversationId()).isEqualTo("t3_abc123");
        assertThat(c.engagement().count(EngagementType.LIKES)).hasValue(4);
        assertThat(c.attributes()).containsEntry("subreddit", "acmewidgets").containsEntry("score", "4");
        assertThat(c.url().toString()).isEqualTo("https://www.reddit.com/r/acmewidgets/comments/abc123/acme_thread/kx0001/");
        assertThat(page.identities()).extracting(SocialIdentity::handle).containsExactly("test_user_bob");
        assertThat(page.tombstones()).extracting(t -> t.id().nativeId() + ":" + t.reason())
                .containsExactly("t1_kx0002:" + TombstoneReason.DELETED, "t1_kx0003:" + TombstoneReason.REMOVED);
        assertThat(page.next().value("after")).contains("t1_kx0003");
        server.verify(getRequestedFor(urlPathEqualTo("/r/acmewidgets/comments")).withQueryParam("raw_json", equalTo("1"))
                .withHeader("User-Agent", equalTo(UA)).withHeader("Authorization", equalTo("Bearer <ACCESS_TOKEN>")));
        server.verify(postRequestedFor(urlPathEqualTo("/api/v1/access_token")).withHeader("User-Agent", equalTo(UA))
                .withRequestBody(containing("grant_type=client_credentials")));
    }

    @Test
    void userAbout_recordedAccount_mapsProfile() {
        server.stubFor(get(urlPathEqualTo("/user/test_user_alice/about")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("reddit/user_about.json"))));
        SocialIdentity alice = connector.profile("u/test_user_alice").orElseThrow();
        assertThat(alice.id().nativeId()).isEqualTo("t2_6c1xj");
        assertThat(alice.handle()).isEqualTo("test_user_alice");
        assertThat(alice.displayName()).isNull();
        assertThat(alice.verified()).isTrue();
        assertThat(alice.followerCounts().followers()).isZero();
        assertThat(alice.attributes()).containsEntry("link_karma", "1").containsEntry("has_verified_email", "true");
    }

    @Test
    void missingSubreddit_redirect_isNotFoundAndNotFollowed() {
        server.stubFor(get(urlPathEqualTo("/r/nosuchsub/comments")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/subreddits/search?q=nosuchsub")));
        assertThatThrownBy(() -> connector.fetch(new ListeningQuery(QueryKind.COMMENTS, "nosuchsub"), Checkpoint.empty()))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("no such subreddit");
        server.verify(0, getRequestedFor(urlPathEqualTo("/subreddits/search")));
    }

    @Test
    void userAgent_mustFollowRedditsFormat() {
        assertThatThrownBy(() -> RedditConnector.builder().userAgent("okhttp/5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("by /u/");
    }
}
