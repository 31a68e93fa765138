package dev.scrm.connector;

import java.time.Duration;
import java.util.Objects;

/**
 * One documented rate limit or quota of a platform, for the manifest. The connector enforces the limits
 * the platform reports at run time; this rule describes the default so callers can plan.
 *
 * @param requests requests allowed per window, at least 1
 * @param window the window length, positive
 * @param scope what the limit counts, for example {@code per account} or {@code per app}
 * @param resetUnit how the platform reports the window's reset, for example {@code ISO-8601 instant}
 */
public record RateLimitRule(long requests, Duration window, String scope, String resetUnit) {

    /**
     * Validates the rule.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if requests or the window is not positive
     */
    public RateLimitRule {
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be >= 1, was " + requests);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(resetUnit, "resetUnit");
    }
}
