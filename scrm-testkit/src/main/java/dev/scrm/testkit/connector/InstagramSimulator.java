package dev.scrm.testkit.connector;

import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.QueryKind;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The Instagram Graph API's dialect for the comments under one media object: {@code access_token} as a query
 * parameter, cursor paging with {@code paging.next} links that carry the token (every fourth page shorter),
 * authors as {@code username} plus {@code from{id,username}}, usage reported in {@code X-App-Usage} and
 * {@code X-Business-Use-Case-Usage} (type {@code instagram}) with the regain time in minutes, throttling as error
 * code 80002, and a deleted comment answered with code 100, subcode 33 on re-fetch. Dates use the {@code +0000}
 * offset. People are invented. Thread-safe.
 */
public final class InstagramSimulator extends GraphSimulator {

    private static final String MEDIA = "17900000000000003";
    private static final String ACCOUNT = "17841400000000001";
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    /**
     * A simulator serving one media object's comments to one access token.
     *
     * @param token the valid access token
     */
    public InstagramSimulator(String token) {
        super(token, ACCOUNT, "instagram", "id%2Ctext");
    }

    @Override
    public ListeningQuery query() {
        return new ListeningQuery(QueryKind.COMMENTS, MEDIA);
    }

    @Override
    public String nativeId(SimPost post) {
        return Long.toString(17_870_000_000_000_000L + post.seq());
    }

    @Override
    public boolean isListing(SimRequest request) {
        return request.path().endsWith("/" + MEDIA + "/comments");
    }

    @Override
    public SimResponse authFailure() {
        return tokenRefused(460, "IgTrace");
    }

    @Override
    public String rateLimitedBody() {
        return "{\"error\":{\"message\":\"(#80002) There have been too many calls to this Instagram account.\","
                + "\"type\":\"OAuthException\",\"code\":80002,\"fbtrace_id\":\"IgTrace\"}}";
    }

    /** Every fourth page holds half as many comments. */
    @Override
    int pageSize(int page, int limit) {
        return page % 4 == 3 ? Math.max(1, limit / 2) : limit;
    }

    @Override
    String item(SimPost p) {
        String handle = SimWorld.AUTHORS.get(p.author())[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]", "_");
        return "{\"id\":\"" + nativeId(p) + "\",\"text\":\"" + MastodonSimulator.escapeJson(p.text())
                + "\",\"timestamp\":\"" + GRAPH_TIME.format(p.createdAt().atOffset(ZoneOffset.UTC))
                + "\",\"username\":\"" + handle + "\",\"like_count\":" + (p.seq() % 5) + ",\"from\":{\"id\":\""
                + (17_841_400_000_100_000L + p.author()) + "\",\"username\":\"" + handle + "\"}}";
    }
}
