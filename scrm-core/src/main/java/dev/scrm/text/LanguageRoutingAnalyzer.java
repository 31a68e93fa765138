package dev.scrm.text;

import dev.scrm.core.Interaction;
import dev.scrm.core.Sentiment;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SentimentAnalyzer} that hands each interaction to the analyser registered for its language, so
 * that English posts go to VADER and, say, German ones to a German model.
 *
 * <p>{@link #annotate(Interaction)} looks up the interaction's language tag, then its primary subtag
 * ({@code de-AT}, then {@code de}); an interaction with no language, or one without a registered analyser,
 * goes to the fallback. When there is no fallback, such interactions are returned unchanged (no sentiment),
 * which is more honest than scoring a language the model does not know. {@link #analyze(String)} has no
 * language to go by and always uses the fallback. Immutable and thread-safe.
 *
 * <pre>{@code
 * SentimentAnalyzer sentiment = LanguageRoutingAnalyzer.builder()
 *         .route("en", VaderSentimentAnalyzer.ofDefaults())
 *         .route("de", germanModel)
 *         .build();
 * }</pre>
 */
public final class LanguageRoutingAnalyzer implements SentimentAnalyzer {

    private final Map<String, SentimentAnalyzer> routes;
    private final SentimentAnalyzer fallback;

    private LanguageRoutingAnalyzer(Map<String, SentimentAnalyzer> routes, SentimentAnalyzer fallback) {
        this.routes = Map.copyOf(routes);
        this.fallback = fallback;
    }

    /**
     * A new builder with no routes and no fallback.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The analyser for a language tag, if one is registered for it or its primary subtag.
     *
     * @param languageTag a BCP 47 tag such as {@code en} or {@code de-AT}
     * @return the analyser, or empty
     * @throws NullPointerException if {@code languageTag} is null
     */
    public Optional<SentimentAnalyzer> analyzerFor(String languageTag) {
        String tag = normalise(Objects.requireNonNull(languageTag, "languageTag"));
        SentimentAnalyzer a = routes.get(tag);
        if (a == null) {
            int dash = tag.indexOf('-');
            if (dash > 0) {
                a = routes.get(tag.substring(0, dash));
            }
        }
        return Optional.ofNullable(a);
    }

    /**
     * Scores a text with the fallback analyser.
     *
     * @param text the text
     * @return its sentiment
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalStateException if no fallback was configured
     */
    @Override
    public Sentiment analyze(String text) {
        Objects.requireNonNull(text, "text");
        if (fallback == null) {
            throw new IllegalStateException("no fallback analyser: a text without a language cannot be routed");
        }
        return fallback.analyze(text);
    }

    /**
     * A copy of the interaction with its sentiment set by the analyser for its language; returned unchanged
     * when it has no text, or when no analyser fits its language and there is no fallback.
     *
     * @param interaction the interaction
     * @return the interaction with its sentiment, or the same interaction
     * @throws NullPointerException if {@code interaction} is null
     */
    @Override
    public Interaction annotate(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        if (interaction.text() == null) {
            return interaction;
        }
        SentimentAnalyzer a = interaction.language() == null ? null : analyzerFor(interaction.language()).orElse(null);
        if (a == null) {
            a = fallback;
        }
        return a == null ? interaction : interaction.withSentiment(a.analyze(interaction.text()));
    }

    private static String normalise(String tag) {
        return tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** Builds a {@link LanguageRoutingAnalyzer}. Not thread-safe; {@link #build()} may be called again. */
    public static final class Builder {
        private final Map<String, SentimentAnalyzer> routes = new HashMap<>();
        private SentimentAnalyzer fallback;

        private Builder() {
        }

        /**
         * Registers the analyser for a language.
         *
         * @param languageTag a BCP 47 tag, for example {@code en} or {@code pt-BR}; matched case-insensitively
         * @param analyzer the analyser for it
         * @return this
         * @throws IllegalArgumentException if the tag is blank
         * @throws IllegalStateException if the language already has an analyser
         */
        public Builder route(String languageTag, SentimentAnalyzer analyzer) {
            Objects.requireNonNull(languageTag, "languageTag");
            Objects.requireNonNull(analyzer, "analyzer");
            String tag = normalise(languageTag);
            if (tag.isEmpty()) {
                throw new IllegalArgumentException("languageTag must not be blank");
            }
            if (routes.putIfAbsent(tag, analyzer) != null) {
                throw new IllegalStateException("language '" + tag + "' already has an analyser");
            }
            return this;
        }

        /**
         * The analyser for texts without a language or with one that has no route. Default: none.
         *
         * @param analyzer the fallback
         * @return this
         * @throws IllegalStateException if a fallback was already set
         */
        public Builder fallback(SentimentAnalyzer analyzer) {
            Objects.requireNonNull(analyzer, "analyzer");
            if (fallback != null) {
                throw new IllegalStateException("fallback is already set");
            }
            this.fallback = analyzer;
            return this;
        }

        /**
         * Builds the analyser; the builder is left unchanged.
         *
         * @return the analyser
         * @throws IllegalStateException if there is neither a route nor a fallback
         */
        public LanguageRoutingAnalyzer build() {
            if (routes.isEmpty() && fallback == null) {
                throw new IllegalStateException("at least one route or a fallback is needed");
            }
            return new LanguageRoutingAnalyzer(routes, fallback);
        }
    }
}
