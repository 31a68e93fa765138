package dev.scrm.text.internal;

import dev.scrm.core.Interaction;
import dev.scrm.text.QueryField;
import dev.scrm.text.QuerySyntaxException;
import dev.scrm.text.SocialToken;
import dev.scrm.text.TokenKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compiles a query tree into a matcher, and the matcher itself. A compiled query is immutable and
 * thread-safe; per-text state lives in a {@link Context}.
 */
public final class QueryCompiler {

    private QueryCompiler() {
    }

    // ---------------------------------------------------------------- checks used by the parser

    static void checkTerm(String text, int pos, QueryField field) {
        String body = field == null && text.length() > 1 && "#@$".indexOf(text.charAt(0)) >= 0
                ? text.substring(1) : text;
        if (field != null && body.length() > 1 && "#@".indexOf(body.charAt(0)) >= 0) {
            body = body.substring(1);
        }
        boolean wildcard = body.indexOf('*') >= 0 || body.indexOf('?') >= 0;
        if (wildcard && body.chars().allMatch(c -> c == '*' || c == '?')) {
            throw new QuerySyntaxException(pos, "a term needs at least one character besides the wildcards * and ?");
        }
        if (field == null && compileTerm(text).length == 0) {
            throw new QuerySyntaxException(pos, "term has nothing to search for (only punctuation or symbols)");
        }
    }

    static void checkSearchable(String phrase, int pos) {
        if (compilePhrase(phrase).length == 0) {
            throw new QuerySyntaxException(pos, "phrase has nothing to search for (only punctuation or symbols)");
        }
    }

    // ---------------------------------------------------------------- compiled form

    /** A compiled query node. */
    public sealed interface Compiled {
    }

    record CAnd(Compiled[] children) implements Compiled {
    }

    record COr(Compiled[] children) implements Compiled {
    }

    record CNot(Compiled child) implements Compiled {
    }

    /** A sequence of token tests: a term or a phrase. */
    record CSeq(TokenTest[] tests) implements Compiled {
    }

    record CNear(Compiled left, Compiled right, int distance, boolean ordered) implements Compiled {
    }

    record CField(QueryField field, Compiled value) implements Compiled {
    }

    /** A field value: the pattern to compare a field's values with. */
    record CValue(Pattern pattern) implements Compiled {
    }

    /** Matches one token: by kind (null = any textual kind) and value (exact or glob). */
    record TokenTest(TokenKind kind, Pattern pattern) {
        boolean test(SocialToken t) {
            if (kind != null) {
                return t.kind() == kind && pattern.matches(t.value());
            }
            TokenKind k = t.kind();
            if (k == TokenKind.CASHTAG) {
                return pattern.matches(t.value().toLowerCase(Locale.ROOT));
            }
            return pattern.matches(t.value());
        }
    }

    /** An exact value or a glob with {@code *} and {@code ?}; compared on folded text. */
    record Pattern(String exact, int[] glob) {
        static Pattern of(String folded) {
            if (folded.indexOf('*') >= 0 || folded.indexOf('?') >= 0) {
                return new Pattern(null, folded.codePoints().toArray());
            }
            return new Pattern(folded, null);
        }

        boolean matches(String value) {
            return exact != null ? exact.equals(value) : Glob.matches(glob, value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pattern p && java.util.Objects.equals(exact, p.exact) && Arrays.equals(glob, p.glob);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(exact, Arrays.hashCode(glob));
        }

        @Override
        public String toString() {
            return "Pattern";
        }
    }

    /**
     * Compiles a tree.
     *
     * @param node the tree
     * @return the compiled query
     */
    public static Compiled compile(QueryNode node) {
        if (node instanceof QueryNode.And a) {
            return new CAnd(a.children().stream().map(QueryCompiler::compile).toArray(Compiled[]::new));
        }
        if (node instanceof QueryNode.Or o) {
            return new COr(o.children().stream().map(QueryCompiler::compile).toArray(Compiled[]::new));
        }
        if (node instanceof QueryNode.Not n) {
            return new CNot(compile(n.child()));
        }
        if (node instanceof QueryNode.Near n) {
            return new CNear(compile(n.left()), compile(n.right()), n.distance(), n.ordered());
        }
        if (node instanceof QueryNode.Term t) {
            return new CSeq(compileTerm(t.text()));
        }
        if (node instanceof QueryNode.Phrase p) {
            return new CSeq(compilePhrase(p.text()));
        }
        QueryNode.Field f = (QueryNode.Field) node;
        return new CField(f.field(), compileValue(f.field(), f.value()));
    }

