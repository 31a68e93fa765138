package dev.scrm.core;

import java.time.Instant;
import java.util.Objects;

/**
 * How and with what confidence a {@link SocialIdentity} is linked to a customer.
 *
 * @param method how the link was made
 * @param confidence the probability that the link is right, within [0, 1]
 * @param rule the rule or model that made it (for example {@code same_verified_email} or
 *     {@code fellegi_sunter@1}), at most 128 characters, or {@code null}
 * @param linkedAt when it was made
 */
public record IdentityLink(LinkMethod method, double confidence, String rule, Instant linkedAt) {

    /**
     * Validates the link.
     *
     * @throws NullPointerException if the method or time is null
     * @throws IllegalArgumentException if the confidence is outside [0, 1] or the rule is blank or too long
     */
    public IdentityLink {
        Objects.requireNonNull(method, "method");
        Checks.probability(confidence, "confidence");
        if (rule != null) {
            Checks.text(rule, "link rule", 128);
        }
        Objects.requireNonNull(linkedAt, "linkedAt");
    }
}
