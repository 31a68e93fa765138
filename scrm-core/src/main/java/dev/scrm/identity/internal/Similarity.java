package dev.scrm.identity.internal;

/** String similarity on the scoring hot path: allocation-free for short strings. Stateless and thread-safe. */
public final class Similarity {

    private static final int STACK = 64;

    private Similarity() {
    }

    /** Jaro-Winkler similarity in [0, 1] with prefix scale 0.1 and a prefix of at most 4. */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        if (la > lb) {
            String t = a;
            a = b;
            b = t;
            int x = la;
            la = lb;
            lb = x;
        }
        int window = Math.max(0, lb / 2 - 1);
        long[] flagsA = la <= STACK && lb <= STACK ? null : new long[(la + 63) / 64];
        long[] flagsB = flagsA == null ? null : new long[(lb + 63) / 64];
        long fa = 0;
        long fb = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int lo = Math.max(0, i - window);
            int hi = Math.min(lb - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                boolean used = flagsB == null ? (fb & (1L << j)) != 0 : (flagsB[j >> 6] & (1L << j)) != 0;
                if (!used && b.charAt(j) == c) {
                    if (flagsB == null) {
                        fb |= 1L << j;
                        fa |= 1L << i;
                    } else {
                        flagsB[j >> 6] |= 1L << j;
                        flagsA[i >> 6] |= 1L << i;
                    }
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            boolean ia = flagsA == null ? (fa & (1L << i)) != 0 : (flagsA[i >> 6] & (1L << i)) != 0;
            if (ia) {
                while (!(flagsB == null ? (fb & (1L << k)) != 0 : (flagsB[k >> 6] & (1L << k)) != 0)) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        int maxPrefix = Math.min(4, la);
        while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /**
     * Levenshtein distance if it is at most {@code max}, otherwise {@code max + 1}. Uses a banded dynamic
     * programme, so the cost is O(max * length).
     */
    public static int boundedEdit(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        if (a.equals(b)) {
            return 0;
        }
        if (max == 1) {
            return withinOne(a, b) ? 1 : 2;
        }
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], max + 1);
    }

    /** Whether two different strings are one insertion, deletion, substitution or adjacent swap apart. */
    private static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diffs == 0) {
                        first = i;
                    }
                    diffs++;
                    if (diffs > 2) {
                        return false;
                    }
                }
            }
            if (diffs <= 1) {
                return true;
            }
            // adjacent transposition counts as one edit
            return first + 1 < la && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                    && a.regionMatches(first + 2, b, first + 2, la - first - 2);
        }
        String s = la < lb ? a : b;
        String l = la < lb ? b : a;
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) {
            i++;
        }
        return s.regionMatches(i, l, i + 1, s.length() - i);
    }
}
