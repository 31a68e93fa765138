package dev.scrm.testkit.connector;

import dev.scrm.connector.ListeningQuery;
import java.time.Instant;
import java.util.Map;

/**
 * One platform's dialect for the conformance kit: how it pages a listing, how it reports rate limits,
 * errors and deletions, and how it checks credentials. Implementations render {@link SimWorld} posts in the
 * platform's own JSON shapes. They must be thread-safe.
 */
public interface PlatformSimulator {

    /**
     * The query the kit pulls.
     *
     * @return the query
     */
    ListeningQuery query();

    /**
     * The native id the connector must give the interaction for a post (a status URI, an AT-URI...).
     *
     * @param post the post
     * @return the native id
     */
    String nativeId(SimPost post);

    /**
     * Whether the platform reports deleted items inside its listings (Reddit's {@code [deleted]} bodies, X's
     * partial errors) rather than only on re-fetch. Such dialects keep deleted posts in their listings, in
     * the platform's tombstone form.
     *
     * @return true when listings carry deletions
     */
    default boolean listsDeletions() {
        return false;
    }

    /**
     * Whether the platform reports its rate limit in response headers. Platforms that do not (YouTube counts
     * daily quota units instead) cannot be held to a per-window allowance, so the kit skips that check for
     * them.
     *
     * @return true when responses carry rate-limit headers
     */
    default boolean reportsRateLimits() {
        return true;
    }

    /**
     * Whether a request is the listing call that {@link #query()} makes.
     *
     * @param request the request
     * @return true for the listing
     */
    boolean isListing(SimRequest request);

    /**
     * Answers a request: listings, lookups, re-checks, logins.
     *
     * @param request the request
     * @param world the ground truth
     * @param now the simulated time
     * @return the response; 404 for anything unknown
     */
    SimResponse serve(SimRequest request, SimWorld world, Instant now);

    /**
     * Whether the request carries valid credentials (requests that obtain credentials count as valid).
     *
     * @param request the request
     * @param now the simulated time
     * @return true when valid
     */
    boolean authorized(SimRequest request, Instant now);

    /**
     * The platform's answer to invalid credentials.
     *
     * @return the response
     */
    SimResponse authFailure();

    /**
     * The platform's rate-limit headers, in its own units.
     *
     * @param limit requests per window
     * @param remaining requests left after this one
     * @param reset when the window resets
     * @param now the simulated time
     * @return the headers
     */
    Map<String, String> rateLimitHeaders(long limit, long remaining, Instant reset, Instant now);

    /**
     * The platform's 429 body.
     *
     * @return the JSON body
     */
    String rateLimitedBody();
}
