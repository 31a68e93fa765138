package dev.scrm.connector;

import dev.scrm.core.Interaction;
import dev.scrm.core.SocialIdentity;
import java.util.List;
import java.util.Objects;

/**
 * One page read from a platform, with the checkpoint to resume from after it. Immutable and thread-safe.
 *
 * @param interactions the items, in the platform's order
 * @param identities the authors and other accounts seen on the page, each once
 * @param tombstones items reported as deleted or unavailable on this page
 * @param next the checkpoint after this page; saving it and reading again continues after this page
 * @param last whether the platform has nothing more for now (a later read from {@code next} may find new
 *     items)
 */
public record Page(
        List<Interaction> interactions,
        List<SocialIdentity> identities,
        List<Tombstone> tombstones,
        Checkpoint next,
        boolean last) {

    /**
     * Validates and copies the page.
     *
     * @throws NullPointerException if a part is null
     */
    public Page {
        interactions = List.copyOf(Objects.requireNonNull(interactions, "interactions"));
        identities = List.copyOf(Objects.requireNonNull(identities, "identities"));
        tombstones = List.copyOf(Objects.requireNonNull(tombstones, "tombstones"));
        Objects.requireNonNull(next, "next");
    }

    /**
     * How many interactions the page holds.
     *
     * @return the count
     */
    public int size() {
        return interactions.size();
    }
}
