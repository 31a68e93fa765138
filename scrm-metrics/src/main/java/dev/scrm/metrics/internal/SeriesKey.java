package dev.scrm.metrics.internal;

import dev.scrm.core.Platform;
import java.util.Objects;
import java.util.Set;

/**
 * The dimension combination of one aggregate series: the exact set of brands its items named, the
 * platform, campaign and segment. Keeping the brand set whole lets share-of-voice apply any overlap policy
 * to any competitor set at query time. A single brand is compared as a string (the common case, and cheap
 * to hash); the hash is computed once.
 */
final class SeriesKey {

    private final Object brandKey;
    private final Set<String> brands;
    private final Platform platform;
    private final String campaign;
    private final String segment;
    private final int hash;

    SeriesKey(Set<String> brands, Platform platform, String campaign, String segment) {
        this.brands = brands;
        this.brandKey = brands.size() == 1 ? brands.iterator().next() : brands;
        this.platform = platform;
        this.campaign = campaign;
        this.segment = segment;
        this.hash = ((brandKey.hashCode() * 31 + platform.hashCode()) * 31 + Objects.hashCode(campaign)) * 31
                + Objects.hashCode(segment);
    }

    Set<String> brands() {
        return brands;
    }

    Platform platform() {
        return platform;
    }

    String campaign() {
        return campaign;
    }

    String segment() {
        return segment;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SeriesKey)) {
            return false;
        }
        SeriesKey k = (SeriesKey) o;
        return hash == k.hash && brandKey.equals(k.brandKey) && platform.equals(k.platform)
                && Objects.equals(campaign, k.campaign) && Objects.equals(segment, k.segment);
    }
}
