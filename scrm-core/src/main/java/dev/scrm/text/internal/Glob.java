package dev.scrm.text.internal;

/** Glob matching with {@code *} (any run, possibly empty) and {@code ?} (one code point), in O(n·m) worst case. */
final class Glob {

    private Glob() {
    }

    static boolean matches(int[] pattern, String value) {
        int[] s = value.codePoints().toArray();
        int p = 0;
        int i = 0;
        int star = -1;
        int mark = 0;
        while (i < s.length) {
            if (p < pattern.length && (pattern[p] == '?' || pattern[p] == s[i])) {
                p++;
                i++;
            } else if (p < pattern.length && pattern[p] == '*') {
                star = p++;
                mark = i;
            } else if (star >= 0) {
                p = star + 1;
                i = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length && pattern[p] == '*') {
            p++;
        }
        return p == pattern.length;
    }
}
