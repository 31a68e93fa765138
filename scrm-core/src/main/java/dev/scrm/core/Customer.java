package dev.scrm.core;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The golden record of one person: a stable id, profile and demographic attributes with per-field
 * provenance, consent, and the social identities known to be theirs.
 *
 * <p>{@code version} counts the stored revisions and supports optimistic concurrency: a store accepts an
 * update only from the version it holds. {@link #toString()} shows the id and version only. Immutable and
 * thread-safe; changes are {@code withX} copies.
 *
 * @param id the stable customer id
 * @param attributes profile and demographic attributes by name (for example {@code full_name},
 *     {@code email}, {@code locality}), keys sorted
 * @param consent the person's consent decisions
 * @param identities the social identities linked to this customer, sorted
 * @param createdAt when the customer was created
 * @param updatedAt when it last changed, not before {@code createdAt}
 * @param version the stored revision, 0 before the first store
 */
public record Customer(
        CustomerId id,
        Map<String, AttributeValue> attributes,
        Consent consent,
        Set<PlatformAccountId> identities,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field or an element is null
     * @throws IllegalArgumentException if an attribute name is not a token, the times are out of order or the
     *     version is negative
     */
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attributes, "attributes");
        TreeMap<String, AttributeValue> attrs = new TreeMap<>();
        attributes.forEach((k, v) -> {
            Checks.token(k, "attribute name", 128);
            attrs.put(k, Objects.requireNonNull(v, "attribute value"));
        });
        attributes = Collections.unmodifiableMap(attrs);
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(identities, "identities");
        TreeSet<PlatformAccountId> ids = new TreeSet<>();
        for (PlatformAccountId a : identities) {
            ids.add(Objects.requireNonNull(a, "identity"));
        }
        identities = Collections.unmodifiableSet(ids);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt must not be before createdAt");
        }
        Checks.nonNegative(version, "version");
    }

    /**
     * A new customer with no attributes, no consent decisions and no identities.
     *
     * @param id the id
     * @param createdAt the creation time
     * @return the customer, version 0
     */
    public static Customer create(CustomerId id, Instant createdAt) {
        return new Customer(id, Map.of(), Consent.none(), Set.of(), createdAt, createdAt, 0);
    }

    /**
     * A copy with one attribute set.
     *
     * @param name the attribute's name
     * @param value its value and provenance
     * @param at the time of the change
     * @return the copy
     */
    public Customer withAttribute(String name, AttributeValue value, Instant at) {
        TreeMap<String, AttributeValue> copy = new TreeMap<>(attributes);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Customer(id, copy, consent, identities, createdAt, at, version);
    }

    /**
     * A copy with other consent decisions.
     *
     * @param value the consent
     * @param at the time of the change
     * @return the copy
     */
    public Customer withConsent(Consent value, Instant at) {
        return new Customer(id, attributes, value, identities, createdAt, at, version);
    }

    /**
     * A copy with another set of identities.
     *
     * @param value the identities
     * @param at the time of the change
     * @return the copy
     */
    public Customer withIdentities(Set<PlatformAccountId> value, Instant at) {
        return new Customer(id, attributes, consent, value, createdAt, at, version);
    }

    /**
     * A copy with another version, as a store writes it.
     *
     * @param value the version
     * @return the copy
     */
    public Customer withVersion(long value) {
        return new Customer(id, attributes, consent, identities, createdAt, updatedAt, value);
    }

    /** Shows the id and version only: the rest is personal data. */
    @Override
    public String toString() {
        return "Customer[" + id + ", v" + version + "]";
    }
}
