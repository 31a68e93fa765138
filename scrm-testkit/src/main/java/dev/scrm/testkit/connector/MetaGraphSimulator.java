package dev.scrm.testkit.connector;

import dev.scrm.connector.ListeningQuery;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The Meta Graph API's dialect for a Facebook Page feed: {@code access_token} as a query parameter, cursor
 * paging with {@code paging.next} links that carry the token (every third page shorter), usage reported as
 * percentages in {@code X-App-Usage} and {@code X-Business-Use-Case-Usage} with the regain time in minutes,
 * throttling as error code 4, and a deleted post answered with code 100, subcode 33 on re-fetch. Dates use
 * the {@code +0000} offset. People are invented. Thread-safe.
 */
public final class MetaGraphSimulator extends GraphSimulator {

    private static final String PAGE = "1234567890";
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    /**
     * A simulator serving one Page's feed to one access token.
     *
     * @param token the valid Page access token
     */
    public MetaGraphSimulator(String token) {
        super(token, PAGE, "pages", "id%2Cmessage");
    }

    @Override
    public ListeningQuery query() {
        return ListeningQuery.accountPosts(PAGE);
    }

    @Override
    public String nativeId(SimPost post) {
        return PAGE + "_" + (10_158_000_000_000_000L + post.seq());
    }

    @Override
    public boolean isListing(SimRequest request) {
        return request.path().endsWith("/" + PAGE + "/feed");
    }

    @Override
    public SimResponse authFailure() {
        return tokenRefused(463, "AbCdEf");
    }

    @Override
    public String rateLimitedBody() {
        return "{\"error\":{\"message\":\"(#4) Application request limit reached\",\"type\":\"OAuthException\","
                + "\"is_transient\":true,\"code\":4,\"fbtrace_id\":\"AbCdEf\"}}";
    }

    /** Every third page, from the second, holds six posts fewer. */
    @Override
    int pageSize(int page, int limit) {
        return page % 3 == 1 ? Math.max(1, limit - 6) : limit;
    }

    @Override
    String item(SimPost p) {
        String[] author = SimWorld.AUTHORS.get(p.author());
        String created = GRAPH_TIME.format(p.createdAt().atOffset(ZoneOffset.UTC));
        return "{\"id\":\"" + nativeId(p) + "\",\"message\":\"" + MastodonSimulator.escapeJson(p.text())
                + "\",\"created_time\":\"" + created + "\",\"permalink_url\":\"https://www.facebook.com/" + PAGE
                + "/posts/" + nativeId(p).substring(PAGE.length() + 1) + "\",\"from\":{\"id\":\"" + (7_000 + p.author())
                + "\",\"name\":\"" + author[1] + "\"},\"shares\":{\"count\":" + (p.seq() % 3) + "},"
                + "\"reactions\":{\"data\":[],\"summary\":{\"total_count\":" + (p.seq() % 7) + "}},"
                + "\"comments\":{\"data\":[],\"summary\":{\"total_count\":" + (p.seq() % 4) + "}}}";
    }
}