    private static Compiled compileValue(QueryField field, QueryNode node) {
        if (node instanceof QueryNode.And a) {
            return new CAnd(a.children().stream().map(c -> compileValue(field, c)).toArray(Compiled[]::new));
        }
        if (node instanceof QueryNode.Or o) {
            return new COr(o.children().stream().map(c -> compileValue(field, c)).toArray(Compiled[]::new));
        }
        if (node instanceof QueryNode.Not n) {
            return new CNot(compileValue(field, n.child()));
        }
        String text = node instanceof QueryNode.Term t ? t.text() : ((QueryNode.Phrase) node).text();
        String v = Tokenization.fold(text.strip());
        if ((field == QueryField.AUTHOR && v.startsWith("@")) || (field == QueryField.HASHTAG && v.startsWith("#"))) {
            v = v.substring(1);
        }
        return new CValue(Pattern.of(v));
    }

    static TokenTest[] compileTerm(String text) {
        char sigil = text.length() > 1 ? text.charAt(0) : 0;
        String body = text.substring(1);
        if (sigil == '#') {
            return new TokenTest[] {new TokenTest(TokenKind.HASHTAG, Pattern.of(Tokenization.fold(body)))};
        }
        if (sigil == '@') {
            return new TokenTest[] {new TokenTest(TokenKind.MENTION, Pattern.of(Tokenization.fold(body)))};
        }
        if (sigil == '$') {
            return new TokenTest[] {new TokenTest(TokenKind.CASHTAG,
                    Pattern.of(body.toUpperCase(Locale.ROOT)))};
        }
        String folded = Tokenization.fold(text);
        if (folded.indexOf('*') >= 0 || folded.indexOf('?') >= 0) {
            return new TokenTest[] {new TokenTest(null, Pattern.of(folded))};
        }
        List<SocialToken> tokens = Tokenization.tokenize(text);
        TokenTest[] tests = new TokenTest[tokens.size()];
        for (int i = 0; i < tests.length; i++) {
            SocialToken t = tokens.get(i);
            TokenKind k = t.kind();
            boolean plain = k == TokenKind.WORD || k == TokenKind.NUMBER;
            String value = k == TokenKind.CASHTAG ? t.value() : t.value();
            tests[i] = new TokenTest(plain ? null : k, new Pattern(value, null));
        }
        return tests;
    }

