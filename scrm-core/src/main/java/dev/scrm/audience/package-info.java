/**
 * Audience: dynamic segments, advocacy stages, influence scores and the social map of a brand's customers.
 *
 * <p>{@link dev.scrm.audience.Audience} is the front door. It is fed customers, identities and interactions
 * (or loads a {@link dev.scrm.store.ScrmStore}) and keeps, incrementally:
 * <ul>
 * <li>the membership of each {@link dev.scrm.audience.Segment}, a named {@link dev.scrm.audience.Criterion}
 *     over attributes, demographics, identities, interaction history, purchases and consent, written in
 *     Java or in a small text form;</li>
 * <li>each customer's {@link dev.scrm.audience.AdvocacyStage} from the explicit rules of an
 *     {@link dev.scrm.audience.AdvocacyLadder}, with counts per stage over time as
 *     {@link dev.scrm.core.Metric}s;</li>
 * <li>the {@link dev.scrm.audience.InfluenceScore} of the formula sheet's {@code influence.score@1}, a
 *     percentile within the tracked population returned with its components
 *     ({@link dev.scrm.audience.InfluenceModel}).</li>
 * </ul>
 * Every segment entry and exit and every stage change is an {@link dev.scrm.audience.AudienceEvent} for the
 * {@link dev.scrm.audience.AudienceListener}s (and optionally an audit entry). A segment is exported with
 * {@link dev.scrm.audience.ExportRequest} as CSV or JSON Lines, holding only customers whose consent allows
 * the purpose, and {@link dev.scrm.audience.SocialMapping} groups customers by location, household or
 * socio-economic attributes into a {@link dev.scrm.audience.SocialMap} of segments and stages per group.
 *
 * <p>All value types here are immutable and thread-safe; the audience itself is thread-safe.
 */
package dev.scrm.audience;
