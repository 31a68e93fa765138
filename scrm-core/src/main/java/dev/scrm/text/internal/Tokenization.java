package dev.scrm.text.internal;

import dev.scrm.text.SocialToken;
import dev.scrm.text.TokenKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The social tokeniser: one left-to-right pass over the code points. Stateless and thread-safe. */
public final class Tokenization {

    /** Emoticons, longest first so that the longest match wins. */
    private static final String[] EMOTICONS = {
        ">:-(", ">:-)", ":'-(", ":'-)", "\\o/", "</3", "^_^", "-_-", "o_O", "O_o", "T_T", ">:(", ">:)", ":'(",
        ":')", ":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ":-O", ":-o", ":-|", ":-*", ";-)", ";-(", ";-D", ";-P",
        "=-)", "=-(", ":)", ":(", ":D", ":P", ":p", ":/", ":O", ":o", ":|", ":*", ":]", ":[", ":3", ":S", ":$",
        ";)", ";(", ";D", ";P", ";p", "=)", "=(", "=D", "=P", "<3", "^^", "xD", "XD", "D:", "(:", "):"};

    private Tokenization() {
    }

    /**
     * Tokenises a text.
     *
     * @param text the text
     * @return the tokens, a mutable list
     */
    public static List<SocialToken> tokenize(String text) {
        List<SocialToken> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int[] noEmailBefore = {-1};
        while (i < n) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean boundary = i == 0 || !isWordChar(text.codePointBefore(i));
            int end;
            if (boundary && (end = url(text, i)) > i) {
                out.add(new SocialToken(TokenKind.URL, text.substring(i, end), text.substring(i, end), i, end));
            } else if (cp == '#' && boundary && (end = hashtag(text, next)) > next) {
                out.add(new SocialToken(TokenKind.HASHTAG, text.substring(i, end), fold(text.substring(next, end)),
                        i, end));
            } else if (cp == '@' && boundary && (end = mention(text, next)) > next) {
                out.add(new SocialToken(TokenKind.MENTION, text.substring(i, end), fold(text.substring(next, end)),
                        i, end));
            } else if (cp == '$' && boundary && (end = cashtag(text, next)) > next) {
                out.add(new SocialToken(TokenKind.CASHTAG, text.substring(i, end),
                        text.substring(next, end).toUpperCase(Locale.ROOT), i, end));
            } else if ((i == 0 || isSpace(text.codePointBefore(i))) && (end = emoticon(text, i)) > i) {
                out.add(new SocialToken(TokenKind.EMOTICON, text.substring(i, end), text.substring(i, end), i, end));
            } else if ((end = emoji(text, i, cp)) > i) {
                out.add(new SocialToken(TokenKind.EMOJI, text.substring(i, end), text.substring(i, end), i, end));
            } else if (isWordStart(cp)) {
                if (boundary && i >= noEmailBefore[0] && (end = email(text, i, noEmailBefore)) > i) {
                    out.add(new SocialToken(TokenKind.EMAIL, text.substring(i, end),
                            text.substring(i, end).toLowerCase(Locale.ROOT), i, end));
                } else if (isSingleCharScript(cp)) {
                    end = skipMarks(text, next);
                    out.add(new SocialToken(TokenKind.WORD, text.substring(i, end), fold(text.substring(i, end)), i,
                            end));
                } else {
                    end = word(text, i);
                    String w = text.substring(i, end);
                    out.add(new SocialToken(isNumber(w) ? TokenKind.NUMBER : TokenKind.WORD, w, fold(w), i, end));
                }
            } else {
                end = next;
            }
            i = end;
        }
        return out;
    }

    /** NFKC and lower case: the form terms and tokens are compared in. */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        String normal = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        return normal.toLowerCase(Locale.ROOT);
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || isMark(cp);
    }

    private static boolean isWordStart(int cp) {
        return Character.isLetterOrDigit(cp) || isMark(cp) || cp == '_';
    }

    private static boolean isSingleCharScript(int cp) {
        if (cp < 0x2E80 || !Character.isLetter(cp)) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    private static int skipMarks(String t, int i) {
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!isMark(cp) && cp != 0x200D && cp != 0x200C) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(Character.isDigit(c) || c == '.' || c == ',')) {
                return false;
            }
        }
        return true;
    }

    /** A word: word chars, with inner apostrophes and hyphens, and inner '.' or ',' between digits. */
    private static int word(String t, int i) {
        int n = t.length();
        while (i < n) {
            int cp = t.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWordChar(cp) || cp == 0x200D || cp == 0x200C) {
                if (isSingleCharScript(cp)) {
                    return i;
                }
                i = next;
            } else if ((cp == '\'' || cp == '\u2019' || cp == '-') && next < n && isWordChar(t.codePointAt(next))
                    && !isSingleCharScript(t.codePointAt(next))) {
                i = next;
            } else if ((cp == '.' || cp == ',') && i > 0 && Character.isDigit(t.codePointBefore(i)) && next < n
                    && Character.isDigit(t.codePointAt(next))) {
                i = next;
            } else {
                break;
            }
        }
        return i;
    }

    /** Hashtag body from {@code i}: word chars and joiners, not digits only; returns {@code i} if none. */
    private static int hashtag(String t, int i) {
        int n = t.length();
        int j = i;
        boolean nonDigit = false;
        while (j < n) {
            int cp = t.codePointAt(j);
            if (!(isWordChar(cp) || cp == 0x200D || cp == 0x200C)) {
                break;
            }
            if (!Character.isDigit(cp)) {
                nonDigit = true;
            }
            j += Character.charCount(cp);
        }
        return nonDigit ? j : i;
    }

    private static boolean isNameChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || isMark(cp);
    }

    /** A run of name chars with single inner '.' or '-'. */
    private static int name(String t, int i) {
        int n = t.length();
        int j = i;
        while (j < n) {
            int cp = t.codePointAt(j);
            int next = j + Character.charCount(cp);
            if (isNameChar(cp)) {
                j = next;
            } else if ((cp == '.' || cp == '-') && j > i && next < n && isNameChar(t.codePointAt(next))) {
                j = next;
            } else {
                break;
            }
        }
        return j;
    }

    /** Mention body from {@code i}: a name, optionally {@code @server}; returns {@code i} if none. */
    private static int mention(String t, int i) {
        int j = name(t, i);
        if (j == i) {
            return i;
        }
        if (j < t.length() && t.charAt(j) == '@') {
            int k = name(t, j + 1);
            if (k > j + 1) {
                return k;
            }
        }
        return j;
    }

    /** Cashtag body: 1 to 6 ASCII letters, optionally '.' or '_' and 1 or 2 letters, then no word char. */
    private static int cashtag(String t, int i) {
        int n = t.length();
        int j = i;
        while (j < n && j - i < 6 && isAsciiLetter(t.charAt(j))) {
            j++;
        }
        if (j == i) {
            return i;
        }
        if (j + 1 < n && (t.charAt(j) == '.' || t.charAt(j) == '_') && isAsciiLetter(t.charAt(j + 1))) {
            int k = j + 1;
            while (k < n && k - j <= 2 && isAsciiLetter(t.charAt(k))) {
                k++;
            }
            if (k - j - 1 <= 2 && (k == n || !isWordChar(t.codePointAt(k)))) {
                return k;
            }
        }
        if (j < n && isWordChar(t.codePointAt(j))) {
            return i;
        }
        return j;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean regionMatchesIgnoreCase(String t, int i, String prefix) {
        return t.regionMatches(true, i, prefix, 0, prefix.length());
    }

    /** A URL starting at {@code i}; returns {@code i} if none. */
    private static int url(String t, int i) {
        int start;
        if (regionMatchesIgnoreCase(t, i, "https://")) {
            start = i + 8;
        } else if (regionMatchesIgnoreCase(t, i, "http://")) {
            start = i + 7;
        } else if (regionMatchesIgnoreCase(t, i, "www.")) {
            start = i + 4;
        } else {
            return i;
        }
        int n = t.length();
        if (start >= n || !Character.isLetterOrDigit(t.codePointAt(start))) {
            return i; // checked before scanning, so that failed attempts stay linear
        }
        int j = start;
        while (j < n) {
            int cp = t.codePointAt(j);
            if (isSpace(cp) || Character.isISOControl(cp) || cp == '"' || cp == '<' || cp == '>') {
                break;
            }
            j += Character.charCount(cp);
        }
        // trailing punctuation belongs to the sentence, as do closing brackets without an opening one
        int openParens = count(t, start, j, '(');
        int closeParens = count(t, start, j, ')');
        int openBrackets = count(t, start, j, '[');
        int closeBrackets = count(t, start, j, ']');
        while (j > start) {
            char c = t.charAt(j - 1);
            if (".,;:!?'\u2019*".indexOf(c) >= 0) {
                j--;
            } else if (c == ')' && openParens < closeParens) {
                closeParens--;
                j--;
            } else if (c == ']' && openBrackets < closeBrackets) {
                closeBrackets--;
                j--;
            } else {
                break;
            }
        }
        return j == start ? i : j;
    }

    private static int count(String t, int from, int to, char c) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (t.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }

    /**
     * An e-mail address starting at {@code i}; returns {@code i} if none. On failure, {@code noEmailBefore[0]}
     * is set to where the scan stopped: every later start before it would stop there and fail too, which
     * keeps the tokeniser linear.
     */
    private static int email(String t, int i, int[] noEmailBefore) {
        int n = t.length();
        int j = i;
        while (j < n && isLocalChar(t.charAt(j))) {
            j++;
        }
        if (j == i || j >= n || t.charAt(j) != '@' || t.charAt(j - 1) == '.') {
            noEmailBefore[0] = j;
            return i;
        }
        int k = name(t, j + 1);
        int dot = t.indexOf('.', j + 1);
        if (k == j + 1 || dot < 0 || dot >= k) {
            noEmailBefore[0] = j;
            return i;
        }
        return k;
    }

    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                || c == '+' || c == '-';
    }

    private static int emoticon(String t, int i) {
        char c = t.charAt(i);
        if (":;=<>^-oOTxXD\\()".indexOf(c) < 0) {
            return i;
        }
        for (String e : EMOTICONS) {
            if (t.startsWith(e, i)) {
                int end = i + e.length();
                if (end == t.length()) {
                    return end;
                }
                int after = t.codePointAt(end);
                if (isSpace(after) || ".,!?;".indexOf(after) >= 0) {
                    return end;
                }
            }
        }
        return i;
    }

    /** An emoji sequence starting at {@code i}; returns {@code i} if none. */
    private static int emoji(String t, int i, int cp) {
        int n = t.length();
        int j = i + Character.charCount(cp);
        if (isRegionalIndicator(cp)) {
            if (j < n && isRegionalIndicator(t.codePointAt(j))) {
                return j + 2;
            }
            return j;
        }
        if ((cp >= '0' && cp <= '9') || cp == '#' || cp == '*') {
            int k = j;
            if (k < n && t.charAt(k) == '\uFE0F') {
                k++;
            }
            if (k < n && t.charAt(k) == '\u20E3') {
                return k + 1;
            }
            return i;
        }
        if (!isPictographic(cp)) {
            return i;
        }
        while (j < n) {
            int c = t.codePointAt(j);
            if (c == 0xFE0F || c == 0xFE0E || c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF)
                    || (c >= 0xE0020 && c <= 0xE007F)) {
                j += Character.charCount(c);
            } else if (c == 0x200D && j + 1 < n && isPictographic(t.codePointAt(j + 1))) {
                j += 1 + Character.charCount(t.codePointAt(j + 1));
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Code points that are emoji by default or commonly used as emoji. */
    static boolean isPictographic(int cp) {
        if (cp < 0xA9) {
            return false;
        }
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xA9 || cp == 0xAE
                || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139 || (cp >= 0x2194 && cp <= 0x2199)
                || cp == 0x21A9 || cp == 0x21AA || cp == 0x231A || cp == 0x231B || cp == 0x2328 || cp == 0x23CF
                || (cp >= 0x23E9 && cp <= 0x23F3) || (cp >= 0x23F8 && cp <= 0x23FA) || cp == 0x24C2
                || cp == 0x25AA || cp == 0x25AB || cp == 0x25B6 || cp == 0x25C0 || (cp >= 0x25FB && cp <= 0x25FE)
                || cp == 0x2934 || cp == 0x2935 || (cp >= 0x2B05 && cp <= 0x2B07) || cp == 0x2B1B || cp == 0x2B1C
                || cp == 0x2B50 || cp == 0x2B55 || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
    }
}
