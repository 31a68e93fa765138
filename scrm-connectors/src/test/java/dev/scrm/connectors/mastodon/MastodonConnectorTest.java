package dev.scrm.connectors.mastodon;

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
import dev.scrm.connector.Secret;
import dev.scrm.connectors.Fixtures;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.core.Direction;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MastodonConnectorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private WireMockServer server;
    private MastodonConnector connector;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        connector = MastodonConnector.builder().baseUrl(URI.create("http://127.0.0.1:" + server.port()))
                .token(Secret.of("fixture-token-123456"))
                .settings(HttpSettings.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).sleeper(d -> { }).build())
                .build();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void stubTimeline(String body, JsonNode headers) {
        var response = aResponse().withStatus(200).withBody(body);
        headers.get("headers").properties().forEach(e -> response.withHeader(e.getKey(), e.getValue().asString()));
        server.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/acme")).willReturn(response));
    }

    @Test
    void hashtagTimeline_recordedPage_mapsStatusAndFollowsTheLinkHeader() {
        stubTimeline(Fixtures.read("mastodon/timeline_tag_acme.json"),
                JsonMapper.builder().build().readTree(Fixtures.read("mastodon/timeline_tag_acme.headers.json")));
        Page page = connector.fetch(ListeningQuery.hashtag("#acme"), Checkpoint.empty());

        assertThat(page.last()).isFalse();
        assertThat(page.next().value("max_id")).contains("117020593741189701");
        assertThat(page.next().value("newest_id")).contains("117020593741189701");
        Interaction i = page.interactions().get(0);
        assertThat(i.id().nativeId())
                .isEqualTo("http://localhost:3000/ap/users/117020566092212359/statuses/117020593741189701");
        assertThat(i.kind()).isEqualTo(InteractionKind.MENTION);
        assertThat(i.direction()).isEqualTo(Direction.INBOUND);
        assertThat(i.text()).isEqualTo("#acme Test post about Acme widgets");
        assertThat(i.language()).isEqualTo("ja");
        assertThat(i.occurredAt()).isEqualTo(Instant.parse("2026-08-01T13:55:55.867Z"));
        assertThat(i.engagement().count(EngagementType.LIKES)).hasValue(0);
        assertThat(i.engagement().count(EngagementType.QUOTES)).hasValue(0);
        assertThat(i.attributes()).containsEntry("local_id", "117020593741189701").containsEntry("hashtags", "acme");
        assertThat(i.raw().body()).contains("\"quote_approval\"");
        assertThat(i.provenance().source()).isEqualTo("connector:mastodon");
        SocialIdentity author = page.identities().get(0);
        assertThat(author.id()).isEqualTo(i.author());
        assertThat(author.handle()).isEqualTo("alice_example@127.0.0.1");
        assertThat(author.displayName()).isNull();
        assertThat(author.attributes()).containsEntry("global_uri", "http://localhost:3000/ap/users/117020566092212359");
        assertThat(author.followerCounts().followers()).isZero();
        server.verify(getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/acme"))
                .withQueryParam("limit", equalTo("40"))
                .withHeader("Authorization", equalTo("Bearer fixture-token-123456")));
    }

    @Test
    void emptyPageWithoutLinkHeader_keepsOurOwnCursor() {
        server.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/acme")).willReturn(aResponse().withStatus(200)
                .withBody("[]")));
        Checkpoint following = Checkpoint.empty().with("phase", "follow").with("newest_id", "117000");
        Page page = connector.fetch(ListeningQuery.hashtag("acme"), following);
        assertThat(page.interactions()).isEmpty();
        assertThat(page.last()).isTrue();
        assertThat(page.next()).isEqualTo(following);
        server.verify(getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/acme"))
                .withQueryParam("min_id", equalTo("117000")));
    }

    @Test
    void boost_yieldsTheOriginalAndAShare_andOptedOutAuthorsAreLeftOut() {
        server.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/acme")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("mastodon/status_reblog_handwritten.json"))));
        Page page = connector.fetch(ListeningQuery.hashtag("acme"), Checkpoint.empty());

        assertThat(page.interactions()).hasSize(2);
        Interaction original = page.interactions().get(0);
        assertThat(original.id().nativeId()).isEqualTo("https://other.example/users/dave/statuses/113400000000000500");
        assertThat(original.kind()).isEqualTo(InteractionKind.REPLY);
        assertThat(original.text()).isEqualTo("Acme review\n\nMy Acme widget & its charger broke\nafter two days.\n\n"
                + "Not impressed #Acme");
        assertThat(original.engagement().count(EngagementType.SHARES)).hasValue(5);
        assertThat(original.engagement().count(EngagementType.LIKES)).hasValue(11);
        assertThat(original.attributes()).containsEntry("in_reply_to_id", "113300000000000100")
                .containsEntry("edited_at", "2026-11-19T18:05:00.000Z");
        Interaction share = page.interactions().get(1);
        assertThat(share.kind()).isEqualTo(InteractionKind.SHARE);
        assertThat(share.attributes()).containsEntry("shared_uri", original.id().nativeId());
        assertThat(page.interactions()).noneMatch(i -> i.id().nativeId().contains("erin"));
        SocialIdentity dave = page.identities().stream().filter(s -> "dave@other.example".equals(s.handle()))
                .findFirst().orElseThrow();
        assertThat(dave.verified()).isTrue();
        assertThat(dave.bioLinks()).extracting(URI::toString)
                .containsExactly("https://dave.example/blog", "https://dave.example");
        assertThat(dave.followerCounts().followers()).isEqualTo(321);
        assertThat(dave.bio()).isEqualTo("Invented person. Blog: dave.example/blog");
    }

    @Test
    void notifications_mapMentionsAndFollows_andIgnoreUnknownTypes() {
        server.stubFor(get(urlPathEqualTo("/api/v1/notifications")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("mastodon/notifications_handwritten.json"))));
        Page page = connector.fetch(ListeningQuery.notifications(), Checkpoint.empty());
        assertThat(page.interactions()).extracting(Interaction::kind)
                .containsExactly(InteractionKind.FOLLOW, InteractionKind.REPLY);
        assertThat(page.interactions().get(1).text()).isEqualTo("@acme my order has not arrived");
    }

    @Test
    void profileLookup_mapsTheAccount_andCachesIt() {
        String account = JsonMapper.builder().build().readTree(Fixtures.read("mastodon/search_v2_resolve.json"))
                .get("accounts").get(0).toString();
        server.stubFor(get(urlPathEqualTo("/api/v1/accounts/lookup")).withQueryParam("acct", equalTo("alice_example"))
                .willReturn(aResponse().withStatus(200).withBody(account)));
        SocialIdentity alice = connector.profile("@alice_example").orElseThrow();
        assertThat(alice.displayName()).isEqualTo("Alice Example");
        assertThat(alice.bio()).isEqualTo("Invented test person");
        assertThat(alice.attributes()).containsEntry("indexable", "true").containsEntry("statuses_count", "22");
        assertThat(connector.profile("alice_example")).contains(alice);
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/accounts/lookup")));
        assertThat(connector.profile("nobody")).isEmpty();
    }

    @Test
    void searchFixture_withoutStatuses_isTheLastPage() {
        server.stubFor(get(urlPathEqualTo("/api/v2/search")).willReturn(aResponse().withStatus(200)
                .withBody(Fixtures.read("mastodon/search_v2_resolve.json"))));
        Page page = connector.fetch(ListeningQuery.search("acme"), Checkpoint.empty());
        assertThat(page.interactions()).isEmpty();
        assertThat(page.last()).isTrue();
    }

    @Test
    void invalidToken_isAnAuthenticationFailureWithoutRetry() {
        server.stubFor(get(urlPathEqualTo("/api/v1/timelines/tag/acme")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"The access token is invalid\"}")));
        assertThatThrownBy(() -> connector.fetch(ListeningQuery.hashtag("acme"), Checkpoint.empty()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("connector 'mastodon' got 401 on hashtag")
                .hasMessageNotContaining("fixture-token");
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/timelines/tag/acme")));
    }
}
