package dev.scrm.core;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One event between a person and the brand on any channel: a mention, reply, comment, direct message,
 * share, like, follow, review, page view, purchase, e-mail or call.
 *
 * <p>Identified by {@link InteractionId} (platform + native id), so ingesting the same item twice changes
 * nothing. Optional fields are {@code null} when unknown; collections are empty, never null. The text is
 * untrusted user content: escape it before showing it in HTML. {@link #toString()} shows the id and kind
 * only. Immutable and thread-safe; build one with {@link #builder(InteractionId)}.
 *
 * @param id the platform and native id of the item
 * @param kind what kind of event it is
 * @param direction inbound (from a person) or outbound (from the brand)
 * @param occurredAt when it happened on the platform
 * @param author the identity that authored it, or {@code null} when anonymous (a web visit)
 * @param text its text (HTML already reduced to text by the connector), or {@code null}
 * @param language the text's language as a BCP 47 tag, or {@code null}
 * @param inReplyTo the item it replies to, or {@code null}
 * @param conversationId the platform's thread or conversation id, or {@code null}
 * @param url the item's public URL, or {@code null}
 * @param engagement its engagement counts as last observed
 * @param sentiment its sentiment once analysed, or {@code null}
 * @param brands the brands and competitors it was matched to, sorted
 * @param topics the topics it was tagged with, sorted
 * @param attributes further dimensions (for example {@code campaign}, {@code subreddit}), keys sorted
 * @param raw the platform's payload, or {@code null}
 * @param provenance what delivered it and when
 */
public record Interaction(
        InteractionId id,
        InteractionKind kind,
        Direction direction,
        Instant occurredAt,
        PlatformAccountId author,
        String text,
        String language,
        InteractionId inReplyTo,
        String conversationId,
        URI url,
        Engagement engagement,
        Sentiment sentiment,
        Set<String> brands,
        Set<String> topics,
        Map<String, String> attributes,
        RawPayload raw,
        Provenance provenance) {

    /** Longest text kept, in characters. */
    public static final int MAX_TEXT_LENGTH = 200_000;

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a required field or a collection is null
     * @throws IllegalArgumentException if a field is invalid; the message names the field, never its value
     */
    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(occurredAt, "occurredAt");
        text = Checks.optionalText(text, "text", MAX_TEXT_LENGTH);
        if (language != null) {
            Checks.token(language, "language", 35);
        }
        if (inReplyTo != null && inReplyTo.equals(id)) {
            throw new IllegalArgumentException("inReplyTo must not be the interaction itself");
        }
        if (conversationId != null) {
            Checks.token(conversationId, "conversationId", 1024);
        }
        Objects.requireNonNull(engagement, "engagement");
        brands = labels(brands, "brands");
        topics = labels(topics, "topics");
        attributes = SocialIdentity.sortedCopy(attributes);
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * A builder for an interaction with this id. {@code kind}, {@code occurredAt} and {@code provenance}
     * must be set; {@code direction} defaults to inbound.
     *
     * @param id the interaction id
     * @return a new builder
     */
    public static Builder builder(InteractionId id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    /**
     * A builder holding this interaction's fields.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.kind = kind;
        b.direction = direction;
        b.occurredAt = occurredAt;
        b.author = author;
        b.text = text;
        b.language = language;
        b.inReplyTo = inReplyTo;
        b.conversationId = conversationId;
        b.url = url;
        b.engagement = engagement;
        b.sentiment = sentiment;
        b.brands.addAll(brands);
        b.topics.addAll(topics);
        b.attributes.putAll(attributes);
        b.raw = raw;
        b.provenance = provenance;
        return b;
    }

    /**
     * A copy with a sentiment.
     *
     * @param value the sentiment, or {@code null}
     * @return the copy
     */
    public Interaction withSentiment(Sentiment value) {
        return toBuilder().sentiment(value).build();
    }

    /**
     * A copy with these brands (replacing the earlier ones).
     *
     * @param value the brands
     * @return the copy
     */
    public Interaction withBrands(Set<String> value) {
        Builder b = toBuilder();
        b.brands.clear();
        b.brands.addAll(value);
        return b.build();
    }

    /** Shows the id and kind only: the rest may be personal data. */
    @Override
    public String toString() {
        return "Interaction[" + id + ", " + kind + "]";
    }

    private static Set<String> labels(Set<String> values, String name) {
        Objects.requireNonNull(values, name);
        TreeSet<String> copy = new TreeSet<>();
        for (String v : values) {
            copy.add(Checks.text(Objects.requireNonNull(v, name), name, 256));
        }
        return java.util.Collections.unmodifiableSet(copy);
    }

    /**
     * Builds an {@link Interaction}. Setters take the property's name; {@link #build()} validates and may
     * be called again. Not thread-safe.
     */
    public static final class Builder {
        private final InteractionId id;
        private InteractionKind kind;
        private Direction direction = Direction.INBOUND;
        private Instant occurredAt;
        private PlatformAccountId author;
        private String text;
        private String language;
        private InteractionId inReplyTo;
        private String conversationId;
        private URI url;
        private Engagement engagement = Engagement.none();
        private Sentiment sentiment;
        private final Set<String> brands = new TreeSet<>();
        private final Set<String> topics = new TreeSet<>();
        private final Map<String, String> attributes = new TreeMap<>();
        private RawPayload raw;
        private Provenance provenance;

        private Builder(InteractionId id) {
            this.id = id;
        }

        /**
         * Sets the kind.
         *
         * @param value the kind
         * @return this builder
         */
        public Builder kind(InteractionKind value) {
            this.kind = Objects.requireNonNull(value, "kind");
            return this;
        }

        /**
         * Sets the direction (default inbound).
         *
         * @param value the direction (default inbound)
         * @return this builder
         */
        public Builder direction(Direction value) {
            this.direction = Objects.requireNonNull(value, "direction");
            return this;
        }

        /**
         * Sets when it happened.
         *
         * @param value when it happened
         * @return this builder
         */
        public Builder occurredAt(Instant value) {
            this.occurredAt = Objects.requireNonNull(value, "occurredAt");
            return this;
        }

        /**
         * Sets the author, or {@code null}.
         *
         * @param value the author, or {@code null}
         * @return this builder
         */
        public Builder author(PlatformAccountId value) {
            this.author = value;
            return this;
        }

        /**
         * Sets the text, or {@code null}.
         *
         * @param value the text, or {@code null}
         * @return this builder
         */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * Sets the language tag, or {@code null}.
         *
         * @param value the language tag, or {@code null}
         * @return this builder
         */
        public Builder language(String value) {
            this.language = value;
            return this;
        }

        /**
         * Sets the item replied to, or {@code null}.
         *
         * @param value the item replied to, or {@code null}
         * @return this builder
         */
        public Builder inReplyTo(InteractionId value) {
            this.inReplyTo = value;
            return this;
        }

        /**
         * Sets the conversation id, or {@code null}.
         *
         * @param value the conversation id, or {@code null}
         * @return this builder
         */
        public Builder conversationId(String value) {
            this.conversationId = value;
            return this;
        }

        /**
         * Sets the public URL, or {@code null}.
         *
         * @param value the public URL, or {@code null}
         * @return this builder
         */
        public Builder url(URI value) {
            this.url = value;
            return this;
        }

        /**
         * Sets the engagement counts (default none).
         *
         * @param value the engagement counts (default none)
         * @return this builder
         */
        public Builder engagement(Engagement value) {
            this.engagement = Objects.requireNonNull(value, "engagement");
            return this;
        }

        /**
         * Sets the sentiment, or {@code null}.
         *
         * @param value the sentiment, or {@code null}
         * @return this builder
         */
        public Builder sentiment(Sentiment value) {
            this.sentiment = value;
            return this;
        }

        /**
         * Sets a brand, added.
         *
         * @param value a brand, added
         * @return this builder
         */
        public Builder brand(String value) {
            brands.add(Objects.requireNonNull(value, "brand"));
            return this;
        }

        /**
         * Sets a topic, added.
         *
         * @param value a topic, added
         * @return this builder
         */
        public Builder topic(String value) {
            topics.add(Objects.requireNonNull(value, "topic"));
            return this;
        }

        /**
         * Sets one further attribute, replacing an earlier value of the same name.
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
         * Sets the raw payload, or {@code null}.
         *
         * @param value the raw payload, or {@code null}
         * @return this builder
         */
        public Builder raw(RawPayload value) {
            this.raw = value;
            return this;
        }

        /**
         * Sets what delivered it and when.
         *
         * @param value what delivered it and when
         * @return this builder
         */
        public Builder provenance(Provenance value) {
            this.provenance = Objects.requireNonNull(value, "provenance");
            return this;
        }

        /**
         * Validates and builds the interaction.
         *
         * @return the interaction
         * @throws NullPointerException if kind, occurredAt or provenance was not set
         * @throws IllegalArgumentException if a field is invalid
         */
        public Interaction build() {
            return new Interaction(id, kind, direction, occurredAt, author, text, language, inReplyTo, conversationId,
                    url, engagement, sentiment, brands, topics, attributes, raw, provenance);
        }
    }
}
