package dev.scrm.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.Interaction;
import dev.scrm.core.Platform;
import dev.scrm.core.SocialIdentity;
import dev.scrm.testkit.connector.ManualClock;
import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WorldConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlatformSimulatorsTest {

    private static final SyntheticWorld WORLD = SyntheticWorld.generate(WorldConfig.ofDefaults().withPersons(400));

    @RegisterExtension
    static final SimulatorExtension SIMULATORS = SimulatorExtension.of(WORLD)
            .withSettings(SimulatorSettings.ofDefaults().withoutRateLimits());

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String url, boolean auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (auth) {
            b.header("Authorization", "Bearer test-token");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long countWorld(Platform platform, Pattern pattern, boolean topLevelOnly) {
        return WORLD.interactions(platform).stream()
                .filter(i -> !topLevelOnly || i.inReplyTo() == null)
                .filter(i -> pattern.matcher(i.text().toLowerCase(Locale.ROOT)).find())
                .count();
    }

    private static Pattern word(String w) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}_])");
    }

    @Test
    void mastodon_tagTimeline_pagesByLinkHeaderToTheEnd(PlatformSimulators sims) throws Exception {
        String url = sims.baseUrl(Platform.MASTODON) + "/api/v1/timelines/tag/lumetra?limit=5";
        Set<String> ids = new HashSet<>();
        int pages = 0;
        String previousMax = null;
        while (url != null) {
            HttpResponse<String> r = get(url, false);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("X-RateLimit-Limit")).contains("300");
            assertThat(Instant.parse(r.headers().firstValue("X-RateLimit-Reset").orElseThrow())).isNotNull();
            JsonNode arr = JSON.readTree(r.body());
            if (arr.isEmpty()) {
                assertThat(r.headers().firstValue("Link")).as("empty page has no Link").isEmpty();
                break;
            }
            pages++;
            for (JsonNode s : arr) {
                assertThat(ids.add(s.get("uri").asString())).isTrue();
                assertThat(s.get("content").asString()).contains("class=\"mention hashtag\"");
                assertThat(s.get("account").get("acct").asString()).contains("@");
                String id = s.get("id").asString();
                if (previousMax != null) {
                    assertThat(Long.parseLong(id)).isLessThan(Long.parseLong(previousMax));
                }
                previousMax = id;
            }
            Matcher m = NEXT.matcher(r.headers().firstValue("Link").orElseThrow());
            url = m.find() ? m.group(1) : null;
        }
        long expected = WORLD.interactions(Platform.MASTODON).stream()
                .filter(i -> Pattern.compile("(?<![\\p{L}\\p{N}_&])#lumetra(?![\\p{L}\\p{N}_])")
                        .matcher(i.text().toLowerCase(Locale.ROOT)).find())
                .count();
        assertThat(ids).hasSize((int) expected);
        assertThat(pages).isGreaterThan(1);
    }

    @Test
    void mastodon_lookupAndMinIdCatchUp(PlatformSimulators sims) throws Exception {
        SocialIdentity someone = WORLD.identities(Platform.MASTODON).get(0);
        HttpResponse<String> r = get(sims.baseUrl(Platform.MASTODON) + "/api/v1/accounts/lookup?acct="
                + enc(someone.handle()), false);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("id").asString()).isEqualTo(someone.id().nativeId());
        assertThat(get(sims.baseUrl(Platform.MASTODON) + "/api/v1/accounts/lookup?acct=nobody%40nowhere.example",
                false).statusCode()).isEqualTo(404);

        String base = sims.baseUrl(Platform.MASTODON) + "/api/v1/timelines/tag/lumetra";
        JsonNode newest = JSON.readTree(get(base + "?limit=5", false).body());
        String fifth = newest.get(4).get("id").asString();
        JsonNode after = JSON.readTree(get(base + "?limit=40&min_id=" + fifth, false).body());
        assertThat(after).hasSize(4);
        assertThat(after.get(0).get("id").asString()).isEqualTo(newest.get(0).get("id").asString());
    }

    @Test
    void mastodon_contextReconstructsTheThread(PlatformSimulators sims) throws Exception {
        Interaction reply = WORLD.interactions(Platform.MASTODON).stream().filter(i -> i.inReplyTo() != null)
                .findFirst().orElseThrow();
        String replyId = reply.id().nativeId().substring(reply.id().nativeId().lastIndexOf('/') + 1);
        String parentId = reply.inReplyTo().nativeId().substring(reply.inReplyTo().nativeId().lastIndexOf('/') + 1);
        JsonNode ctx = JSON.readTree(get(sims.baseUrl(Platform.MASTODON) + "/api/v1/statuses/" + replyId
                + "/context", false).body());
        assertThat(ctx.get("ancestors").get(ctx.get("ancestors").size() - 1).get("id").asString()).isEqualTo(parentId);
        JsonNode parentCtx = JSON.readTree(get(sims.baseUrl(Platform.MASTODON) + "/api/v1/statuses/" + parentId
                + "/context", false).body());
        List<String> descendants = new ArrayList<>();
        parentCtx.get("descendants").forEach(d -> descendants.add(d.get("id").asString()));
        assertThat(descendants).contains(replyId);
    }

    @Test
    void bluesky_searchPosts_pagesByCursorWithFacetsAtByteOffsets(PlatformSimulators sims) throws Exception {
        String base = sims.baseUrl(Platform.BLUESKY) + "/xrpc/app.bsky.feed.searchPosts?q=sonaro&limit=100";
        String cursor = null;
        int count = 0;
        do {
            HttpResponse<String> r = get(base + (cursor == null ? "" : "&cursor=" + enc(cursor)), true);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("RateLimit-Policy")).contains("3000;w=300");
            long reset = Long.parseLong(r.headers().firstValue("RateLimit-Reset").orElseThrow());
            assertThat(reset).isGreaterThan(1_700_000_000L);
            JsonNode body = JSON.readTree(r.body());
            for (JsonNode p : body.get("posts")) {
                count++;
                String text = p.get("record").get("text").asString();
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                JsonNode facets = p.get("record").get("facets");
                if (facets != null) {
                    for (JsonNode f : facets) {
                        int s = f.get("index").get("byteStart").asInt();
                        int e = f.get("index").get("byteEnd").asInt();
                        String slice = new String(bytes, s, e - s, StandardCharsets.UTF_8);
                        assertThat(slice).startsWith(slice.startsWith("#") ? "#" : "@");
                    }
                }
            }
            cursor = body.has("cursor") ? body.get("cursor").asString() : null;
        } while (cursor != null);
        assertThat(count).isEqualTo(countWorld(Platform.BLUESKY, word("sonaro"), false)).isPositive();
    }

    @Test
    void bluesky_anonymousCursorIsForbiddenAndUnknownProfileIsAnXrpcError(PlatformSimulators sims) throws Exception {
        HttpResponse<String> r = get(sims.baseUrl(Platform.BLUESKY)
                + "/xrpc/app.bsky.feed.searchPosts?q=lumetra&cursor=c2VhcmNoOjI1", false);
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> p = get(sims.baseUrl(Platform.BLUESKY)
                + "/xrpc/app.bsky.actor.getProfile?actor=nobody.example", false);
        assertThat(p.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(p.body()).get("error").asString()).isEqualTo("InvalidRequest");
        SocialIdentity someone = WORLD.identities(Platform.BLUESKY).get(0);
        JsonNode profile = JSON.readTree(get(sims.baseUrl(Platform.BLUESKY)
                + "/xrpc/app.bsky.actor.getProfile?actor=" + enc(someone.handle()), false).body());
        assertThat(profile.get("did").asString()).isEqualTo(someone.id().nativeId());
        assertThat(profile.get("followersCount").asLong()).isEqualTo(someone.followerCounts().followers());
    }

    @Test
    void reddit_search_pagesByAfterAndEscapesWithoutRawJson(PlatformSimulators sims) throws Exception {
        String base = sims.baseUrl(Platform.REDDIT) + "/search?q=vantix&sort=new&limit=100&raw_json=1";
        String after = null;
        int count = 0;
        do {
            HttpResponse<String> r = get(base + (after == null ? "" : "&after=" + after), true);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("X-Ratelimit-Remaining").orElseThrow()).endsWith(".0");
            JsonNode data = JSON.readTree(r.body()).get("data");
            for (JsonNode c : data.get("children")) {
                assertThat(c.get("kind").asString()).isEqualTo("t3");
                count++;
            }
            after = data.get("after").isNull() ? null : data.get("after").asString();
        } while (after != null);
        assertThat(count).isEqualTo(countWorld(Platform.REDDIT, word("vantix"), true));

        Interaction withAmp = WORLD.interactions(Platform.REDDIT).stream()
                .filter(i -> i.inReplyTo() == null && i.text().contains("'")).findFirst().orElseThrow();
        String article = withAmp.id().nativeId().substring(3);
        JsonNode escaped = JSON.readTree(get(sims.baseUrl(Platform.REDDIT) + "/comments/" + article, true).body());
        assertThat(escaped.get(0).get("data").get("children").get(0).get("data").get("title").asString())
                .contains("&#39;");
        assertThat(get(sims.baseUrl(Platform.REDDIT) + "/r/no_such_sub_here/new", true).statusCode()).isEqualTo(302);
        assertThat(get(sims.baseUrl(Platform.REDDIT) + "/search?q=vantix", false).statusCode()).isEqualTo(401);
    }

    @Test
    void x_recentSearch_pagesByNextTokenWithExpansionsAndValidatesParameters(PlatformSimulators sims)
            throws Exception {
        String base = sims.baseUrl(Platform.X) + "/2/tweets/search/recent?query=" + enc("lumetra OR #lumetra")
                + "&max_results=100&expansions=author_id&tweet.fields=created_at,author_id,public_metrics"
                + "&user.fields=username,public_metrics";
        String token = null;
        int count = 0;
        do {
            HttpResponse<String> r = get(base + (token == null ? "" : "&next_token=" + token), true);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("x-rate-limit-limit")).contains("450");
            JsonNode body = JSON.readTree(r.body());
            JsonNode data = body.get("data");
            if (data != null) {
                Set<String> users = new HashSet<>();
                body.get("includes").get("users").forEach(u -> users.add(u.get("id").asString()));
                for (JsonNode t : data) {
                    count++;
                    assertThat(users).contains(t.get("author_id").asString());
                    assertThat(t.get("public_metrics").has("like_count")).isTrue();
                }
            }
            JsonNode meta = body.get("meta");
            token = meta.has("next_token") ? meta.get("next_token").asString() : null;
        } while (token != null);
        assertThat(count).isEqualTo(countWorld(Platform.X, word("lumetra"), false));

        assertThat(get(sims.baseUrl(Platform.X) + "/2/tweets/search/recent?query=x&max_results=5", true)
                .statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = get(sims.baseUrl(Platform.X) + "/2/users/by/username/nobody_here_x", true);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(unknown.body()).get("errors").get(0).get("type").asString())
                .endsWith("resource-not-found");
        HttpResponse<String> anonymous = get(sims.baseUrl(Platform.X) + "/2/tweets/search/recent?query=x", false);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
    }

    @Test
    void rateLimit_refusesOnceTheWindowIsUsedUpAndRecoversInTheNextWindow() throws Exception {
        ManualClock clock = ManualClock.at(Instant.parse("2026-11-30T10:00:10Z"));
        SimulatorSettings settings = SimulatorSettings.ofDefaults()
                .withRateLimit(Platform.X, new RateLimit(3, Duration.ofMinutes(15))).withClock(clock);
        try (PlatformSimulators sims = PlatformSimulators.start(WORLD, settings)) {
            String url = sims.baseUrl(Platform.X) + "/2/tweets/search/recent?query=lumetra";
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> ok = get(url, true);
                assertThat(ok.statusCode()).isEqualTo(200);
                assertThat(ok.headers().firstValue("x-rate-limit-remaining")).contains(Integer.toString(2 - i));
            }
            HttpResponse<String> refused = get(url, true);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("x-rate-limit-reset"))
                    .contains(Long.toString(Instant.parse("2026-11-30T10:15:00Z").getEpochSecond()));
            clock.advance(Duration.ofMinutes(15));
            assertThat(get(url, true).statusCode()).isEqualTo(200);
            assertThat(sims.stats(Platform.X).rateLimited()).isEqualTo(1);
        }
    }

    @Test
    void brandProfiles_showTheFollowerCountOfTheClocksDay() throws Exception {
        ManualClock clock = ManualClock.at(WORLD.start().plus(Duration.ofHours(36)));
        try (PlatformSimulators sims = PlatformSimulators.start(WORLD, SimulatorSettings.ofDefaults().withClock(clock))) {
            String url = sims.baseUrl(Platform.X) + "/2/users/by/username/lumetra?user.fields=public_metrics";
            long early = JSON.readTree(get(url, true).body()).get("data").get("public_metrics")
                    .get("followers_count").asLong();
            clock.advance(Duration.ofDays(20));
            long later = JSON.readTree(get(url, true).body()).get("data").get("public_metrics")
                    .get("followers_count").asLong();
            SocialIdentity brand = WORLD.brandAccounts().stream()
                    .filter(b -> b.brandId().equals("lumetra") && b.identity().id().platform().equals(Platform.X))
                    .findFirst().orElseThrow().identity();
            assertThat(early).isEqualTo(WORLD.followersAt(brand.id(), WORLD.start().plus(Duration.ofHours(36)))
                    .orElseThrow().followers());
            assertThat(later).isEqualTo(WORLD.followersAt(brand.id(), clock.instant()).orElseThrow().followers())
                    .isNotEqualTo(early);
        }
    }

    @Test
    void faults_areSeededTransientAndReproducible() throws Exception {
        SimulatorSettings settings = SimulatorSettings.ofDefaults().withoutRateLimits().withFaults(0.3, 42);
        List<Integer> first = statusesOfAPagedPull(settings);
        List<Integer> second = statusesOfAPagedPull(settings);
        assertThat(first).isEqualTo(second);
        assertThat(first).contains(429, 503, -1);
    }

    /** Looks up 80 Mastodon accounts with retries; -1 stands for a truncated body. */
    private List<Integer> statusesOfAPagedPull(SimulatorSettings settings) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        try (PlatformSimulators sims = PlatformSimulators.start(WORLD, settings)) {
            int found = 0;
            for (SocialIdentity account : WORLD.identities(Platform.MASTODON).subList(0, 80)) {
                String url = sims.baseUrl(Platform.MASTODON) + "/api/v1/accounts/" + account.id().nativeId();
                for (int attempt = 0; attempt <= SimulatorSettings.MAX_CONSECUTIVE_FAULTS; attempt++) {
                    HttpResponse<String> r = get(url, false);
                    if (r.statusCode() != 200) {
                        statuses.add(r.statusCode());
                        continue;
                    }
                    try {
                        JsonNode a = JSON.readTree(r.body());
                        assertThat(a.get("id").asString()).isEqualTo(account.id().nativeId());
                        statuses.add(200);
                        found++;
                        break;
                    } catch (JacksonException truncated) {
                        statuses.add(-1);
                    }
                }
            }
            assertThat(found).as("every account is reached within the retry budget").isEqualTo(80);
            assertThat(sims.stats(Platform.MASTODON).faultsInjected()).isPositive();
        }
        return statuses;
    }

    @Test
    void concurrentClients_getTheSameAnswersAsOne(PlatformSimulators sims) throws Exception {
        String url = sims.baseUrl(Platform.X) + "/2/tweets/search/recent?max_results=100&query="
                + enc("sonaro OR vantix");
        String expected = get(url, true).body();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> get(url, true).body()));
            }
            for (var f : answers) {
                assertThat(f.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void baseUrl_isLoopbackAndUnknownPlatformsAreRejected(PlatformSimulators sims) {
        for (Platform p : sims.platforms()) {
            assertThat(sims.baseUrl(p).getHost()).isEqualTo("127.0.0.1");
        }
        assertThatThrownBy(() -> sims.baseUrl(Platform.YOUTUBE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("youtube");
    }
}
