package dev.scrm.testkit.simulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A small search-query language shared by the simulated search endpoints: words (all must match),
 * {@code "quoted phrases"}, {@code OR}, a leading {@code -} to exclude, parentheses, {@code #hashtag},
 * {@code @handle}, and the operators {@code from:handle}, {@code lang:xx}, {@code is:reply} and
 * {@code is:retweet}. Matching ignores case; a word matches at word boundaries, so {@code lumetra} matches
 * "Lumetra's" and "#lumetra" but not "lumetraunplugged". Immutable and thread-safe once parsed.
 */
public final class QueryMatcher {

    /** What a query looks at in one item. */
    public record Item(String text, String authorHandle, String language, boolean reply) {
    }

    private final Predicate<Item> predicate;

    private QueryMatcher(Predicate<Item> predicate) {
        this.predicate = predicate;
    }

    /**
     * Parses a query.
     *
     * @param query the query text
     * @return the matcher
     * @throws IllegalArgumentException if the query is empty or its parentheses do not balance
     */
    public static QueryMatcher parse(String query) {
        List<String> tokens = tokenize(query);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty query");
        }
        int[] pos = {0};
        Predicate<Item> p = or(tokens, pos);
        if (pos[0] != tokens.size()) {
            throw new IllegalArgumentException("unbalanced parentheses in query");
        }
        return new QueryMatcher(p);
    }

    /**
     * Whether an item matches.
     *
     * @param item the item
     * @return whether it matches
     */
    public boolean matches(Item item) {
        return predicate.test(item);
    }

    private static Predicate<Item> or(List<String> t, int[] pos) {
        Predicate<Item> left = and(t, pos);
        while (pos[0] < t.size() && t.get(pos[0]).equals("OR")) {
            pos[0]++;
            Predicate<Item> right = and(t, pos);
            left = left.or(right);
        }
        return left;
    }

    private static Predicate<Item> and(List<String> t, int[] pos) {
        Predicate<Item> acc = null;
        while (pos[0] < t.size() && !t.get(pos[0]).equals("OR") && !t.get(pos[0]).equals(")")) {
            Predicate<Item> next = unary(t, pos);
            acc = acc == null ? next : acc.and(next);
        }
        if (acc == null) {
            throw new IllegalArgumentException("query has an empty group or a dangling OR");
        }
        return acc;
    }

    private static Predicate<Item> unary(List<String> t, int[] pos) {
        String tok = t.get(pos[0]);
        if (tok.equals("-")) {
            pos[0]++;
            if (pos[0] >= t.size()) {
                throw new IllegalArgumentException("query ends after '-'");
            }
            return unary(t, pos).negate();
        }
        if (tok.equals("(")) {
            pos[0]++;
            Predicate<Item> inner = or(t, pos);
            if (pos[0] >= t.size() || !t.get(pos[0]).equals(")")) {
                throw new IllegalArgumentException("unbalanced parentheses in query");
            }
            pos[0]++;
            return inner;
        }
        pos[0]++;
        return term(tok);
    }

    private static Predicate<Item> term(String tok) {
        String lower = tok.toLowerCase(Locale.ROOT);
        if (lower.startsWith("from:")) {
            String h = stripAt(lower.substring(5));
            return i -> i.authorHandle() != null && (i.authorHandle().toLowerCase(Locale.ROOT).equals(h)
                    || i.authorHandle().toLowerCase(Locale.ROOT).startsWith(h + "@"));
        }
        if (lower.startsWith("lang:")) {
            String l = lower.substring(5);
            return i -> l.equalsIgnoreCase(i.language());
        }
        if (lower.equals("is:reply")) {
            return Item::reply;
        }
        if (lower.equals("is:retweet") || lower.equals("is:quote")) {
            return i -> false;
        }
        String phrase = lower.startsWith("\"") ? lower.substring(1, lower.length() - (lower.endsWith("\"") ? 1 : 0))
                : lower;
        if (phrase.isBlank()) {
            return i -> true;
        }
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}_])");
        return i -> i.text() != null && p.matcher(i.text().toLowerCase(Locale.ROOT)).find();
    }

    private static String stripAt(String s) {
        return s.startsWith("@") ? s.substring(1) : s;
    }

    private static List<String> tokenize(String q) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '-' && i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1))) {
                out.add("-");
                i++;
            } else if (c == '"') {
                int end = q.indexOf('"', i + 1);
                end = end < 0 ? q.length() : end;
                out.add(q.substring(i, Math.min(q.length(), end + 1)));
                i = end + 1;
            } else {
                int j = i;
                while (j < q.length() && !Character.isWhitespace(q.charAt(j)) && q.charAt(j) != '('
                        && q.charAt(j) != ')') {
                    j++;
                }
                out.add(q.substring(i, j));
                i = j;
            }
        }
        return out;
    }
}
