package dev.scrm.engage;

import java.util.List;
import java.util.Objects;

/**
 * The labels a {@link TriageClassifier} gave one message, with the reasons, so an agent can see why.
 * Immutable and thread-safe.
 *
 * @param intent what the message wants
 * @param priority how urgent it is
 * @param reasons why, in the order they applied: rule ids ({@code rule:refund}) and escalations
 *     ({@code escalation:influencer}); never the message text
 */
public record Triage(Intent intent, Priority priority, List<String> reasons) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field or a reason is null
     */
    public Triage {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(priority, "priority");
        reasons = List.copyOf(reasons);
    }

    /**
     * A triage without reasons.
     *
     * @param intent the intent
     * @param priority the priority
     * @return the triage
     */
    public static Triage of(Intent intent, Priority priority) {
        return new Triage(intent, priority, List.of());
    }
}
