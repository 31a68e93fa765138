package dev.scrm.testkit.world;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.Provenance;
import java.time.Instant;
import java.util.Objects;

/**
 * One visit to the client brand's web site, as a web analytics tool records it. Immutable and thread-safe.
 *
 * @param visitId the visit's id
 * @param visitorId the pseudonymous visitor id (the analytics cookie); the same visitor returns under the same id
 * @param startedAt when the visit started
 * @param channel how the visitor arrived: {@code social}, {@code search}, {@code direct}, {@code campaign} or
 *     {@code referral}
 * @param landingPage the path of the first page, for example {@code /products/pulse}
 * @param pageViews pages viewed, at least 1
 * @param durationSeconds seconds on site, at least 0
 * @param returning whether the visitor had visited before this visit (Matomo's definition: earlier in the same
 *     period counts)
 * @param person the ground-truth person behind the visitor, or {@code null} for a visitor with no social account
 */
public record WebVisit(String visitId, String visitorId, Instant startedAt, String channel, String landingPage,
        int pageViews, long durationSeconds, boolean returning, PersonId person) {

    /**
     * Validates the visit.
     *
     * @throws NullPointerException if a required field is null
     * @throws IllegalArgumentException if a count is out of range
     */
    public WebVisit {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(visitorId, "visitorId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(landingPage, "landingPage");
        if (pageViews < 1) {
            throw new IllegalArgumentException("pageViews must be >= 1, was " + pageViews);
        }
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("durationSeconds must be >= 0, was " + durationSeconds);
        }
    }

    /**
     * The visit as a page-view interaction on {@link Platform#WEB}: anonymous (no author), with the visitor,
     * channel, landing page, page views, duration and returning flag as attributes.
     *
     * @return the interaction
     */
    public Interaction toInteraction() {
        return Interaction.builder(InteractionId.of(Platform.WEB, visitId))
                .kind(InteractionKind.PAGE_VIEW)
                .direction(Direction.INBOUND)
                .occurredAt(startedAt)
                .attribute("visitor_id", visitorId)
                .attribute("channel", channel)
                .attribute("landing_page", landingPage)
                .attribute("page_views", Integer.toString(pageViews))
                .attribute("duration_seconds", Long.toString(durationSeconds))
                .attribute("returning", Boolean.toString(returning))
                .provenance(Provenance.of("testkit:world", startedAt))
                .build();
    }
}
