/**
 * Text analysis for social listening: sentiment, social tokenisation and listening queries.
 *
 * <ul>
 *   <li>{@link dev.scrm.text.SentimentAnalyzer} is the SPI for sentiment models; its results are
 *       {@link dev.scrm.core.Sentiment} values carrying the model's id and version.
 *       {@link dev.scrm.text.VaderSentimentAnalyzer} is the shipped model, scoring like the reference
 *       VADER implementation, and {@link dev.scrm.text.LanguageRoutingAnalyzer} sends each interaction to
 *       the model for its language.</li>
 *   <li>{@link dev.scrm.text.SocialTokenizer} splits text into {@link dev.scrm.text.SocialToken}s: words,
 *       hashtags, mentions, cashtags, URLs, emoji and emoticons.</li>
 *   <li>{@link dev.scrm.text.ListeningQuery} parses and matches Boolean listening queries over those tokens
 *       and an interaction's fields; {@link dev.scrm.text.BrandTagger} tags interactions with the
 *       {@link dev.scrm.text.Brand}s whose queries they match; {@link dev.scrm.text.QueryPlan} tells a
 *       connector which part of a query the platform's search can run.</li>
 * </ul>
 *
 * <p>Every public type here is immutable and thread-safe. Texts are personal data: nothing in this package
 * logs them or puts them in exception messages.
 */
package dev.scrm.text;
