package dev.scrm.identity.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalisation of raw field values into matching keys, computed once per record at ingest.
 * Every method returns {@code null} for a missing, blank or placeholder value, never a near-miss.
 * Stateless and thread-safe.
 */
public final class Normalize {

    private static final Set<String> PLACEHOLDERS = Set.of("", "-", "--", "?", ".", "n/a", "na", "none", "null",
            "nil", "unknown", "not known", "tbd", "test", "user", "anonymous", "noname", "no name", "xxx", "x");
    private static final Set<String> ROLE_LOCAL_PARTS = Set.of("info", "support", "admin", "noreply", "no-reply",
            "donotreply", "do-not-reply", "test", "sales", "contact", "hello", "office", "mail", "webmaster",
            "postmaster", "abuse", "help", "team", "service", "marketing", "billing", "example", "user");
    /** Providers known to ignore a {@code +tag} in the local part. */
    private static final Set<String> PLUS_TAG_DOMAINS = Set.of("gmail.com", "outlook.com", "hotmail.com",
            "live.com", "msn.com", "icloud.com", "me.com", "mac.com", "fastmail.com", "fastmail.fm",
            "protonmail.com", "proton.me", "pm.me", "yahoo.com", "zoho.com", "gmx.com", "gmx.de", "hey.com");
    /**
     * Combining marks that folding removes: accents, but not the vowel signs and viramas of the Indic scripts
     * (U+0900 to U+0DFF), which are letters of the word ({@code नेहा} is not {@code नह}).
     */
    private static final Pattern COMBINING = Pattern.compile("[\\p{M}&&[^\\u0900-\\u0DFF]]+");
    private static final Pattern PRONOUNS = Pattern.compile("(?i)[(\\[]\\s*(?:she|he|they|xe|ze|it)\\s*/\\s*\\w+\\s*[)\\]]");

    private Normalize() {
    }

    /** Trims and maps blanks and placeholders to null. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || PLACEHOLDERS.contains(s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return s;
    }

    /** NFKC, case-fold, accents removed: the folded form of free text. */
    public static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = Normalizer.normalize(n, Normalizer.Form.NFD);
        if (n.indexOf('\u0306') >= 0) {
            // Cyrillic short i is a letter of its own, not i with an accent: romanised it is y (Sergey), not i
            n = n.replace("\u0438\u0306", "\u0439");
        }
        n = COMBINING.matcher(n).replaceAll("");
        // letters that NFD leaves alone
        StringBuilder sb = null;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            String r = switch (c) {
                case 'ß' -> "ss";
                case 'ø' -> "o";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ł' -> "l";
                case 'đ' -> "d";
                case 'ı' -> "i";
                case 'þ' -> "th";
                default -> null;
            };
            if (r != null) {
                if (sb == null) {
                    sb = new StringBuilder(n.length() + 4).append(n, 0, i);
                }
                sb.append(r);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? n : sb.toString();
    }