    static TokenTest[] compilePhrase(String text) {
        List<TokenTest> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Tokenization.isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Tokenization.isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.addAll(Arrays.asList(compileTerm(text.substring(start, i))));
            }
        }
        return out.toArray(TokenTest[]::new);
    }

    // ---------------------------------------------------------------- matching

    /** The text and interaction being matched, tokenised once for every query that looks at it. Not thread-safe. */
    public static final class Context {
        private final String text;
        private final Interaction interaction;
        private List<SocialToken> tokens;

        /**
         * A context.
         *
         * @param text the text, may be empty
         * @param interaction the interaction, or null when only a text is matched
         */
        public Context(String text, Interaction interaction) {
            this.text = text;
            this.interaction = interaction;
        }

        List<SocialToken> tokens() {
            if (tokens == null) {
                tokens = Tokenization.tokenize(text);
            }
            return tokens;
        }
    }

    /**
     * Whether the query matches.
     *
     * @param c the compiled query
     * @param ctx the context
     * @return whether it matches
     */
    public static boolean matches(Compiled c, Context ctx) {
        if (c instanceof CAnd a) {
            for (Compiled child : a.children()) {
                if (!matches(child, ctx)) {
                    return false;
                }
            }
            return true;
        }
        if (c instanceof COr o) {
            for (Compiled child : o.children()) {
                if (matches(child, ctx)) {
                    return true;
                }
            }
            return false;
        }
        if (c instanceof CNot n) {
            return !matches(n.child(), ctx);
        }
        if (c instanceof CSeq s) {
            List<SocialToken> tokens = ctx.tokens();
            for (int i = 0; i + s.tests().length <= tokens.size(); i++) {
                if (seqAt(s.tests(), tokens, i)) {
                    return true;
                }
            }
            return false;
        }
        if (c instanceof CNear) {
            return spans(c, ctx).length > 0;
        }
        CField f = (CField) c;
        return fieldMatches(f.field(), f.value(), ctx);
    }

    private static boolean seqAt(TokenTest[] tests, List<SocialToken> tokens, int i) {
        for (int k = 0; k < tests.length; k++) {
            if (!tests[k].test(tokens.get(i + k))) {
                return false;
            }
        }
        return true;
    }

    /** Token spans [start, end) where a proximate node matches, sorted by start; pairs packed in one array. */
    static long[] spans(Compiled c, Context ctx) {
        if (c instanceof CSeq s) {
            List<SocialToken> tokens = ctx.tokens();
            int len = s.tests().length;
            long[] out = new long[8];
            int k = 0;
            for (int i = 0; i + len <= tokens.size(); i++) {
                if (seqAt(s.tests(), tokens, i)) {
                    if (k == out.length) {
                        out = Arrays.copyOf(out, k * 2);
                    }
                    out[k++] = pack(i, i + len);
                }
            }
            return Arrays.copyOf(out, k);
        }
        if (c instanceof COr o) {
            long[] all = new long[0];
            for (Compiled child : o.children()) {
                long[] sp = spans(child, ctx);
                long[] merged = Arrays.copyOf(all, all.length + sp.length);
                System.arraycopy(sp, 0, merged, all.length, sp.length);
                all = merged;
            }
            Arrays.sort(all);
            return all;
        }
        CNear n = (CNear) c;
        long[] left = spans(n.left(), ctx);
        if (left.length == 0) {
            return left;
        }
        long[] right = spans(n.right(), ctx);
        if (right.length == 0) {
            return right;
        }
        List<Long> out = new ArrayList<>();
        within(left, right, n.distance(), false, out);
        if (!n.ordered()) {
            within(right, left, n.distance(), true, out);
        }
        long[] r = new long[out.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = out.get(i);
        }
        Arrays.sort(r);
        return r;
    }

    /** Adds the union span of every pair where a {@code second} span starts at most {@code d} tokens after a {@code first} one ends. */
    private static void within(long[] first, long[] second, int d, boolean swapped, List<Long> out) {
        for (long f : first) {
            int fEnd = end(f);
            int lo = lowerBound(second, fEnd);
            for (int j = lo; j < second.length && start(second[j]) - fEnd <= d; j++) {
                long s = second[j];
                out.add(pack(Math.min(start(f), start(s)), Math.max(fEnd, end(s))));
            }
        }
    }

    private static int lowerBound(long[] spans, int start) {
        int lo = 0;
        int hi = spans.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start(spans[mid]) < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long pack(int start, int end) {
        return ((long) start << 32) | (end & 0xFFFFFFFFL);
    }

    private static int start(long span) {
        return (int) (span >>> 32);
    }

    private static int end(long span) {
        return (int) span;
    }

    private static boolean fieldMatches(QueryField field, Compiled value, Context ctx) {
        if (value instanceof CAnd a) {
            for (Compiled child : a.children()) {
                if (!fieldMatches(field, child, ctx)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof COr o) {
            for (Compiled child : o.children()) {
                if (fieldMatches(field, child, ctx)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof CNot n) {
            return !fieldMatches(field, n.child(), ctx);
        }
        Pattern p = ((CValue) value).pattern();
        Interaction in = ctx.interaction;
        switch (field) {
            case HASHTAG -> {
                for (SocialToken t : ctx.tokens()) {
                    if (t.kind() == TokenKind.HASHTAG && p.matches(t.value())) {
                        return true;
                    }
                }
                return false;
            }
            case AUTHOR -> {
                if (in == null) {
                    return false;
                }
                if (in.author() != null && p.matches(stripAt(Tokenization.fold(in.author().nativeId())))) {
                    return true;
                }
                String handle = in.attributes().get("author_handle");
                return handle != null && p.matches(stripAt(Tokenization.fold(handle)));
            }
            case LANG -> {
                if (in == null || in.language() == null) {
                    return false;
                }
                String lang = in.language().toLowerCase(Locale.ROOT).replace('_', '-');
                int dash = lang.indexOf('-');
                return p.matches(lang) || (dash > 0 && p.matches(lang.substring(0, dash)));
            }
            case PLATFORM -> {
                return in != null && p.matches(in.id().platform().id());
            }
            case SITE -> {
                if (in == null || in.url() == null) {
                    return false;
                }
                String host = host(in.url());
                if (host == null) {
                    return false;
                }
                if (p.matches(host)) {
                    return true;
                }
                for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
                    if (p.matches(host.substring(dot + 1))) {
                        return true;
                    }
                }
                return false;
            }
            default -> throw new IllegalStateException("unhandled field " + field);
        }
    }

    private static String stripAt(String s) {
        return s.startsWith("@") ? s.substring(1) : s;
    }

    private static String host(URI url) {
        String h = url.getHost();
        return h == null ? null : h.toLowerCase(Locale.ROOT);
    }
}
