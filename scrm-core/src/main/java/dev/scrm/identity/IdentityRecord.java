package dev.scrm.identity;

import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One record to resolve: raw field values by field name, plus the evidence that deterministic rules and the
 * linking policy use.
 *
 * <p>Values are raw: the engine normalises them once at ingest. A missing value is simply absent from the map.
 * {@link #toString()} shows only the source, since the values are personal data. Immutable and thread-safe.
 *
 * @param ref the record's identifier
 * @param values raw values by field name; keys and values non-null
 * @param account the platform account the record describes, or {@code null} (for example a CRM row)
 * @param verifiedFields names of fields whose value the source verified (a confirmed e-mail, an SMS-checked phone)
 * @param oauthSubject the subject of an OAuth login that produced the record, or {@code null}
 * @param linkingConsent whether the person consented to having this account matched to other records
 */
public record IdentityRecord(RecordRef ref, Map<String, String> values, PlatformAccountId account,
        Set<String> verifiedFields, String oauthSubject, boolean linkingConsent) {

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if the reference, a map or set, or an entry is null
     * @throws IllegalArgumentException if the OAuth subject is blank
     */
    public IdentityRecord {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(values, "values");
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "field name"), Objects.requireNonNull(v, "value")));
        values = Collections.unmodifiableMap(copy);
        verifiedFields = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(verifiedFields,
                "verifiedFields")));
        if (oauthSubject != null && oauthSubject.isBlank()) {
            throw new IllegalArgumentException("oauthSubject must not be blank");
        }
    }

    /**
     * A record with values only and no further evidence.
     *
     * @param ref the identifier
     * @param values raw values by field name
     * @return the record
     */
    public static IdentityRecord of(RecordRef ref, Map<String, String> values) {
        return new IdentityRecord(ref, values, null, Set.of(), null, false);
    }

    /**
     * The record of a social identity in the {@link IdentitySchema#social()} schema. The source is the platform,
     * the id the native account id; the bio field holds the bio and the links beside it; an e-mail or phone the
     * source verified is marked verified; the {@code oauth_subject} attribute becomes the OAuth subject, and the
     * {@code linking_consent} attribute set to {@code granted} records consent.
     *
     * @param identity the identity
     * @return the record
     */
    public static IdentityRecord of(SocialIdentity identity) {
        Objects.requireNonNull(identity, "identity");
        Map<String, String> v = new TreeMap<>();
        if (identity.handle() != null) {
            v.put(IdentitySchema.HANDLE, identity.handle());
        }
        if (identity.displayName() != null) {
            v.put(IdentitySchema.DISPLAY_NAME, identity.displayName());
        }
        if (identity.email() != null) {
            v.put(IdentitySchema.EMAIL, identity.email().value());
        }
        if (identity.phone() != null) {
            v.put(IdentitySchema.PHONE, identity.phone().value());
        }
        if (identity.profileUrl() != null) {
            v.put(IdentitySchema.PROFILE_URL, identity.profileUrl().toString());
        }
        StringBuilder bio = new StringBuilder(identity.bio() == null ? "" : identity.bio());
        for (URI link : identity.bioLinks()) {
            bio.append(' ').append(link);
        }
        if (!bio.toString().isBlank()) {
            v.put(IdentitySchema.BIO, bio.toString().strip());
        }
        Set<String> verified = new TreeSet<>();
        if (identity.emailVerified()) {
            verified.add(IdentitySchema.EMAIL);
        }
        if (identity.phoneVerified()) {
            verified.add(IdentitySchema.PHONE);
        }
        String oauth = identity.attributes().get("oauth_subject");
        boolean consent = "granted".equalsIgnoreCase(identity.attributes().getOrDefault("linking_consent", ""));
        return new IdentityRecord(RecordRef.of(identity.id().platform().id(), identity.id().nativeId()), v,
                identity.id(), verified, oauth == null || oauth.isBlank() ? null : oauth, consent);
    }

    /**
     * A builder for a record with this reference. Not thread-safe.
     *
     * @param ref the identifier
     * @return the builder
     */
    public static Builder builder(RecordRef ref) {
        return new Builder(Objects.requireNonNull(ref, "ref"));
    }

    /** Shows the source only: values are personal data. */
    @Override
    public String toString() {
        return "IdentityRecord[" + ref.source() + "]";
    }

    /** Builds an {@link IdentityRecord}; {@link #build()} may be called again. Not thread-safe. */
    public static final class Builder {
        private final RecordRef ref;
        private final Map<String, String> values = new TreeMap<>();
        private final Set<String> verified = new TreeSet<>();
        private PlatformAccountId account;
        private String oauthSubject;
        private boolean consent;

        private Builder(RecordRef ref) {
            this.ref = ref;
        }

        /**
         * Sets a raw value; a null value leaves the field missing.
         *
         * @param field the field name
         * @param value the raw value, or {@code null}
         * @return this
         */
        public Builder value(String field, String value) {
            Objects.requireNonNull(field, "field");
            if (value == null) {
                values.remove(field);
            } else {
                values.put(field, value);
            }
            return this;
        }

        /**
         * Sets a raw value the source verified.
         *
         * @param field the field name
         * @param value the raw value
         * @return this
         */
        public Builder verifiedValue(String field, String value) {
            values.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value"));
            verified.add(field);
            return this;
        }

        /**
         * @param value the platform account, or {@code null}
         * @return this
         */
        public Builder account(PlatformAccountId value) {
            this.account = value;
            return this;
        }

        /**
         * @param value the OAuth subject, or {@code null}
         * @return this
         */
        public Builder oauthSubject(String value) {
            this.oauthSubject = value;
            return this;
        }

        /**
         * @param value whether the person consented to linking
         * @return this
         */
        public Builder linkingConsent(boolean value) {
            this.consent = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         */
        public IdentityRecord build() {
            return new IdentityRecord(ref, values, account, verified, oauthSubject, consent);
        }
    }
}
