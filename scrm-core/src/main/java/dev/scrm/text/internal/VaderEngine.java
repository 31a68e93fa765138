package dev.scrm.text.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
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

    private final Map<String, Double> lexicon;
    private final Map<Integer, String> emoji;
    private final boolean round;

    /**
     * An engine over these lexicons.
     *
     * @param lexicon lower-case token to mean valence
     * @param emoji single code point to its description
     * @param round whether to round like the reference (compound to 4, proportions to 3 decimals)
     */
    public VaderEngine(Map<String, Double> lexicon, Map<Integer, String> emoji, boolean round) {
        this.lexicon = new HashMap<>(Objects.requireNonNull(lexicon, "lexicon"));
        this.emoji = new HashMap<>(Objects.requireNonNull(emoji, "emoji"));
        this.round = round;
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

    /**
     * Scores a text.
     *
     * @param text the text
     * @return compound, positive, neutral and negative, in that order
     */
    public double[] score(String text) {
        String t = replaceEmoji(text);
        Tokens tk = Tokens.of(t);
        int n = tk.size;
        if (n == 0) {
            return new double[] {0.0, 0.0, 0.0, 0.0};
        }
        String[] words = tk.words;
        String[] lower = new String[n];
        double[] lex = new double[n];
        boolean[] upper = new boolean[n];
        int allCaps = 0;
        for (int i = 0; i < n; i++) {
            lower[i] = lowerCase(words[i]);
            Double v = lexicon.get(lower[i]);
            lex[i] = v == null ? NONE : v;
            upper[i] = isUpper(words[i]);
            if (upper[i]) {
                allCaps++;
            }
        }
        int capDifferential = n - allCaps;
        boolean capDiff = capDifferential > 0 && capDifferential < n;

        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            String lw = lower[i];
            if (BOOSTERS.containsKey(lw)) {
                continue;
            }
            if (i < n - 1 && lw.equals("kind") && lower[i + 1].equals("of")) {
                continue;
            }
            s[i] = valence(i, n, lower, lex, upper, capDiff);
        }
        butCheck(lower, s);
        return scoreValence(s, t);
    }

    private double valence(int i, int n, String[] lower, double[] lex, boolean[] upper, boolean capDiff) {
        double base = lex[i];
        if (Double.isNaN(base)) {
            return 0.0;
        }
        double v = base;
        if (lower[i].equals("no") && i != n - 1 && !Double.isNaN(lex[i + 1])) {
            v = 0.0;
        }
        if ((i > 0 && lower[i - 1].equals("no")) || (i > 1 && lower[i - 2].equals("no"))
                || (i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
            v = base * N_SCALAR;
        }
        if (upper[i] && capDiff) {
            v = v > 0 ? v + C_INCR : v - C_INCR;
        }
        for (int k = 0; k < 3; k++) {
            int j = i - (k + 1);
            if (i > k && Double.isNaN(lex[j])) {
                double sc = scalar(lower[j], upper[j], v, capDiff);
                if (k == 1 && sc != 0) {
                    sc = sc * 0.95;
                }
                if (k == 2 && sc != 0) {
                    sc = sc * 0.9;
                }
                v = v + sc;
                v = negation(v, lower, k, i);
                if (k == 2) {
                    v = idioms(v, lower, i, n);
                }
            }
        }
        return least(v, lower, lex, i);
    }

    private static double scalar(String lowerWord, boolean upperWord, double valence, boolean capDiff) {
        Double b = BOOSTERS.get(lowerWord);
        if (b == null) {
            return 0.0;
        }
        double scalar = b;
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

    private static double negation(double valence, String[] l, int k, int i) {
        double v = valence;
        if (k == 0) {
            if (negated(l[i - 1])) {
                v = v * N_SCALAR;
            }
        } else if (k == 1) {
            if (l[i - 2].equals("never") && (l[i - 1].equals("so") || l[i - 1].equals("this"))) {
                v = v * 1.25;
            } else if (l[i - 2].equals("without") && l[i - 1].equals("doubt")) {
                // "without doubt" is not a negation
                return v;
            } else if (negated(l[i - 2])) {
                v = v * N_SCALAR;
            }
        } else {
            // The reference groups this test as (never and (so or this)) or (so or this): a "so" or "this"
            // right before the word intensifies it even without "never".
            if ((l[i - 3].equals("never") && (l[i - 2].equals("so") || l[i - 2].equals("this")))
                    || l[i - 1].equals("so") || l[i - 1].equals("this")) {
                v = v * 1.25;
            } else if (l[i - 3].equals("without") && (l[i - 2].equals("doubt") || l[i - 1].equals("doubt"))) {
                return v;
            } else if (negated(l[i - 3])) {
                v = v * N_SCALAR;
            }
        }
        return v;
    }

    private static String phrase(String a, String b) {
        return PHRASE_WORDS.contains(a) && PHRASE_WORDS.contains(b) ? a + ' ' + b : null;
    }

    private static String phrase(String a, String b, String c) {
        return PHRASE_WORDS.contains(a) && PHRASE_WORDS.contains(b) && PHRASE_WORDS.contains(c)
                ? a + ' ' + b + ' ' + c : null;
    }

    private static Double lookup(Map<String, Double> map, String key) {
        return key == null ? null : map.get(key);
    }

    private static double idioms(double valence, String[] l, int i, int n) {
        double v = valence;
        String oneZero = phrase(l[i - 1], l[i]);
        String twoOneZero = phrase(l[i - 2], l[i - 1], l[i]);
        String twoOne = phrase(l[i - 2], l[i - 1]);
        String threeTwoOne = phrase(l[i - 3], l[i - 2], l[i - 1]);
        String threeTwo = phrase(l[i - 3], l[i - 2]);
        for (String seq : new String[] {oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo}) {
            Double special = lookup(SPECIAL_CASES, seq);
            if (special != null) {
                v = special;
                break;
            }
        }
        if (n - 1 > i) {
            Double special = lookup(SPECIAL_CASES, phrase(l[i], l[i + 1]));
            if (special != null) {
                v = special;
            }
        }
        if (n - 1 > i + 1) {
            Double special = lookup(SPECIAL_CASES, phrase(l[i], l[i + 1], l[i + 2]));
            if (special != null) {
                v = special;
            }
        }
        for (String gram : new String[] {threeTwoOne, threeTwo, twoOne}) {
            Double b = lookup(BOOSTERS, gram);
            if (b != null) {
                v = v + b;
            }
        }
        return v;
    }

    private static double least(double valence, String[] l, double[] lex, int i) {
        if (i > 1 && Double.isNaN(lex[i - 1]) && l[i - 1].equals("least")) {
            if (!l[i - 2].equals("at") && !l[i - 2].equals("very")) {
                return valence * N_SCALAR;
            }
        } else if (i > 0 && Double.isNaN(lex[i - 1]) && l[i - 1].equals("least")) {
            return valence * N_SCALAR;
        }
        return valence;
    }

    /**
     * The contrastive "but" rule: scores before the first "but" are halved and those after it grow by half.
     * The reference finds each score's position by searching the list for the first equal value, so when a
     * score equals an earlier (already adjusted) one, the earlier position is adjusted again instead. This
     * reproduces that, using a min-heap of positions per distinct value.
     */
    static void butCheck(String[] lower, double[] s) {
        int bi = -1;
        for (int i = 0; i < lower.length; i++) {
            if (lower[i].equals("but")) {
                bi = i;
                break;
            }
        }
        if (bi < 0) {
            return;
        }
        Map<Double, PriorityQueue<Integer>> positions = new HashMap<>();
        for (int k = 0; k < s.length; k++) {
            double v = s[k];
            if (v == 0) {
                continue; // scaling zero changes nothing, and no non-zero value equals zero
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

    /** The text split on white space, each token stripped of surrounding ASCII punctuation unless that
     * would leave two characters or fewer. */
    static final class Tokens {
        final String[] words;
        final int size;

        private Tokens(String[] words, int size) {
            this.words = words;
            this.size = size;
        }

        static Tokens of(String text) {
            String[] out = new String[16];
            int size = 0;
            int len = text.length();
            int i = 0;
            while (i < len) {
                int cp = text.codePointAt(i);
                if (isSpace(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                while (i < len) {
                    cp = text.codePointAt(i);
                    if (isSpace(cp)) {
                        break;
                    }
                    i += Character.charCount(cp);
                }
                if (size == out.length) {
                    out = Arrays.copyOf(out, size * 2);
                }
                out[size++] = strip(text, start, i);
            }
            return new Tokens(out, size);
        }

        private static String strip(String text, int start, int end) {
            int a = start;
            int b = end;
            while (a < b && isAsciiPunctuation(text.charAt(a))) {
                a++;
            }
            while (b > a && isAsciiPunctuation(text.charAt(b - 1))) {
                b--;
            }
            if (a == start && b == end) {
                return text.substring(start, end);
            }
            if (Character.codePointCount(text, a, b) <= 2) {
                return text.substring(start, end);
            }
            return text.substring(a, b);
        }
    }
}
