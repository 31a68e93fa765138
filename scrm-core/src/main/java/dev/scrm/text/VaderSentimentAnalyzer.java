package dev.scrm.text;

import dev.scrm.core.Sentiment;
import dev.scrm.core.ValidationException;
import dev.scrm.text.internal.VaderEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The VADER sentiment analyser (Hutto and Gilbert, ICWSM 2014) for English social media text, scoring
 * the same as the reference implementation vaderSentiment 3.3.2.
 *
 * <p>It applies the paper's rules over the shipped lexicons (MIT licence, in
 * {@code dev/scrm/text/vader/} beside this jar's classes): lexicon valence, negation within three words,
 * boosters and dampeners, capitals among lower-case words, the contrastive "but", exclamation and
 * question marks, a few idioms and special cases, and emoji (replaced by their descriptions). The compound
 * score is the sum of valences normalised by {@code x / sqrt(x² + 15)}; {@code pos}, {@code neu} and
 * {@code neg} are the proportions of the text's tokens with that polarity. Like the reference, results
 * are rounded to four decimals (compound) and three (proportions) unless
 * {@link Builder#rounded(boolean)} turns rounding off.
 *
 * <p>The reference's behaviours that depart from a literal reading of the paper are kept on purpose,
 * because scores from the two must agree; for example, a "so" or "this" right before a word intensifies
 * it, and when several words have equal scores around a "but", the reference may adjust an earlier one
 * twice. Unlike the reference, the cost grows linearly with the text's length.
 *
 * <p>What it cannot do: the lexicon is English, so text in other languages mostly scores 0, which then
 * means "unknown" rather than "neutral"; sarcasm, irony and context beyond three words are not seen; only
 * the first "but" shifts weight; only single-code-point emoji are described, so flags, skin tones and
 * joined emoji sequences count only through their parts; and on the paper's tweets it agrees with the
 * sign of the human rating for about 92% of tweets (Pearson r 0.87 with the mean rating). Plug a different
 * {@link SentimentAnalyzer} for other languages or domains.
 *
 * <p>Results carry the id {@value #ID} and the version {@value #VERSION}; an analyser whose lexicon was
 * changed reports {@value #VERSION}{@code -custom} unless given its own version. Immutable and thread-safe:
 * build one and share it.
 *
 * <pre>{@code
 * SentimentAnalyzer vader = VaderSentimentAnalyzer.ofDefaults();
 * Sentiment s = vader.analyze("The new release is GREAT, but setup was slow :(");
 * s.compound(); // -0.2343: what follows "but" weighs more
 * }</pre>
 */
public final class VaderSentimentAnalyzer implements SentimentAnalyzer {

    /** The analyser id on every result. */
    public static final String ID = "vader";
    /** The version of the reference whose scores this analyser reproduces. */
    public static final String VERSION = "3.3.2";

    private static final String LEXICON = "vader/vader_lexicon.txt";
    private static final String EMOJI_LEXICON = "vader/emoji_utf8_lexicon.txt";

    private final VaderEngine engine;
    private final String id;
    private final String version;

    private VaderSentimentAnalyzer(VaderEngine engine, String id, String version) {
        this.engine = engine;
        this.id = id;
        this.version = version;
    }

    /**
     * The analyser with the shipped lexicons and reference rounding; the lexicons are read once per JVM.
     *
     * @return the shared default analyser
     */
    public static VaderSentimentAnalyzer ofDefaults() {
        return Defaults.INSTANCE;
    }

    /**
     * A builder starting from the shipped lexicons.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Scores one text. Any Unicode input is accepted; an empty or all-blank text scores 0 everywhere.
     *
     * @param text the text
     * @return its sentiment
     * @throws NullPointerException if {@code text} is null
     */
    @Override
    public Sentiment analyze(String text) {
        Objects.requireNonNull(text, "text");
        double[] r = engine.score(text);
        return new Sentiment(r[0], r[1], r[2], r[3], id, version);
    }

    /**
     * The id on this analyser's results.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The version on this analyser's results.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    @Override
    public String toString() {
        return "VaderSentimentAnalyzer[" + id + "@" + version + "]";
    }

    /** Holder of the default instance, loaded on first use. */
    private static final class Defaults {
        static final VaderSentimentAnalyzer INSTANCE = new Builder().build();
    }

    /**
     * Builds a {@link VaderSentimentAnalyzer}, for example with domain words added to the lexicon. Setters
     * take the property's name; {@link #build()} may be called again. Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, Double> lexicon;
        private final Map<Integer, String> emoji;
        private boolean customised;
        private boolean rounded = true;
        private String id = ID;
        private String version;

        private Builder() {
            lexicon = readLexicon(resource(LEXICON), LEXICON);
            emoji = readEmoji(resource(EMOJI_LEXICON), EMOJI_LEXICON);
        }

        /**
         * Replaces the word lexicon with one in VADER's format: one entry a line, the token, a tab, its mean
         * valence (further tab-separated columns are ignored). Later duplicates win, as in the reference.
         *
         * @param source the lexicon, read fully but not closed
         * @param sourceName the name used in error messages, for example a file name
         * @return this
         * @throws ValidationException if a line has no valence or one that is not a finite number
         * @throws UncheckedIOException if reading fails
         */
        public Builder lexicon(Reader source, String sourceName) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(sourceName, "sourceName");
            Map<String, Double> read = readLexicon(source, sourceName);
            lexicon.clear();
            lexicon.putAll(read);
            customised = true;
            return this;
        }

        /**
         * Adds or replaces one lexicon entry, for example a product's jargon.
         *
         * @param token the token, matched case-insensitively
         * @param valence its valence, conventionally within [-4, 4]
         * @return this
         * @throws IllegalArgumentException if the token is blank or contains white space, or the valence is
         *     not finite
         */
        public Builder valence(String token, double valence) {
            Objects.requireNonNull(token, "token");
            if (token.isBlank() || token.codePoints().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("token must be non-blank and contain no white space");
            }
            if (!Double.isFinite(valence)) {
                throw new IllegalArgumentException("valence must be finite, was " + valence);
            }
            lexicon.put(token.toLowerCase(java.util.Locale.ROOT), valence);
            customised = true;
            return this;
        }

        /**
         * Whether to round like the reference: compound to four decimals, proportions to three, half to
         * even on the exact binary value. Default {@code true}.
         *
         * @param value whether to round
         * @return this
         */
        public Builder rounded(boolean value) {
            this.rounded = value;
            return this;
        }

        /**
         * The id on results. Default {@value VaderSentimentAnalyzer#ID}.
         *
         * @param value the id: non-blank, no white space, at most 64 characters
         * @return this
         * @throws IllegalArgumentException if the id is not valid
         */
        public Builder id(String value) {
            this.id = checkToken(value, "id");
            return this;
        }

        /**
         * The version on results. Default {@value VaderSentimentAnalyzer#VERSION}, or
         * {@value VaderSentimentAnalyzer#VERSION}{@code -custom} once the lexicon was changed.
         *
         * @param value the version: non-blank, no white space, at most 64 characters
         * @return this
         * @throws IllegalArgumentException if the version is not valid
         */
        public Builder version(String value) {
            this.version = checkToken(value, "version");
            return this;
        }

        /**
         * Builds the analyser; the builder is left unchanged.
         *
         * @return the analyser
         */
        public VaderSentimentAnalyzer build() {
            String v = version != null ? version : customised ? VERSION + "-custom" : VERSION;
            return new VaderSentimentAnalyzer(new VaderEngine(lexicon, emoji, rounded), id, v);
        }

        private static String checkToken(String value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isBlank() || value.length() > 64
                    || value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw new IllegalArgumentException(name + " must be 1 to 64 characters without white space");
            }
            return value;
        }

        private static Reader resource(String name) {
            InputStream in = VaderSentimentAnalyzer.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("resource dev/scrm/text/" + name + " is missing from the classpath");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        private static Map<String, Double> readLexicon(Reader source, String sourceName) {
            Map<String, Double> out = new HashMap<>();
            forEachLine(source, sourceName, (line, number) -> {
                String[] cols = line.split("\t", -1);
                if (cols.length < 2) {
                    throw ValidationException.at(sourceName, number, "valence", "expected a tab and a valence",
                            null);
                }
                double valence;
                try {
                    valence = Double.parseDouble(cols[1].strip());
                } catch (NumberFormatException e) {
                    throw ValidationException.at(sourceName, number, "valence", "not a number", null);
                }
                if (!Double.isFinite(valence)) {
                    throw ValidationException.at(sourceName, number, "valence", "not a finite number", null);
                }
                out.put(cols[0], valence);
            });
            return out;
        }

        private static Map<Integer, String> readEmoji(Reader source, String sourceName) {
            Map<Integer, String> out = new HashMap<>();
            forEachLine(source, sourceName, (line, number) -> {
                String[] cols = line.split("\t", -1);
                if (cols.length < 2) {
                    throw ValidationException.at(sourceName, number, "description",
                            "expected a tab and a description", null);
                }
                // Only single code points are replaced: the reference looks emoji up one code point at a time.
                if (cols[0].codePointCount(0, cols[0].length()) == 1) {
                    out.put(cols[0].codePointAt(0), cols[1]);
                }
            });
            return out;
        }

        private interface LineHandler {
            void accept(String line, long number);
        }

        private static void forEachLine(Reader source, String sourceName, LineHandler handler) {
            try {
                BufferedReader r = new BufferedReader(source);
                String line;
                long number = 0;
                while ((line = r.readLine()) != null) {
                    number++;
                    String stripped = line.strip();
                    if (!stripped.isEmpty()) {
                        handler.accept(stripped, number);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + sourceName, e);
            }
        }
    }
}
