package dev.scrm.connectors.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.RateLimitedException;
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

class XConnectorTest {

    private WireMockServer server;
    private XConnector connector;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        connector = XConnector.builder().baseUrl(URI.create("http://127.0.0.1:" + server.port()))
                .token(Secret.of("x-app-token-abcdef"))
                .settings(HttpSettings.builder().clock(Clock.fixed(Instant.parse("2022-10-07T22:43:00Z"), ZoneOffset.UTC))
                        .sleeper(d -> { }).build())
                .build();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void recentSearch_recordedPage_pagesWithNextTokenThenSinceId() {
        server.stubFor(get(urlPathEqualTo("/2/tweets/search/recent")).willReturn(aResponse().withStatus(200)
                .withHeader("x-rate-limit-limit", "450").withHeader("x-rate-limit-remaining", "448")
                .withHeader("x-rate-limit-reset", "1665183229").withBody(Fixtures.read("x/search_recent_minimal.json"))));
        Page page = connector.fetch(ListeningQuery.search("Tweepy"), Checkpoint.empty());
        assertThat(page.interactions()).hasSize(10);
        assertThat(page.interactions().get(0).id().nativeId()).isEqualTo("1578516068309794817");
        assertThat(page.last()).isFalse();
        assertThat(page.next().value("next_token")).contains("b26v89c19zqg8o3fpzbn1e0ffhxjiofzw6po136rvbnul");
        server.verify(getRequestedFor(urlPathEqualTo("/2/tweets/search/recent")).withQueryParam("query", equalTo("Tweepy"))
                .withQueryParam("expansions", equalTo(
                        "author_id,referenced_tweets.id,in_reply_to_user_id,entities.mentions.username"))
                .withHeader("Authorization", equalTo("Bearer x-app-token-abcdef")));
    }

    @Test
    void expansions_joinAuthors_mapReplies_andPartialErrorsBecomeTombstones() {
        server.stubFor(get(urlPathEqualTo("/2/tweets/search/recent")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("x/search_expansions_handwritten.json"))));
        Page page = connector.fetch(ListeningQuery.hashtag("acme"), Checkpoint.empty().with("pending_newest", "1"));
        Interaction reply = page.interactions().get(0);
        assertThat(reply.kind()).isEqualTo(InteractionKind.REPLY);
        assertThat(reply.inReplyTo().nativeId()).isEqualTo("1861000000000000001");
        assertThat(reply.conversationId()).isEqualTo("1861000000000000001");
        assertThat(reply.engagement().count(EngagementType.VIEWS)).hasValue(250);
        assertThat(reply.url().toString()).isEqualTo("https://x.com/alice_example/status/1861000000000000002");
        assertThat(reply.attributes()).containsEntry("hashtags", "acme");
        assertThat(page.interactions().get(1).text()).startsWith("A long post about Acme widgets");
        SocialIdentity alice = page.identities().get(0);
        assertThat(alice.bioLinks()).extracting(URI::toString).containsExactly("https://alice.example");
        assertThat(alice.followerCounts().followers()).isEqualTo(120);
        assertThat(alice.location()).isEqualTo("Testville");
        assertThat(page.tombstones()).extracting(t -> t.id().nativeId()).containsExactly("1860999999999999999");
        assertThat(page.last()).isTrue();
        assertThat(page.next().value("since_id")).contains("1861000000000000003");
        server.verify(getRequestedFor(urlPathEqualTo("/2/tweets/search/recent")).withQueryParam("query", equalTo("#acme")));
    }

    @Test
    void freeTier_failsWithoutRetry() {
        server.stubFor(get(urlPathEqualTo("/2/tweets/search/recent")).willReturn(aResponse().withStatus(403)
                .withBody("{\"title\":\"Forbidden\",\"detail\":\"When authenticating requests to the Twitter API v2 endpoints,"
                        + " you must use keys and tokens from a Twitter developer App that is attached to a Project.\","
                        + "\"reason\":\"client-not-enrolled\",\"type\":\"https://api.twitter.com/2/problems/client-forbidden\"}")));
        assertThatThrownBy(() -> connector.fetch(ListeningQuery.search("acme"), Checkpoint.empty()))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("access level");
        server.verify(1, getRequestedFor(urlPathEqualTo("/2/tweets/search/recent")));
    }

    @Test
    void usageCap_failsWithoutRetry() {
        server.stubFor(get(urlPathEqualTo("/2/tweets/search/recent")).willReturn(aResponse().withStatus(429)
                .withBody("{\"title\":\"UsageCapExceeded\",\"detail\":\"Usage cap exceeded: Monthly product cap\","
                        + "\"type\":\"https://api.twitter.com/2/problems/usage-capped\"}")));
        assertThatThrownBy(() -> connector.fetch(ListeningQuery.search("acme"), Checkpoint.empty()))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryable()).isFalse());
        server.verify(1, getRequestedFor(urlPathEqualTo("/2/tweets/search/recent")));
    }
}
