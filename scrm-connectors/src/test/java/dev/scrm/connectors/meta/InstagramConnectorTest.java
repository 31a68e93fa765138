package dev.scrm.connectors.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.connector.QueryKind;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.Fixtures;
import dev.scrm.connectors.TestClock;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.core.Direction;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.SocialIdentity;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstagramConnectorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String TOKEN = "EAAtesttoken123";
    private WireMockServer server;
    private TestClock clock;
    private InstagramConnector connector;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        clock = new TestClock(NOW);
        connector = InstagramConnector.builder().baseUrl(URI.create("http://127.0.0.1:" + server.port() + "/v21.0"))
                .token(Secret.of(TOKEN)).businessAccount("17841400000000001").pageSize(2)
                .settings(HttpSettings.builder().clock(clock).sleeper(clock.sleeper()).build()).build();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void media_mapsOwnPosts_andStoresTheNextLinkWithoutTheToken() {
        server.stubFor(get(urlPathEqualTo("/v21.0/17841400000000001/media")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("facebook/ig_media_p1.json").replace("https://graph.facebook.com",
                        "http://127.0.0.1:" + server.port()))));
        Page page = connector.fetch(ListeningQuery.accountPosts("17841400000000001"), Checkpoint.empty());
        assertThat(page.interactions()).hasSize(2);
        Interaction first = page.interactions().get(0);
        assertThat(first.id().platform()).isEqualTo(Platform.INSTAGRAM);
        assertThat(first.kind()).isEqualTo(InteractionKind.POST);
        assertThat(first.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(first.engagement().count(EngagementType.LIKES)).hasValue(41);
        assertThat(first.occurredAt()).isEqualTo(Instant.parse("2026-11-24T18:02:11Z"));
        assertThat(first.text()).contains("part three");
        assertThat(page.identities()).extracting(SocialIdentity::handle).containsExactly("acme.widgets");
        assertThat(page.last()).isFalse();
        assertThat(page.next().values().toString()).doesNotContain(TOKEN);
        assertThat(page.next().value("next").orElseThrow()).contains("after=QVFIUafter").doesNotContain("access_token");
        server.verify(getRequestedFor(urlPathEqualTo("/v21.0/17841400000000001/media")));
        assertThat(server.getAllServeEvents().get(0).getRequest().getUrl()).contains("access_token=" + TOKEN);
    }

    @Test
    void comments_mapRepliesAndAuthorsWithOrWithoutFrom() {
        server.stubFor(get(urlPathEqualTo("/v21.0/17900000000000003/comments")).willReturn(aResponse()
                .withStatus(200).withBody(Fixtures.read("facebook/ig_comments_p1.json"))));
        Page page = connector.fetch(new ListeningQuery(QueryKind.COMMENTS, "17900000000000003"), Checkpoint.empty());
        assertThat(page.interactions()).hasSize(2);
        Interaction reply = page.interactions().get(0);
        assertThat(reply.kind()).isEqualTo(InteractionKind.REPLY);
        assertThat(reply.inReplyTo().nativeId()).isEqualTo("17870000000000011");
        assertThat(reply.author().nativeId()).isEqualTo("17841400000000777");
        Interaction top = page.interactions().get(1);
        assertThat(top.kind()).isEqualTo(InteractionKind.COMMENT);
        assertThat(top.inReplyTo().nativeId()).isEqualTo("17900000000000003");
        assertThat(top.author().nativeId()).isEqualTo("@bob_example");
        assertThat(page.last()).isTrue();
    }

    @Test
    void businessDiscovery_readsFollowersOfAnotherAccount() {
        server.stubFor(get(urlPathEqualTo("/v21.0/17841400000000001")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("facebook/ig_business_discovery_user.json"))));
        SocialIdentity who = connector.profile("acme.widgets").orElseThrow();
        assertThat(who.id().nativeId()).isEqualTo("17841400000000101");
        assertThat(who.handle()).isEqualTo("acme.widgets");
        assertThat(who.followerCounts().followers()).isEqualTo(64976);
        assertThat(server.getAllServeEvents().get(0).getRequest().queryParameter("fields").firstValue())
                .isEqualTo("business_discovery.username(acme.widgets){" + "id,username,name,biography,website,"
                        + "followers_count,follows_count,media_count}");
    }

    @Test
    void instagramThrottle80002_isWaitedOutForTheRegainTime() {
        server.stubFor(get(urlPathEqualTo("/v21.0/17841400000000001/media")).inScenario("t")
                .whenScenarioStateIs("Started").willReturn(aResponse().withStatus(400)
                        .withBody(Fixtures.read("facebook/error_ig_throttle_80002.json"))).willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo("/v21.0/17841400000000001/media")).inScenario("t")
                .whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)
                        .withBody(Fixtures.read("facebook/ig_media_p1.json"))));
        Page page = connector.fetch(ListeningQuery.accountPosts("17841400000000001"), Checkpoint.empty());
        assertThat(page.interactions()).hasSize(2);
        assertThat(Duration.between(NOW, clock.instant())).isGreaterThanOrEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void usernameLookup_withoutBusinessAccount_isAConfigurationError() {
        InstagramConnector bare = InstagramConnector.builder().baseUrl(URI.create("http://127.0.0.1:1/v21.0"))
                .token(Secret.of(TOKEN)).build();
        assertThatThrownBy(() -> bare.profile("acme.widgets")).isInstanceOf(IllegalStateException.class);
        assertThat(bare.toString()).doesNotContain(TOKEN);
    }
}
