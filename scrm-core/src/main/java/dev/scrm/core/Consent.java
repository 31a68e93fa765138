package dev.scrm.core;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A person's consent decisions, one per purpose of processing.
 *
 * <p>Purposes are open lower-case tokens; the constants name the ones scrm itself checks. A purpose
 * without a decision is {@link ConsentStatus#UNKNOWN}, and only {@link ConsentStatus#GRANTED} allows it.
 * Immutable and thread-safe; {@link #with(String, ConsentDecision)} returns a copy.
 *
 * @param decisions the decision per purpose
 */
public record Consent(Map<String, ConsentDecision> decisions) {

    /** Marketing messages and campaign audiences. */
    public static final String MARKETING = "marketing";
    /** Building a profile from behaviour: segments, scores. */
    public static final String PROFILING = "profiling";
    /** Matching a social account to an off-platform record (some platforms require opt-in). */
    public static final String IDENTITY_LINKING = "identity_linking";
    /** Contacting the person for customer service. */
    public static final String SERVICE_CONTACT = "service_contact";

    private static final Consent NONE = new Consent(Map.of());

    /**
     * Validates and copies the decisions.
     *
     * @throws NullPointerException if the map, a key or a value is null
     * @throws IllegalArgumentException if a purpose is not a lower-case token
     */
    public Consent {
        Objects.requireNonNull(decisions, "decisions");
        TreeMap<String, ConsentDecision> copy = new TreeMap<>();
        decisions.forEach((purpose, decision) -> {
            checkPurpose(purpose);
            copy.put(purpose, Objects.requireNonNull(decision, "decision"));
        });
        decisions = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * No decisions at all.
     *
     * @return the empty consent
     */
    public static Consent none() {
        return NONE;
    }

    /**
     * The status for a purpose.
     *
     * @param purpose the purpose
     * @return its status, {@link ConsentStatus#UNKNOWN} when nothing was decided
     */
    public ConsentStatus status(String purpose) {
        ConsentDecision d = decisions.get(checkPurpose(purpose));
        return d == null ? ConsentStatus.UNKNOWN : d.status();
    }

    /**
     * Whether the purpose was granted.
     *
     * @param purpose the purpose
     * @return true only for {@link ConsentStatus#GRANTED}
     */
    public boolean allows(String purpose) {
        return status(purpose) == ConsentStatus.GRANTED;
    }

    /**
     * A copy with one decision recorded (replacing an earlier one for the same purpose).
     *
     * @param purpose the purpose
     * @param decision the decision
     * @return the new consent
     */
    public Consent with(String purpose, ConsentDecision decision) {
        TreeMap<String, ConsentDecision> copy = new TreeMap<>(decisions);
        copy.put(checkPurpose(purpose), Objects.requireNonNull(decision, "decision"));
        return new Consent(copy);
    }

    private static String checkPurpose(String purpose) {
        Checks.token(purpose, "consent purpose", 64);
        for (int i = 0; i < purpose.length(); i++) {
            char c = purpose.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-')) {
                throw new IllegalArgumentException("consent purpose may contain only a-z, 0-9, '_', '.' and '-'"
                        + " (bad character at position " + i + ")");
            }
        }
        return purpose;
    }
}
