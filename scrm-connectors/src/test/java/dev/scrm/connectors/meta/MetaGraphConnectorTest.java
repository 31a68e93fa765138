package dev.scrm.connectors.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.scrm.connector.AuthenticationException;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.QueryKind;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.Fixtures;
import dev.scrm.connectors.TestClock;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionKind;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetaGraphConnectorTest {

    private static final String TOKEN = "EAABpagetoken0123456789";
    private WireMockServer server;
    private MetaGraphConnector connector;
    private final List<Duration> waits = new ArrayList<>();
    /** A clock that only the sleeper moves. */
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T12:00:00Z"));

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        connector = MetaGraphConnector.builder().baseUrl(URI.create("http://127.0.0.1:" + server.port() + "/v21.0"))
                .token(Secret.of(TOKEN))
                .settings(HttpSettings.builder().clock(clock).sleeper(d -> {
                    waits.add(d);
                    clock.advance(d);
                }).build())
                .build();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void pageFeed_recordedPage_mapsPosts_andRefusesANextLinkToAnotherHost() {
        server.stubFor(get(urlPathEqualTo("/v21.0/1234567890/feed")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("facebook/page_feed_p1.json"))));
        Page page = connector.fetch(ListeningQuery.accountPosts("1234567890"), Checkpoint.empty());
        assertThat(page.interactions()).hasSize(5);
        Interaction first = page.interactions().get(0);
        assertThat(first.id().nativeId()).isEqualTo("1234567890_10113477241177441");
        assertThat(first.occurredAt()).isEqualTo(Instant.parse("2021-07-04T19:50:58Z"));
        assertThat(first.text()).isEqualTo("Happy holidays from the Acme team!");
        assertThat(page.last()).as("the recorded next link points at graph.facebook.com, not this server").isTrue();
        assertThat(page.next().values().toString()).doesNotContain("access_token");
        server.verify(getRequestedFor(urlPathEqualTo("/v21.0/1234567890/feed")).withQueryParam("access_token",
                equalTo(TOKEN)));
    }

    @Test
    void comments_followTheNextLinkWithoutStoringTheToken_andTakeIdsFromPermalinks() {
        String base = "http://127.0.0.1:" + server.port();
        String body = Fixtures.read("facebook/post_comments_p1.json").replace("https://graph.facebook.com/v11.0", base + "/v21.0");
        server.stubFor(get(urlPathEqualTo("/v21.0/1234567890_10158407654328553/comments"))
                .withQueryParam("after", absent()).willReturn(aResponse().withStatus(200).withBody(body)));
        server.stubFor(get(urlPathEqualTo("/v21.0/1234567890_10158407654328553/comments"))
                .withQueryParam("after", equalTo("after")).willReturn(aResponse().withStatus(200)
                        .withBody("{\"data\":[],\"paging\":{}}")));
        ListeningQuery q = new ListeningQuery(QueryKind.COMMENTS, "1234567890_10158407654328553");
        Page page = connector.fetch(q, Checkpoint.empty());
        Interaction c = page.interactions().get(0);
        assertThat(c.id().nativeId()).isEqualTo("1234567890_10158407654328553_10158407835073553");
        assertThat(c.kind()).isEqualTo(InteractionKind.COMMENT);
        assertThat(c.inReplyTo().nativeId()).isEqualTo("1234567890_10158407654328553");
        assertThat(c.engagement().count(EngagementType.REPLIES)).hasValue(1);
        assertThat(page.last()).isFalse();
        assertThat(page.next().value("next")).hasValueSatisfying(n -> assertThat(n).doesNotContain("access_token")
                .contains("after=after"));
        Page second = connector.fetch(q, page.next());
        assertThat(second.last()).isTrue();
        server.verify(getRequestedFor(urlPathEqualTo("/v21.0/1234567890_10158407654328553/comments"))
                .withQueryParam("after", equalTo("after")).withQueryParam("access_token", equalTo(TOKEN)));
    }

    @Test
    void usageHeaders_slowDownBeforeTheLimit_andThrottleCodesAreWaitedOut() {
        server.stubFor(get(urlPathEqualTo("/v21.0/1234567890/feed")).inScenario("usage")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"message\":\"(#4) Application request"
                        + " limit reached\",\"type\":\"OAuthException\",\"is_transient\":true,\"code\":4,"
                        + "\"fbtrace_id\":\"Abc\"}}").withHeader("X-App-Usage",
                        "{\"call_count\":100,\"total_cputime\":20,\"total_time\":30}"))
                .willSetStateTo("second"));
        server.stubFor(get(urlPathEqualTo("/v21.0/1234567890/feed")).inScenario("usage").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(200).withBody("{\"data\":[]}")
                        .withHeader("X-Business-Use-Case-Usage", "{\"1234567890\":[{\"type\":\"pages\",\"call_count\":95,"
                                + "\"total_cputime\":10,\"total_time\":10,\"estimated_time_to_regain_access\":0}]}")));
        Page page = connector.fetch(ListeningQuery.accountPosts("1234567890"), Checkpoint.empty());
        assertThat(page.last()).isTrue();
        assertThat(waits).isNotEmpty();
        assertThat(waits.get(0)).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void permissionAndTokenErrors_failWithoutRetry() {
        server.stubFor(get(urlPathEqualTo("/v21.0/999/feed")).willReturn(aResponse().withStatus(400)
                .withBody(Fixtures.read("facebook/error_oauthexception_100.json"))));
        assertThatThrownBy(() -> connector.fetch(ListeningQuery.accountPosts("999"), Checkpoint.empty()))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageNotContaining(TOKEN);
        server.verify(1, getRequestedFor(urlPathEqualTo("/v21.0/999/feed")));
        server.stubFor(get(urlPathEqualTo("/v21.0/998/feed")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\","
                        + "\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"X\"}}")));
        assertThatThrownBy(() -> connector.fetch(ListeningQuery.accountPosts("998"), Checkpoint.empty()))
                .isInstanceOf(AuthenticationException.class);
    }
}
