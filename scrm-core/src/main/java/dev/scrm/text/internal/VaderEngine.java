package dev.scrm.text.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The VADER rules (Hutto and Gilbert, ICWSM 2014) as published in the reference implementation
 * vaderSentiment 3.3.2, including the behaviours of that implementation that differ from a literal reading
 * of the paper, so that scores agree with it to the fourth decimal.
 *
 * <p>Every step looks at a fixed window of neighbouring tokens, so the cost is linear in the text's
 * length (the contrastive "but" rule uses a heap per distinct score and is O(n log n) in the worst case).
 * Immutable and thread-safe once built.
 */
public final class VaderEngine {

    /** Added to (or subtracted from) a valence by a booster word. */
    static final double B_INCR = 0.293;
    /** Added by a dampener word. */
    static final double B_DECR = -0.293;
    /** Added by a word in capitals among words that are not. */
    static final double C_INCR = 0.733;
    /** Multiplies a negated valence. */
    static final double N_SCALAR = -0.74;
    /** The normalisation constant of the compound score. */
    static final double ALPHA = 15.0;

    private static final double NONE = Double.NaN;

    static final Set<String> NEGATE = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
            "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt",
            "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't",
            "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing",
            "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't",
            "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely",
            "seldom", "despite");

    static final Map<String, Double> BOOSTERS = boosters();

    /** Multi-word phrases whose valence replaces that of the word they contain. */
    static final Map<String, Double> SPECIAL_CASES = Map.of("the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5,
            "badass", 1.5, "bus stop", 0.0, "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
            "beating heart", 3.1, "broken heart", -2.9);

    /** Every word that occurs in a multi-word special case or booster; other words never form one. */
    private static final Set<String> PHRASE_WORDS = Set.of("the", "shit", "bomb", "bad", "ass", "bus", "stop",
            "yeah", "right", "kiss", "of", "death", "to", "die", "for", "beating", "heart", "broken", "just",
            "enough", "kind", "sort");

    // flags of dictionary entries
    private static final int NO = 1;
    private static final int OR_NOR = 1 << 1;
    private static final int NEGATE_WORD = 1 << 2;
    private static final int NEVER = 1 << 3;
    private static final int SO_THIS = 1 << 4;
    private static final int WITHOUT = 1 << 5;
    private static final int DOUBT = 1 << 6;
    private static final int LEAST = 1 << 7;
    private static final int AT_VERY = 1 << 8;
    private static final int KIND = 1 << 9;
    private static final int OF = 1 << 10;
    private static final int BUT = 1 << 11;
    private static final int PHRASE_WORD = 1 << 12;

    private final Dictionary dict;
    private final Map<Integer, String> emoji;
    private final boolean round;
    /** Special-case phrases and multi-word boosters by the ids of their words. */
    private final Map<Long, Double> specialCases = new HashMap<>();
    private final Map<Long, Double> phraseBoosters = new HashMap<>();

    /**
     * An engine over these lexicons.
     *
     * @param lexicon lower-case token to mean valence
     * @param emoji single code point to its description
     * @param round whether to round like the reference (compound to 4, proportions to 3 decimals)
     */
    public VaderEngine(Map<String, Double> lexicon, Map<Integer, String> emoji, boolean round) {
        Objects.requireNonNull(lexicon, "lexicon");
        this.emoji = new HashMap<>(Objects.requireNonNull(emoji, "emoji"));
        this.round = round;
        Map<String, Entry> entries = new HashMap<>();
        lexicon.forEach((word, valence) -> entry(entries, word).valence = valence);
        BOOSTERS.forEach((word, value) -> entry(entries, word).booster = value);
        NEGATE.forEach(word -> entry(entries, word).flags |= NEGATE_WORD);
        flag(entries, NO, "no");
        flag(entries, OR_NOR, "or", "nor");
        flag(entries, NEVER, "never");
        flag(entries, SO_THIS, "so", "this");
        flag(entries, WITHOUT, "without");
        flag(entries, DOUBT, "doubt");
        flag(entries, LEAST, "least");
        flag(entries, AT_VERY, "at", "very");
        flag(entries, KIND, "kind");
        flag(entries, OF, "of");
        flag(entries, BUT, "but");
        flag(entries, PHRASE_WORD, PHRASE_WORDS.toArray(String[]::new));
        if (entries.size() >= 1 << 21) {
            throw new IllegalArgumentException("lexicon must have fewer than " + (1 << 21) + " entries");
        }
        this.dict = new Dictionary(entries.values());
        SPECIAL_CASES.forEach((phrase, value) -> {
            Long key = phraseKey(phrase, entries);
            if (key != null) {
                specialCases.put(key, value);
            }
        });
        BOOSTERS.forEach((phrase, value) -> {
            if (phrase.indexOf(' ') > 0) {
                phraseBoosters.put(phraseKey(phrase, entries), value);
            }
        });
    }

    private static Map<String, Double> boosters() {
        Map<String, Double> m = new HashMap<>();
        for (String w : new String[] {"absolutely", "amazingly", "awfully", "completely", "considerable",
                "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
                "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin",
                "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking",
                "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely",
                "major", "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so",
                "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously", "uber",
                "unbelievably", "unusually", "utter", "utterly", "very"}) {
            m.put(w, B_INCR);
        }
        for (String w : new String[] {"almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof",
                "kind-of", "less", "little", "marginal", "marginally", "occasional", "occasionally", "partly",
                "scarce", "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"}) {
            m.put(w, B_DECR);
        }
        return Map.copyOf(m);
    }

    private static Entry entry(Map<String, Entry> entries, String word) {
        return entries.computeIfAbsent(word, w -> new Entry(w, entries.size() + 1));
    }

    private static void flag(Map<String, Entry> entries, int flag, String... words) {
        for (String w : words) {
            entry(entries, w).flags |= flag;
        }
    }

    /** The key of a multi-word phrase, or null for a single word (which the reference never matches). */
    private static Long phraseKey(String phrase, Map<String, Entry> entries) {
        String[] words = phrase.split(" ");
        if (words.length < 2) {
            return null;
        }
        long key = 0;
        for (String w : words) {
            key = (key << 21) | entry(entries, w).id;
        }
        return key;
    }

    private static long key(Entry a, Entry b) {
        return ((long) a.id << 21) | b.id;
    }

    private static long key(Entry a, Entry b, Entry c) {
        return ((((long) a.id << 21) | b.id) << 21) | c.id;
    }

    /** A word the rules know: its lexicon valence (NaN if none), booster value (0 if none) and flags. */
    static final class Entry {
        final String word;
        final int id;
        double valence = NONE;
        double booster;
        int flags;

        Entry(String word, int id) {
            this.word = word;
            this.id = id;
        }
    }

    private static final Entry UNKNOWN = new Entry("", 0);

    /**
     * Scores a text.
     *
     * @param text the text
     * @return compound, positive, neutral and negative, in that order
     */
    public double[] score(String text) {
        String t = replaceEmoji(text);
        Tokens tk = Tokens.of(t, dict);
        int n = tk.size;
        if (n == 0) {
            return new double[] {0.0, 0.0, 0.0, 0.0};
        }
        Entry[] e = tk.entries;
        boolean[] upper = tk.upper;
        int allCaps = 0;
        int bi = -1;
        for (int i = 0; i < n; i++) {
            if (upper[i]) {
                allCaps++;
            }
            if (bi < 0 && (e[i].flags & BUT) != 0) {
                bi = i;
            }
        }
        int capDifferential = n - allCaps;
        boolean capDiff = capDifferential > 0 && capDifferential < n;

        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            Entry w = e[i];
            if (w.booster != 0) {
                continue;
            }
            if (i < n - 1 && (w.flags & KIND) != 0 && (e[i + 1].flags & OF) != 0) {
                continue;
            }
            if (!Double.isNaN(w.valence)) {
                s[i] = valence(i, n, tk, capDiff);
            }
        }
        if (bi >= 0) {
            butCheck(bi, s);
        }
        return scoreValence(s, t);
    }

    private static boolean has(Entry e, int flag) {
        return (e.flags & flag) != 0;
    }

    private double valence(int i, int n, Tokens tk, boolean capDiff) {
        Entry[] e = tk.entries;
        double base = e[i].valence;
        double v = base;
        if (has(e[i], NO) && i != n - 1 && !Double.isNaN(e[i + 1].valence)) {
            v = 0.0;
        }
        if ((i > 0 && has(e[i - 1], NO)) || (i > 1 && has(e[i - 2], NO))
                || (i > 2 && has(e[i - 3], NO) && has(e[i - 1], OR_NOR))) {
            v = base * N_SCALAR;
        }
        if (tk.upper[i] && capDiff) {
            v = v > 0 ? v + C_INCR : v - C_INCR;
        }
        for (int k = 0; k < 3; k++) {
            int j = i - (k + 1);
            if (i > k && Double.isNaN(e[j].valence)) {
                double sc = scalar(e[j], tk.upper[j], v, capDiff);
                if (k == 1 && sc != 0) {
                    sc = sc * 0.95;
                }
                if (k == 2 && sc != 0) {
                    sc = sc * 0.9;
                }
                v = v + sc;
                v = negation(v, tk, k, i);
                if (k == 2) {
                    v = idioms(v, e, i, n);
                }
            }
        }
        return least(v, e, i);
    }

    private static double scalar(Entry word, boolean upperWord, double valence, boolean capDiff) {
        if (word.booster == 0) {
            return 0.0;
        }
        double scalar = word.booster;
        if (valence < 0) {
            scalar *= -1;
        }
        if (upperWord && capDiff) {
            if (valence > 0) {
                scalar += C_INCR;
            } else {
                scalar -= C_INCR;
            }
        }
        return scalar;
    }

    static boolean negated(String lowerWord) {
        return NEGATE.contains(lowerWord) || lowerWord.contains("n't");
    }

    private static boolean negated(Tokens tk, int j) {
        return has(tk.entries[j], NEGATE_WORD) || tk.nt[j];
    }

    private static double negation(double valence, Tokens tk, int k, int i) {
        Entry[] l = tk.entries;
        double v = valence;
        if (k == 0) {
            if (negated(tk, i - 1)) {
                v = v * N_SCALAR;
            }
        } else if (k == 1) {
            if (has(l[i - 2], NEVER) && has(l[i - 1], SO_THIS)) {
                v = v * 1.25;
            } else if (has(l[i - 2], WITHOUT) && has(l[i - 1], DOUBT)) {
                // "without doubt" is not a negation
                return v;
            } else if (negated(tk, i - 2)) {
                v = v * N_SCALAR;
            }
        } else {
            // The reference groups this test as (never and (so or this)) or (so or this): a "so" or "this"
            // right before the word intensifies it even without "never".
            if ((has(l[i - 3], NEVER) && has(l[i - 2], SO_THIS)) || has(l[i - 1], SO_THIS)) {
                v = v * 1.25;
            } else if (has(l[i - 3], WITHOUT) && (has(l[i - 2], DOUBT) || has(l[i - 1], DOUBT))) {
                return v;
            } else if (negated(tk, i - 3)) {
                v = v * N_SCALAR;
            }
        }
        return v;
    }

    private double idioms(double valence, Entry[] l, int i, int n) {
        double v = valence;
        boolean p0 = has(l[i], PHRASE_WORD);
        boolean p1 = has(l[i - 1], PHRASE_WORD);
        boolean p2 = has(l[i - 2], PHRASE_WORD);
        boolean p3 = has(l[i - 3], PHRASE_WORD);
        // the reference tries, in order: (i-1 i), (i-2 i-1 i), (i-2 i-1), (i-3 i-2 i-1), (i-3 i-2)
        Double special = null;
        if (p1 && p0) {
            special = specialCases.get(key(l[i - 1], l[i]));
        }
        if (special == null && p2 && p1 && p0) {
            special = specialCases.get(key(l[i - 2], l[i - 1], l[i]));
        }
        if (special == null && p2 && p1) {
            special = specialCases.get(key(l[i - 2], l[i - 1]));
        }
        if (special == null && p3 && p2 && p1) {
            special = specialCases.get(key(l[i - 3], l[i - 2], l[i - 1]));
        }
        if (special == null && p3 && p2) {
            special = specialCases.get(key(l[i - 3], l[i - 2]));
        }
        if (special != null) {
            v = special;
        }
        if (n - 1 > i && p0 && has(l[i + 1], PHRASE_WORD)) {
            Double after = specialCases.get(key(l[i], l[i + 1]));
            if (after != null) {
                v = after;
            }
        }
        if (n - 1 > i + 1 && p0 && has(l[i + 1], PHRASE_WORD) && has(l[i + 2], PHRASE_WORD)) {
            Double after = specialCases.get(key(l[i], l[i + 1], l[i + 2]));
            if (after != null) {
                v = after;
            }
        }
        // multi-word boosters and dampeners ("kind of", "sort of", "just enough") before the word
        if (p3 && p2 && p1) {
            Double b = phraseBoosters.get(key(l[i - 3], l[i - 2], l[i - 1]));
            if (b != null) {
                v = v + b;
            }
        }
        if (p3 && p2) {
            Double b = phraseBoosters.get(key(l[i - 3], l[i - 2]));
            if (b != null) {
                v = v + b;
            }
        }
        if (p2 && p1) {
            Double b = phraseBoosters.get(key(l[i - 2], l[i - 1]));
            if (b != null) {
                v = v + b;
            }
        }
        return v;
    }

    private static double least(double valence, Entry[] l, int i) {
        if (i > 1 && Double.isNaN(l[i - 1].valence) && has(l[i - 1], LEAST)) {
            if (!has(l[i - 2], AT_VERY)) {
                return valence * N_SCALAR;
            }
        } else if (i > 0 && Double.isNaN(l[i - 1].valence) && has(l[i - 1], LEAST)) {
            return valence * N_SCALAR;
        }
        return valence;
    }

    /**
     * The contrastive "but" rule: scores before the first "but" (at {@code bi}) are halved and those after it
     * grow by half. The reference finds each score's position by searching the list for the first equal
     * value, so when a score equals an earlier (already adjusted) one, the earlier position is adjusted again
     * instead. This reproduces that: literally for short texts, with a min-heap of positions per distinct
     * value for long ones (O(n log n)).
     */
    static void butCheck(int bi, double[] s) {
        if (s.length <= 64) {
            for (int k = 0; k < s.length; k++) {
                double v = s[k];
                if (v == 0) {
                    continue; // scaling zero changes nothing, and no non-zero value equals zero
                }
                int j = 0;
                while (s[j] != v) {
                    j++;
                }
                if (j != bi) {
                    s[j] = j < bi ? v * 0.5 : v * 1.5;
                }
            }
            return;
        }
        Map<Double, PriorityQueue<Integer>> positions = new HashMap<>();
        for (int k = 0; k < s.length; k++) {
            double v = s[k];
            if (v == 0) {
                continue;
            }
            PriorityQueue<Integer> q = positions.get(v);
            int j = q == null || q.isEmpty() ? k : q.poll();
            if (j != bi) {
                s[j] = j < bi ? v * 0.5 : v * 1.5;
            }
            positions.computeIfAbsent(s[j], x -> new PriorityQueue<>()).add(j);
            if (j != k) {
                positions.computeIfAbsent(v, x -> new PriorityQueue<>()).add(k);
            }
        }
    }

    private double[] scoreValence(double[] s, String text) {
        double sum = 0.0;
        for (double v : s) {
            sum += v;
        }
        double amplifier = punctuationEmphasis(text);
        if (sum > 0) {
            sum += amplifier;
        } else if (sum < 0) {
            sum -= amplifier;
        }
        double compound = normalize(sum);
        double posSum = 0.0;
        double negSum = 0.0;
        int neutralCount = 0;
        for (double v : s) {
            if (v > 0) {
                posSum += v + 1;
            }
            if (v < 0) {
                negSum += v - 1;
            }
            if (v == 0) {
                neutralCount++;
            }
        }
        if (posSum > Math.abs(negSum)) {
            posSum += amplifier;
        } else if (posSum < Math.abs(negSum)) {
            negSum -= amplifier;
        }
        double total = posSum + Math.abs(negSum) + neutralCount;
        double pos = Math.abs(posSum / total);
        double neg = Math.abs(negSum / total);
        double neu = Math.abs(neutralCount / total);
        if (round) {
            return new double[] {roundHalfEven(compound, 4), roundHalfEven(pos, 3), roundHalfEven(neu, 3),
                roundHalfEven(neg, 3)};
        }
        return new double[] {compound, Math.min(1.0, pos), Math.min(1.0, neu), Math.min(1.0, neg)};
    }

    static double normalize(double score) {
        double norm = score / Math.sqrt(score * score + ALPHA);
        if (norm < -1.0) {
            return -1.0;
        }
        return Math.min(norm, 1.0);
    }

    static double punctuationEmphasis(String text) {
        int ep = 0;
        int qm = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!') {
                ep++;
            } else if (c == '?') {
                qm++;
            }
        }
        double epAmp = Math.min(ep, 4) * 0.292;
        double qmAmp = 0;
        if (qm > 1) {
            qmAmp = qm <= 3 ? qm * 0.18 : 0.96;
        }
        return epAmp + qmAmp;
    }

    /**
     * Rounds the exact binary value of {@code x} to {@code digits} decimals, ties to even, as Python's
     * {@code round} does; a fast path avoids {@link BigDecimal} unless the value is close to a tie.
     */
    static double roundHalfEven(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double scale = digits == 4 ? 1e4 : Math.pow(10, digits);
        double scaled = x * scale;
        double floor = Math.floor(scaled);
        double frac = scaled - floor;
        if (Math.abs(frac - 0.5) > 1e-6 && Math.abs(scaled) < 1e15) {
            double r = frac < 0.5 ? floor : floor + 1;
            return (r == 0 && x < 0 ? -0.0 : r) / scale;
        }
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Replaces each single-code-point emoji by its description, as the reference does. */
    String replaceEmoji(String text) {
        int len = text.length();
        int first = -1;
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c >= 0xA9 && (emoji.containsKey((int) c) || Character.isHighSurrogate(c))) {
                int cp = text.codePointAt(i);
                if (emoji.containsKey(cp)) {
                    first = i;
                    break;
                }
            }
        }
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(len + 32);
        sb.append(text, 0, first);
        boolean prevSpace = first == 0 || text.charAt(first - 1) == ' ';
        for (int i = first; i < len;) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String description = emoji.get(cp);
            if (description != null) {
                if (!prevSpace) {
                    sb.append(' ');
                }
                sb.append(description);
                prevSpace = false;
            } else {
                sb.appendCodePoint(cp);
                prevSpace = cp == ' ';
            }
        }
        return sb.toString();
    }

    /** Python's {@code str.lower()} for the common case; returns the same instance when nothing changes. */
    static String lowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return s.toLowerCase(java.util.Locale.ROOT);
            }
            if (c >= 'A' && c <= 'Z') {
                char[] a = s.toCharArray();
                for (int j = i; j < a.length; j++) {
                    char d = a[j];
                    if (d >= 0x80) {
                        return s.toLowerCase(java.util.Locale.ROOT);
                    }
                    if (d >= 'A' && d <= 'Z') {
                        a[j] = (char) (d + 32);
                    }
                }
                return new String(a);
            }
        }
        return s;
    }

    /** Python's {@code str.isupper()}: at least one cased character and no lower or title case one. */
    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            if (!cased && Character.isUpperCase(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    /** Python's {@code str.isspace()} for one code point. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || cp == 0x85 || cp == 0xA0 || cp == 0x2007 || cp == 0x202F;
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /**
     * The text split on white space, each token stripped of surrounding ASCII punctuation unless that would
     * leave two code points or fewer, and looked up in the dictionary without building lower-case copies.
     */
    static final class Tokens {
        Entry[] entries;
        boolean[] upper;
        boolean[] nt;
        int size;

        private Tokens(int capacity) {
            entries = new Entry[capacity];
            upper = new boolean[capacity];
            nt = new boolean[capacity];
        }

        /** The tokens as strings, for tests. */
        static List<String> words(String text) {
            List<String> out = new ArrayList<>();
            split(text, (start, end) -> out.add(text.substring(start, end)));
            return out;
        }

        static Tokens of(String text, Dictionary dict) {
            Tokens tk = new Tokens(Math.max(8, text.length() / 5));
            split(text, (start, end) -> tk.add(text, start, end, dict));
            return tk;
        }

        private void add(String text, int start, int end, Dictionary dict) {
            if (size == entries.length) {
                int cap = size * 2;
                entries = Arrays.copyOf(entries, cap);
                upper = Arrays.copyOf(upper, cap);
                nt = Arrays.copyOf(nt, cap);
            }
            Entry e = dict.lookup(text, start, end);
            entries[size] = e == null ? UNKNOWN : e;
            upper[size] = isUpper(text, start, end);
            nt[size] = containsNt(text, start, end);
            size++;
        }

        private interface Sink {
            void token(int start, int end);
        }

        private static void split(String text, Sink sink) {
            int len = text.length();
            int i = 0;
            while (i < len) {
                char c = text.charAt(i);
                if (c < 0x80 ? isAsciiSpace(c) : isSpace(text.codePointAt(i))) {
                    i += c < 0x80 ? 1 : Character.charCount(text.codePointAt(i));
                    continue;
                }
                int start = i;
                while (i < len) {
                    c = text.charAt(i);
                    if (c < 0x80) {
                        if (isAsciiSpace(c)) {
                            break;
                        }
                        i++;
                    } else {
                        int cp = text.codePointAt(i);
                        if (isSpace(cp)) {
                            break;
                        }
                        i += Character.charCount(cp);
                    }
                }
                int a = start;
                int b = i;
                while (a < b && isAsciiPunctuation(text.charAt(a))) {
                    a++;
                }
                while (b > a && isAsciiPunctuation(text.charAt(b - 1))) {
                    b--;
                }
                if ((a != start || b != i) && Character.codePointCount(text, a, b) <= 2) {
                    sink.token(start, i);
                } else {
                    sink.token(a, b);
                }
            }
        }
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }

    /** Python's {@code str.isupper()} on a region. */
    static boolean isUpper(String s, int start, int end) {
        boolean cased = false;
        for (int i = start; i < end;) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                if (c >= 'A' && c <= 'Z') {
                    cased = true;
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            if (Character.isUpperCase(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    /** Whether the lower-cased region contains {@code n't}. */
    private static boolean containsNt(String s, int start, int end) {
        for (int i = start; i + 2 < end; i++) {
            char c = s.charAt(i);
            if ((c == 'n' || c == 'N') && s.charAt(i + 1) == '\'' && (s.charAt(i + 2) == 't' || s.charAt(i + 2) == 'T')) {
                return true;
            }
        }
        return false;
    }

    /** Open-addressing table of entries, looked up by a region of text lower-cased on the fly. */
    static final class Dictionary {
        private final Entry[] table;
        private final int mask;

        Dictionary(Collection<Entry> entries) {
            int cap = Integer.highestOneBit(Math.max(16, entries.size() * 3)) << 1;
            table = new Entry[cap];
            mask = cap - 1;
            for (Entry e : entries) {
                int h = spread(e.word.hashCode()) & mask;
                while (table[h] != null) {
                    h = (h + 1) & mask;
                }
                table[h] = e;
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        Entry lookup(String text, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    return lookup(text.substring(start, end).toLowerCase(Locale.ROOT));
                }
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            int len = end - start;
            for (int k = spread(h) & mask; table[k] != null; k = (k + 1) & mask) {
                String w = table[k].word;
                if (w.length() == len && asciiLowerEquals(w, text, start)) {
                    return table[k];
                }
            }
            return null;
        }

        private static boolean asciiLowerEquals(String word, String text, int start) {
            for (int i = 0; i < word.length(); i++) {
                char c = text.charAt(start + i);
                if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        Entry lookup(String lower) {
            for (int k = spread(lower.hashCode()) & mask; table[k] != null; k = (k + 1) & mask) {
                if (table[k].word.equals(lower)) {
                    return table[k];
                }
            }
            return null;
        }
    }
}
