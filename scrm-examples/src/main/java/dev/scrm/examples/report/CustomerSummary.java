package dev.scrm.examples.report;

import dev.scrm.core.Platform;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One of the top customers: the golden record's id and name, activity, its identities across platforms and
 * why they were linked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the customer's id as shown
 * @param name the customer's best name (user text: escaped when shown)
 * @param interactions how many interactions the customer had
 * @param netSentiment the customer's net sentiment in percent, within [-100, 100]
 * @param identities the customer's accounts
 * @param links the explanations of the links between them
 */
public record CustomerSummary(String customerId, String name, long interactions, double netSentiment,
        List<CustomerSummary.Identity> identities, List<LinkExplanation> links) {

    /**
     * Validates and copies the summary.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a number is out of range
     */
    public CustomerSummary {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(name, "name");
        identities = List.copyOf(Objects.requireNonNull(identities, "identities"));
        links = List.copyOf(Objects.requireNonNull(links, "links"));
        if (interactions < 0) {
            throw new IllegalArgumentException("interactions must be >= 0");
        }
        if (!(netSentiment >= -100 && netSentiment <= 100)) {
            throw new IllegalArgumentException("netSentiment must be within [-100, 100]");
        }
    }

    /**
     * One account of the customer.
     *
     * @param platform the platform
     * @param handle the handle
     * @param displayName the display name, or {@code null}
     * @param profileUrl the profile URL, or {@code null}
     * @param followers the follower count, or -1 when unknown
     * @param linkMethod how it was linked, for example {@code PROBABILISTIC_SCORE 0.998}
     */
    public record Identity(Platform platform, String handle, String displayName, URI profileUrl, long followers,
            String linkMethod) {

        /**
         * Validates the identity.
         *
         * @throws NullPointerException if a required field is null
         */
        public Identity {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(handle, "handle");
            Objects.requireNonNull(linkMethod, "linkMethod");
        }
    }
}
