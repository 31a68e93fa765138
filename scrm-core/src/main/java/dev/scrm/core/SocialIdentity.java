package dev.scrm.core;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One account on one platform, as last observed: its handle, names, profile, audience and, where a
 * source supplies them, e-mail address and phone number.
 *
 * <p>Optional fields are {@code null} when unknown; collections are empty, never null. The text fields
 * are untrusted user content: escape them before showing them in HTML. {@link #toString()} shows only
 * the platform, since everything else here is personal data. Immutable and thread-safe; build one with
 * {@link #builder(PlatformAccountId)} and change one with {@link #toBuilder()}.
 *
 * @param id the platform and native account id
 * @param handle the account's handle without a leading {@code @} (Mastodon: {@code user@server}), or
 *     {@code null}
 * @param formerHandles handles the account used before, oldest first
 * @param displayName the display name, or {@code null}
 * @param profileUrl the public profile page, or {@code null}
 * @param bio the profile text (may hold HTML on some platforms), or {@code null}
 * @param bioLinks links found in or beside the bio, in order
 * @param location the free-text location, or {@code null}
 * @param language the preferred language as a BCP 47 tag, or {@code null}
 * @param followerCounts the latest audience snapshot, or {@code null}
 * @param verified whether the platform marks the account verified
 * @param email an e-mail address a source supplied for the account, or {@code null}
 * @param emailVerified whether that e-mail address was verified by its source
 * @param phone a phone number a source supplied for the account, or {@code null}
 * @param phoneVerified whether that phone number was verified by its source
 * @param attributes further source fields (for example {@code oauth_subject}, {@code global_uri},
 *     {@code birth_date}), keys sorted
 * @param link how the identity is linked to its customer, or {@code null} while unlinked
 * @param observedAt when this state of the account was read
 */
public record SocialIdentity(
        PlatformAccountId id,
        String handle,
        List<String> formerHandles,
        String displayName,
        URI profileUrl,
        String bio,
        List<URI> bioLinks,
        String location,
        String language,
        FollowerCounts followerCounts,
        boolean verified,
        EmailAddress email,
        boolean emailVerified,
        PhoneNumber phone,
        boolean phoneVerified,
        Map<String, String> attributes,
        IdentityLink link,
        Instant observedAt) {

    /** Longest bio kept, in characters. */
    public static final int MAX_BIO_LENGTH = 20_000;

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if the id, a collection or the observation time is null
     * @throws IllegalArgumentException if a field is blank where it must not be, or too long; the
     *     message names the field, never its value
     */
    public SocialIdentity {
        Objects.requireNonNull(id, "id");
        if (handle != null) {
            handle = Checks.text(handle, "handle", 512);
        }
        formerHandles = List.copyOf(Objects.requireNonNull(formerHandles, "formerHandles"));
        displayName = Checks.optionalText(displayName, "displayName", 1024);
        bio = Checks.optionalText(bio, "bio", MAX_BIO_LENGTH);
        bioLinks = List.copyOf(Objects.requireNonNull(bioLinks, "bioLinks"));
        location = Checks.optionalText(location, "location", 1024);
        if (language != null) {
            Checks.token(language, "language", 35);
        }
        if (emailVerified && email == null) {
            throw new IllegalArgumentException("emailVerified requires an email");
        }
        if (phoneVerified && phone == null) {
            throw new IllegalArgumentException("phoneVerified requires a phone");
        }
        attributes = sortedCopy(attributes);
        Objects.requireNonNull(observedAt, "observedAt");
    }

    /**
     * A builder for an identity with this id; {@code observedAt} must be set before {@code build()}.
     *
     * @param id the account id
     * @return a new builder
     */
    public static Builder builder(PlatformAccountId id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    /**
     * A builder holding this identity's fields.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.handle = handle;
        b.formerHandles.addAll(formerHandles);
        b.displayName = displayName;
        b.profileUrl = profileUrl;
        b.bio = bio;
        b.bioLinks.addAll(bioLinks);
        b.location = location;
        b.language = language;
        b.followerCounts = followerCounts;
        b.verified = verified;
        b.email = email;
        b.emailVerified = emailVerified;
        b.phone = phone;
        b.phoneVerified = phoneVerified;
        b.attributes.putAll(attributes);
        b.link = link;
        b.observedAt = observedAt;
        return b;
    }

    /**
     * A copy with another link.
     *
     * @param newLink the link, or {@code null} to unlink
     * @return the copy
     */
    public SocialIdentity withLink(IdentityLink newLink) {
        return toBuilder().link(newLink).build();
    }

    /** Shows the platform only: the rest is personal data. */
    @Override
    public String toString() {
        return "SocialIdentity[" + id + "]";
    }

    static Map<String, String> sortedCopy(Map<String, String> map) {
        Objects.requireNonNull(map, "attributes");
        TreeMap<String, String> copy = new TreeMap<>();
        map.forEach((k, v) -> {
            Checks.token(k, "attribute name", 128);
            copy.put(k, Checks.optionalText(Objects.requireNonNull(v, "attribute value"), "attribute value", 4096));
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Builds a {@link SocialIdentity}. Setters take the property's name; {@link #build()} validates and
     * may be called again. Not thread-safe.
     */
    public static final class Builder {
        private final PlatformAccountId id;
        private String handle;
        private final List<String> formerHandles = new ArrayList<>();
        private String displayName;
        private URI profileUrl;
        private String bio;
        private final List<URI> bioLinks = new ArrayList<>();
        private String location;
        private String language;
        private FollowerCounts followerCounts;
        private boolean verified;
        private EmailAddress email;
        private boolean emailVerified;
        private PhoneNumber phone;
        private boolean phoneVerified;
        private final Map<String, String> attributes = new TreeMap<>();
        private IdentityLink link;
        private Instant observedAt;

        private Builder(PlatformAccountId id) {
            this.id = id;
        }

        /**
         * Sets the handle without a leading {@code @}; a leading {@code @} is removed.
         *
         * @param value the handle without a leading {@code @}; a leading {@code @} is removed
         * @return this builder
         */
        public Builder handle(String value) {
            this.handle = value != null && value.startsWith("@") ? value.substring(1) : value;
            return this;
        }

        /**
         * Sets a former handle, appended.
         *
         * @param value a former handle, appended
         * @return this builder
         */
        public Builder formerHandle(String value) {
            formerHandles.add(Objects.requireNonNull(value, "formerHandle"));
            return this;
        }

        /**
         * Sets the display name.
         *
         * @param value the display name
         * @return this builder
         */
        public Builder displayName(String value) {
            this.displayName = value;
            return this;
        }

        /**
         * Sets the profile URL.
         *
         * @param value the profile URL
         * @return this builder
         */
        public Builder profileUrl(URI value) {
            this.profileUrl = value;
            return this;
        }

        /**
         * Sets the bio.
         *
         * @param value the bio
         * @return this builder
         */
        public Builder bio(String value) {
            this.bio = value;
            return this;
        }

        /**
         * Sets a bio link, appended.
         *
         * @param value a bio link, appended
         * @return this builder
         */
        public Builder bioLink(URI value) {
            bioLinks.add(Objects.requireNonNull(value, "bioLink"));
            return this;
        }

        /**
         * Sets the location.
         *
         * @param value the location
         * @return this builder
         */
        public Builder location(String value) {
            this.location = value;
            return this;
        }

        /**
         * Sets the BCP 47 language tag.
         *
         * @param value the BCP 47 language tag
         * @return this builder
         */
        public Builder language(String value) {
            this.language = value;
            return this;
        }

        /**
         * Sets the audience snapshot.
         *
         * @param value the audience snapshot
         * @return this builder
         */
        public Builder followerCounts(FollowerCounts value) {
            this.followerCounts = value;
            return this;
        }

        /**
         * Sets whether the platform marks the account verified.
         *
         * @param value whether the platform marks the account verified
         * @return this builder
         */
        public Builder verified(boolean value) {
            this.verified = value;
            return this;
        }

        /**
         * Sets the e-mail address a source supplied, and whether the source verified it.
         *
         * @param value the e-mail address, or {@code null}
         * @param isVerified whether its source verified it
         * @return this builder
         */
        public Builder email(EmailAddress value, boolean isVerified) {
            this.email = value;
            this.emailVerified = isVerified;
            return this;
        }

        /**
         * Sets the phone number a source supplied, and whether the source verified it.
         *
         * @param value the phone number, or {@code null}
         * @param isVerified whether its source verified it
         * @return this builder
         */
        public Builder phone(PhoneNumber value, boolean isVerified) {
            this.phone = value;
            this.phoneVerified = isVerified;
            return this;
        }

        /**
         * Sets one further source attribute, replacing an earlier value of the same name.
         *
         * @param name the attribute's name
         * @param value its value
         * @return this builder
         */
        public Builder attribute(String name, String value) {
            attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the link to the customer, or {@code null}.
         *
         * @param value the link to the customer, or {@code null}
         * @return this builder
         */
        public Builder link(IdentityLink value) {
            this.link = value;
            return this;
        }

        /**
         * Sets when this state was read.
         *
         * @param value when this state was read
         * @return this builder
         */
        public Builder observedAt(Instant value) {
            this.observedAt = Objects.requireNonNull(value, "observedAt");
            return this;
        }

        /**
         * Validates and builds the identity.
         *
         * @return the identity
         * @throws NullPointerException if {@code observedAt} was not set
         * @throws IllegalArgumentException if a field is invalid
         */
        public SocialIdentity build() {
            return new SocialIdentity(id, handle, formerHandles, displayName, profileUrl, bio, bioLinks, location,
                    language, followerCounts, verified, email, emailVerified, phone, phoneVerified, attributes, link,
                    observedAt);
        }
    }
}
