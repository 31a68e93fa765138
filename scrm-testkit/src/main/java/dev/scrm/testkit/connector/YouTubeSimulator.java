package dev.scrm.testkit.connector;

import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.QueryKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * YouTube Data API v3's dialect: {@code commentThreads.list} of one video with {@code key=} authentication,
 * newest first, paged by an opaque {@code nextPageToken} with page sizes that vary (every third page shorter),
 * error envelopes with {@code errors[0].reason}, no rate-limit headers (a 429 from the kit arrives as
 * {@code rateLimitExceeded}), and no deletion signal in listings: a deleted comment simply stops appearing.
 * People are invented. Thread-safe.
 */
public final class YouTubeSimulator implements PlatformSimulator {

    private final String videoId;
    private final String key;

    /**
     * A simulator serving one video's comments to one API key.
     *
     * @param videoId the video
     * @param key the valid API key
     */
    public YouTubeSimulator(String videoId, String key) {
        this.videoId = Objects.requireNonNull(videoId, "videoId");
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public ListeningQuery query() {
        return new ListeningQuery(QueryKind.COMMENTS, videoId);
    }

    @Override
    public String nativeId(SimPost post) {
        return "Ugz" + Long.toString(post.seq() + 50_000_000L, 36) + "AaABAg";
    }

    @Override
    public boolean isListing(SimRequest request) {
        return request.path().endsWith("/commentThreads");
    }

    @Override
    public boolean authorized(SimRequest request, Instant now) {
        return key.equals(request.param("key"));
    }

    @Override
    public SimResponse authFailure() {
        return SimResponse.json(400, "{\"error\":{\"errors\":[{\"domain\":\"usageLimits\",\"reason\":\"keyInvalid\","
                + "\"message\":\"Bad Request\"}],\"code\":400,\"message\":\"Bad Request\"}}");
    }

    @Override
    public Map<String, String> rateLimitHeaders(long limit, long remaining, Instant reset, Instant now) {
        return Map.of();
    }

    @Override
    public String rateLimitedBody() {
        return "{\"error\":{\"errors\":[{\"domain\":\"youtube.quota\",\"reason\":\"rateLimitExceeded\","
                + "\"message\":\"Rate limit exceeded\"}],\"code\":429,\"message\":\"Rate limit exceeded\"}}";
    }

    @Override
    public boolean reportsRateLimits() {
        return false;
    }

    @Override
    public SimResponse serve(SimRequest request, SimWorld world, Instant now) {
        if (request.path().endsWith("/comments")) {
            List<String> found = new ArrayList<>();
            String ids = Objects.requireNonNullElse(request.param("id"), "");
            for (SimPost p : world.newestFirst()) {
                for (String id : ids.split(",")) {
                    if (id.equals(nativeId(p))) {
                        found.add("{\"kind\":\"youtube#comment\",\"id\":\"" + id + "\"}");
                    }
                }
            }
            return SimResponse.json(200, "{\"kind\":\"youtube#commentListResponse\",\"items\":["
                    + String.join(",", found) + "]}");
        }
        if (!isListing(request) || !videoId.equals(request.param("videoId"))) {
            return SimResponse.json(404, "{\"error\":{\"errors\":[{\"domain\":\"youtube.commentThread\","
                    + "\"reason\":\"videoNotFound\",\"message\":\"Not found\"}],\"code\":404,\"message\":\"Not found\"}}");
        }
        int limit = Math.min(100, Integer.parseInt(Objects.requireNonNullElse(request.param("maxResults"), "20")));
        List<SimPost> all = world.newestFirst();
        String token = request.param("pageToken");
        int offset = token == null ? 0 : Integer.parseInt(new String(Base64.getUrlDecoder().decode(token),
                StandardCharsets.UTF_8).substring(2));
        int size = (offset / Math.max(1, limit)) % 3 == 2 ? Math.max(1, limit - 8) : limit;
        int end = Math.min(all.size(), offset + size);
        List<String> items = new ArrayList<>();
        for (SimPost p : all.subList(Math.min(offset, end), end)) {
            String[] author = SimWorld.AUTHORS.get(p.author());
            String channel = ("UCtest" + author[0] + "000000000000000000").substring(0, 24);
            items.add("{\"kind\":\"youtube#commentThread\",\"id\":\"" + nativeId(p) + "\",\"snippet\":{\"videoId\":\""
                    + videoId + "\",\"topLevelComment\":{\"kind\":\"youtube#comment\",\"id\":\"" + nativeId(p)
                    + "\",\"snippet\":{\"authorDisplayName\":\"" + author[1] + "\",\"authorChannelUrl\":"
                    + "\"http://www.youtube.com/channel/" + channel + "\",\"authorChannelId\":{\"value\":\"" + channel
                    + "\"},\"videoId\":\"" + videoId + "\",\"textDisplay\":\"" + MastodonSimulator.escapeJson(p.text())
                    + "\",\"textOriginal\":\"" + MastodonSimulator.escapeJson(p.text()) + "\",\"likeCount\":"
                    + (p.seq() % 7) + ",\"publishedAt\":\"" + p.createdAt() + "\",\"updatedAt\":\"" + p.createdAt()
                    + "\"}},\"canReply\":true,\"totalReplyCount\":0,\"isPublic\":true}}");
        }
        StringBuilder json = new StringBuilder("{\"kind\":\"youtube#commentThreadListResponse\"");
        if (end < all.size()) {
            json.append(",\"nextPageToken\":\"").append(Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("o:" + end).getBytes(StandardCharsets.UTF_8))).append('"');
        }
        json.append(",\"pageInfo\":{\"totalResults\":").append(all.size()).append(",\"resultsPerPage\":").append(limit)
                .append("},\"items\":[").append(String.join(",", items)).append("]}");
        return SimResponse.json(200, json.toString());
    }
}
