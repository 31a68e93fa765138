package dev.scrm.audience.internal;

import dev.scrm.core.AttributeValue;
import dev.scrm.core.Consent;
import dev.scrm.core.CustomerId;
import java.util.Map;

/** What the audience knows about one customer. Guarded by the engine's lock; not thread-safe. */
final class CustomerState {

    static final IdentityState[] NO_IDENTITIES = new IdentityState[0];

    final CustomerId id;
    final int index;
    Map<String, AttributeValue> attributes = Map.of();
    Consent consent = Consent.none();
    IdentityState[] identities = NO_IDENTITIES;
    int stage;

    /** Influence: raw value, NaN while outside the population; the components behind it. */
    double raw = Double.NaN;
    long followers;
    double medianEngagement;
    long amplifications;
    long positiveAbout;
    long negativeAbout;
    int posts;
    long evaluatedAt;

    CustomerState(CustomerId id, int index, int stage) {
        this.id = id;
        this.index = index;
        this.stage = stage;
    }
}
