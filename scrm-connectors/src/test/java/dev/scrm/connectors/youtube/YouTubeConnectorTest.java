package dev.scrm.connectors.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.QueryKind;
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

class YouTubeConnectorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final ListeningQuery VIDEO = new ListeningQuery(QueryKind.COMMENTS, "F1UP7wRCPH8");
    private WireMockServer server;
    private YouTubeConnector connector;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        connector = YouTubeConnector.builder().baseUrl(URI.create("http://127.0.0.1:" + server.port() + "/youtube/v3"))
                .apiKey(Secret.of("AIzaTestKey0123456789"))
                .settings(HttpSettings.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).sleeper(d -> { }).build())
                .build();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void commentThreads_recordedPage_mapsCommentsAndPagesWithTheToken() {
        server.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("youtube/commentThreads_list_page1.json"))));
        Page page = connector.fetch(VIDEO, Checkpoint.empty());
        assertThat(page.interactions()).hasSizeGreaterThanOrEqualTo(5);
        Interaction first = page.interactions().get(0);
        assertThat(first.id().nativeId()).isEqualTo("UgyZ1jqkHKYvi1-ruOZ4AaABAg");
        assertThat(first.kind()).isEqualTo(InteractionKind.COMMENT);
        assertThat(first.text()).isEqualTo("Test comment about Acme widgets");
        assertThat(first.occurredAt()).isEqualTo(Instant.parse("2019-11-26T15:51:44Z"));
        assertThat(first.engagement().count(EngagementType.LIKES)).hasValue(0);
        assertThat(first.conversationId()).isEqualTo("F1UP7wRCPH8");
        assertThat(first.author().nativeId()).startsWith("UCtest");
        assertThat(page.last()).isFalse();
        assertThat(page.next().value("page_token")).isPresent();
        assertThat(page.identities()).allSatisfy(s -> assertThat(s.displayName()).isNotBlank());
        server.verify(getRequestedFor(urlPathEqualTo("/youtube/v3/commentThreads"))
                .withQueryParam("key", equalTo("AIzaTestKey0123456789")).withQueryParam("order", equalTo("time")));
    }

    @Test
    void channel_statisticsAsStrings_mapToFollowerCounts() {
        server.stubFor(get(urlPathEqualTo("/youtube/v3/channels")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("youtube/channels_list_statistics.json"))));
        SocialIdentity channel = connector.profile("@googledevelopers").orElseThrow();
        assertThat(channel.followerCounts().followers()).isEqualTo(1_927_873L);
        assertThat(channel.handle()).isEqualTo("googledevelopers");
        assertThat(channel.attributes()).containsEntry("video_count", "5026");
        server.verify(getRequestedFor(urlPathEqualTo("/youtube/v3/channels"))
                .withQueryParam("forHandle", equalTo("@googledevelopers")));
    }

    @Test
    void quotaExceeded_failsUntilMidnightPacific_andKeyInvalidIsAnAuthFailure() {
        server.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads")).willReturn(aResponse().withStatus(403)
                .withBody(Fixtures.read("youtube/error_quotaExceeded_403_handwritten.json"))));
        assertThatThrownBy(() -> connector.fetch(VIDEO, Checkpoint.empty()))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.retryAfter()).contains(Instant.parse("2026-11-26T08:00:00Z"));
                    assertThat(e.getMessage()).doesNotContain("AIzaTestKey");
                });
        server.verify(1, getRequestedFor(urlPathEqualTo("/youtube/v3/commentThreads")));
        server.stubFor(get(urlPathEqualTo("/youtube/v3/channels")).willReturn(aResponse().withStatus(400)
                .withBody(Fixtures.read("youtube/error_keyInvalid_400.json"))));
        assertThatThrownBy(() -> connector.profile("@acme")).isInstanceOf(AuthenticationException.class);
    }
}
