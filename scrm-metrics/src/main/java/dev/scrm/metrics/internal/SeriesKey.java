package dev.scrm.metrics.internal;

import dev.scrm.core.Platform;
import java.util.Set;

/**
 * The dimension combination of one aggregate series: the exact set of brands its items named, the
 * platform, campaign and segment. Keeping the brand set whole lets share-of-voice apply any overlap policy
 * to any competitor set at query time.
 *
 * @param brands the brands named, sorted, possibly empty
 * @param platform the platform
 * @param campaign the campaign or {@code null}
 * @param segment the segment or {@code null}
 */
record SeriesKey(Set<String> brands, Platform platform, String campaign, String segment) {
}
