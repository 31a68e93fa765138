package dev.scrm.metrics;

/**
 * Estimated impressions where a platform supplies none, after Sprinklr's benchmarking glossary: owned
 * impressions are the sum of the followers at each post's publication, earned impressions the sum of
 * {@code F × factor(F)} over the authors of earned mentions. The results are estimates and are flagged so.
 * Stateless and thread-safe.
 */
public final class ImpressionEstimates {

    private static final double LOW = 100_000;
    private static final double HIGH = 10_000_000;

    private ImpressionEstimates() {
    }

    /**
     * The share of an author's followers assumed to see a mention: 0.15 below 100,000 followers, 0.06 above
     * 10,000,000 and linear in between (continuous at both ends).
     *
     * @param followers the author's follower count, at least 0
     * @return the factor
     * @throws IllegalArgumentException if the count is negative
     */
    public static double factor(double followers) {
        if (!(followers >= 0)) {
            throw new IllegalArgumentException("followers must be >= 0");
        }
        if (followers < LOW) {
            return 0.15;
        }
        if (followers > HIGH) {
            return 0.06;
        }
        return 0.15 + (0.06 - 0.15) / (HIGH - LOW) * (followers - LOW);
    }

    /**
     * Estimated owned impressions: followers times posts, when the follower count is constant.
     *
     * @param followers the follower count
     * @param posts the number of brand posts
     * @return the estimate
     */
    public static double owned(double followers, long posts) {
        return followers * posts;
    }

    /**
     * Estimated earned impressions of mentions by authors with the given follower counts.
     *
     * @param authorFollowers the follower count of each mention's author
     * @return the sum of {@code F × factor(F)}
     */
    public static double earned(long... authorFollowers) {
        double sum = 0;
        for (long f : authorFollowers) {
            sum += f * factor(f);
        }
        return sum;
    }
}