    /**
     * A person name as sorted-insensitive tokens: styled letters folded (NFKC), emoji and symbols removed,
     * bracketed pronouns and anything after a title separator dropped, accents folded, lower case.
     *
     * @return the tokens in their original order, or null when nothing is left
     */
    public static String[] nameTokens(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        if (s.indexOf('(') >= 0 || s.indexOf('[') >= 0) {
            s = PRONOUNS.matcher(s).replaceAll(" ");
        }
        int cut = indexOfAny(s, "|•—–·");
        if (cut > 0) {
            s = s.substring(0, cut);
        }
        int dash = s.indexOf(" - ");
        if (dash > 0) {
            s = s.substring(0, dash);
        }
        s = fold(s);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                // the marks folding kept are the vowel signs of Indic scripts, part of the word
                sb.appendCodePoint(cp);
            } else if (cp == '\'' || cp == '\u2019') {
                // o'neil -> oneil
                continue;
            } else {
                sb.append(' ');
            }
        }
        String[] parts = splitSpaces(sb.toString());
        if (parts.length == 0 || parts[0].isEmpty()) {
            return null;
        }
        if (parts.length == 1 && PLACEHOLDERS.contains(parts[0])) {
            return null;
        }
        return parts;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String[] splitSpaces(String s) {
        List<String> out = new ArrayList<>(4);
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            int j = i;
            while (j < n && s.charAt(j) != ' ') {
                j++;
            }
            if (j > i) {
                out.add(s.substring(i, j));
            }
            i = j;
        }
        return out.isEmpty() ? new String[] {""} : out.toArray(new String[0]);
    }

    /** One name field (given or family name): tokens joined with single spaces. */
    public static String name(String raw) {
        String[] t = nameTokens(raw);
        return t == null ? null : String.join(" ", t);
    }

    /**
     * The matching key of an e-mail address: lower case, {@code googlemail.com} as {@code gmail.com}, dots
     * removed for Gmail only, {@code +tag} removed where the provider supports sub-addressing. Role and
     * placeholder addresses give null.
     */
    public static String email(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        s = (isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        if (s.startsWith("mailto:")) {
            s = s.substring(7);
        }
        int at = s.lastIndexOf('@');
        if (at <= 0 || at == s.length() - 1) {
            return null;
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (domain.indexOf('.') < 0) {
            return null;
        }
        if (domain.equals("googlemail.com")) {
            domain = "gmail.com";
        }
        if (PLUS_TAG_DOMAINS.contains(domain)) {
            int plus = local.indexOf('+');
            if (plus > 0) {
                local = local.substring(0, plus);
            }
        }
        if (domain.equals("gmail.com")) {
            local = local.replace(".", "");
        }
        if (local.isEmpty() || ROLE_LOCAL_PARTS.contains(local) || domain.startsWith("example.")) {
            return null;
        }
        return local + "@" + domain;
    }

    /** The local part of an e-mail key. */
    public static String emailLocal(String emailKey) {
        return emailKey.substring(0, emailKey.lastIndexOf('@'));
    }

    /**
     * A handle's folded form: leading {@code @} removed, NFKC, lower case. A fediverse or Bluesky domain is
     * kept in the returned value; {@link #handleLocal(String)} removes it.
     */
    public static String handle(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        while (s.startsWith("@")) {
            s = s.substring(1);
        }
        s = (isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT).strip();
        if (s.isEmpty() || PLACEHOLDERS.contains(s)) {
            return null;
        }
        return s;
    }

    /** The user part of a folded handle: {@code user@instance} gives {@code user}, {@code name.bsky.social} gives {@code name}. */
    public static String handleLocal(String folded) {
        int at = folded.indexOf('@');
        if (at > 0) {
            return folded.substring(0, at);
        }
        if (folded.endsWith(".bsky.social")) {
            return folded.substring(0, folded.length() - ".bsky.social".length());
        }
        return folded;
    }

    /**
     * The skeleton of a handle-like string: accents folded, only letters and digits kept, trailing digits
     * removed (they go to {@link #trailingDigits(String)}). Null if nothing is left.
     */
    public static String skeleton(String s) {
        String f = fold(s);
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); ) {
            int cp = f.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        int end = sb.length();
        while (end > 0 && Character.isDigit(sb.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        return sb.substring(0, end);
    }

    /** The digits at the end of a handle (often a birth year), or null. */
    public static String trailingDigits(String s) {
        int end = s.length();
        int i = end;
        while (i > 0 && Character.isDigit(s.charAt(i - 1))) {
            i--;
        }
        return i == end ? null : s.substring(i, end);
    }

    /**
     * Handle-like keys derived from a person name: the tokens joined, initial plus last token, first token plus
     * last initial, last token plus first. Only for names of two or more tokens.
     */
    public static List<String> nameAliases(String[] tokens) {
        if (tokens == null || tokens.length < 2) {
            return List.of();
        }
        String first = tokens[0];
        String last = tokens[tokens.length - 1];
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(String.join("", tokens));
        out.add(first + last);
        out.add(first.charAt(0) + last);
        out.add(first + last.charAt(0));
        out.add(last + first);
        out.add(last + first.charAt(0));
        return List.copyOf(out);
    }

    /**
     * The forms a person may derive a handle or e-mail local part from besides the name as written: the name with a
     * nickname given name replaced by its formal one ({@code zach mitchell} gives {@code zachary mitchell}), and a
     * Cyrillic, Greek or Devanagari name in Latin letters (one letter-by-letter scheme, {@code ольга иванов} gives
     * {@code olga ivanov}; the Cyrillic short i both as y and as i). Each form comes as its {@link #nameAliases}. A
     * one-word name gives its own skeleton (and that of its Latin form): a handle spelled as the name repeats it.
     * Used to tell a handle derived from the name, which repeats the name's evidence, from an independent one; never
     * for blocking.
     *
     * @param tokens name tokens as {@link #nameTokens} returns them, or null
     * @return the aliases of the other forms, possibly empty
     */
    public static List<String> derivedNameAliases(String[] tokens) {
        if (tokens == null || tokens.length == 0) {
            return List.of();
        }
        if (tokens.length == 1) {
            // a one-word name (often the handle itself, or a nickname): a handle spelled the same repeats it
            LinkedHashSet<String> one = new LinkedHashSet<>();
            for (String form : new String[] {tokens[0], romanise(tokens[0])}) {
                String sk = skeleton(form);
                if (sk != null && sk.length() >= 3) {
                    one.add(sk);
                }
            }
            return List.copyOf(one);
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        String[] latin = new String[tokens.length];
        String[] shortI = new String[tokens.length];
        boolean romanised = false;
        boolean withShortI = false;
        for (int k = 0; k < tokens.length; k++) {
            latin[k] = romanise(tokens[k]);
            romanised |= !latin[k].equals(tokens[k]);
            // the Cyrillic short i is also written i (Sergei beside Sergey)
            boolean has = tokens[k].indexOf('\u0439') >= 0;
            shortI[k] = has ? romanise(tokens[k].replace('\u0439', '\u0438')) : latin[k];
            withShortI |= has;
        }
        if (romanised && latin[0].length() > 0 && latin[latin.length - 1].length() > 0) {
            out.addAll(nameAliases(latin));
            if (withShortI) {
                out.addAll(nameAliases(shortI));
            }
        }
        String[] formal = latin.clone();
        boolean nick = false;
        for (int k = 0; k < formal.length; k++) {
            String c = Nicknames.canonical(formal[k]);
            if (!c.equals(formal[k])) {
                formal[k] = c;
                nick = true;
            }
        }
        if (nick) {
            out.addAll(nameAliases(formal));
        }
        return List.copyOf(out);
    }

    private static final String[] CYRILLIC = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
    private static final String[] GREEK = {"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o",
        "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"};

    private static final String[] DEVANAGARI_CONSONANTS = {"k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n",
        "t", "th", "d", "dh", "n", "t", "th", "d", "dh", "n", "n", "p", "ph", "b", "bh", "m", "y", "r", "r", "l", "l",
        "l", "v", "sh", "sh", "s", "h"};
    private static final String[] DEVANAGARI_VOWELS = {"a", "a", "i", "i", "u", "u", "ri", "l", "e", "e", "e", "ai",
        "o", "o", "o", "au"};
    private static final String[] DEVANAGARI_SIGNS = {"a", "i", "i", "u", "u", "ri", "ri", "e", "e", "e", "ai", "o",
        "o", "o", "au"};

    /**
     * A lower-case Cyrillic (Russian letters), Greek or Devanagari token in Latin letters, letter by letter; other
     * letters are kept. Devanagari consonants carry their inherent a unless a vowel sign or virama follows, and not
     * at the end of the word ({@code शर्मा} gives {@code sharma}, {@code विकास} gives {@code vikas}).
     */
    static String romanise(String token) {
        StringBuilder sb = null;
        int n = token.length();
        for (int i = 0; i < n; i++) {
            char ch = token.charAt(i);
            String r = null;
            if (ch >= '\u0430' && ch <= '\u044f') {
                r = CYRILLIC[ch - '\u0430'];
            } else if (ch == '\u0451') {
                r = "e";
            } else if (ch >= '\u03b1' && ch <= '\u03c9') {
                // omicron-upsilon is one sound, ou
                r = ch == '\u03c5' && i > 0 && token.charAt(i - 1) == '\u03bf' ? "u" : GREEK[ch - '\u03b1'];
            } else if (ch >= '\u0900' && ch <= '\u097f') {
                r = devanagari(token, i);
            }
            if (r != null && sb == null) {
                sb = new StringBuilder(n + 8).append(token, 0, i);
            }
            if (sb != null) {
                sb.append(r != null ? r : String.valueOf(ch));
            }
        }
        return sb == null ? token : sb.toString();
    }

    /** The Latin letters of the Devanagari character at i (a vowel sign or virama after it is read with it). */
    private static String devanagari(String token, int i) {
        char ch = token.charAt(i);
        if (ch >= '\u0915' && ch <= '\u0939') {
            String c = DEVANAGARI_CONSONANTS[ch - '\u0915'];
            int k = i + 1;
            while (k < token.length() && token.charAt(k) == '\u093c') {
                k++;
            }
            if (k >= token.length()) {
                return c;
            }
            char next = token.charAt(k);
            if (next == '\u094d' || (next >= '\u093e' && next <= '\u094c')) {
                return c;
            }
            return c + "a";
        }
        if (ch >= '\u093e' && ch <= '\u094c') {
            return DEVANAGARI_SIGNS[ch - '\u093e'];
        }
        if (ch >= '\u0905' && ch <= '\u0914') {
            return DEVANAGARI_VOWELS[ch - '\u0905'];
        }
        if (ch == '\u0901' || ch == '\u0902') {
            return "n";
        }
        if (ch == '\u0903') {
            return "h";
        }
        // virama, nukta and other marks carry no letter of their own
        return "";
    }

    /** A date as 8 digits {@code YYYYMMDD}; accepts {@code YYYYMMDD}, {@code YYYY-MM-DD}, {@code YYYY/MM/DD}. */
    public static String date(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        StringBuilder d = new StringBuilder(8);
        String[] parts = s.split("[-/. T]");
        if (parts.length >= 3 && parts[0].length() == 4) {
            d.append(parts[0]).append(pad2(parts[1])).append(pad2(parts[2]));
        } else {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    d.append(c);
                }
            }
        }
        String r = d.toString();
        return r.isEmpty() || r.chars().allMatch(c -> c == '0') ? null : r;
    }

    private static String pad2(String p) {
        String t = p.strip();
        return t.length() == 1 ? "0" + t : t;
    }

    /** Digits and letters only, lower case: identifiers, postcodes, street numbers. Null if all zeros. */
    public static String code(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
                sb.append(c);
            }
        }
        String r = sb.toString();
        if (r.isEmpty() || r.chars().allMatch(c -> c == '0') || r.chars().allMatch(c -> c == '9')) {
            return null;
        }
        return r;
    }

    /** Free text folded and reduced to single-spaced letter and digit tokens. */
    public static String text(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        String f = fold(s);
        StringBuilder sb = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); ) {
            int cp = f.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.appendCodePoint(cp);
                space = false;
            } else {
                space = true;
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static int indexOfAny(String s, String chars) {
        int best = -1;
        for (int i = 0; i < chars.length(); i++) {
            int k = s.indexOf(chars.charAt(i));
            if (k >= 0 && (best < 0 || k < best)) {
                best = k;
            }
        }
        return best;
    }
}
