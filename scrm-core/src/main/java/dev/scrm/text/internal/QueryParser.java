package dev.scrm.text.internal;

import dev.scrm.text.QueryField;
import dev.scrm.text.QuerySyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser and printer of listening queries.
 *
 * <pre>
 * query   = or
 * or      = and { "OR" and }
 * and     = unary { ["AND"] unary }          juxtaposition is AND
 * unary   = "NOT" unary | near
 * near    = primary { "NEAR/" n ["f"] primary }
 * primary = "(" or ")" | '"' phrase '"' | field ":" value | term
 * value   = term | '"' phrase '"' | "(" boolean group of values ")"
 * </pre>
 *
 * Not thread-safe; one instance parses one query.
 */
public final class QueryParser {

    /** Longest query accepted, in characters. */
    public static final int MAX_LENGTH = 100_000;
    /** Deepest nesting of parentheses, NOT and NEAR accepted. */
    public static final int MAX_DEPTH = 100;

    private enum Kind { LPAREN, RPAREN, PHRASE, WORD, FIELD, AND, OR, NOT, NEAR, END }

    private record Tok(Kind kind, String text, int pos, int distance, boolean ordered) {
    }

    private final String src;
    private final List<Tok> toks = new ArrayList<>();
    private int at;
    private int depth;

    private QueryParser(String src) {
        this.src = src;
    }

    /**
     * Parses a query.
     *
     * @param query the query
     * @return its tree
     * @throws QuerySyntaxException if it is not a valid query
     */
    public static QueryNode parse(String query) {
        if (query.length() > MAX_LENGTH) {
            throw new QuerySyntaxException(MAX_LENGTH, "query is longer than " + MAX_LENGTH + " characters");
        }
        QueryParser p = new QueryParser(query);
        p.lex();
        if (p.peek().kind == Kind.END) {
            throw new QuerySyntaxException(0, "query is empty");
        }
        QueryNode node = p.or(null);
        Tok t = p.peek();
        if (t.kind != Kind.END) {
            throw new QuerySyntaxException(t.pos, t.kind == Kind.RPAREN ? "')' without a matching '('"
                    : "unexpected " + describe(t));
        }
        return node;
    }

    // ---------------------------------------------------------------- lexer

    private void lex() {
        int n = src.length();
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (c == '(') {
                toks.add(new Tok(Kind.LPAREN, "(", i, 0, false));
                i++;
            } else if (c == ')') {
                toks.add(new Tok(Kind.RPAREN, ")", i, 0, false));
                i++;
            } else if (c == '"') {
                i = phrase(i);
            } else {
                int start = i;
                while (i < n) {
                    char d = src.charAt(i);
                    if (Character.isWhitespace(d) || Character.isSpaceChar(d) || d == '(' || d == ')' || d == '"') {
                        break;
                    }
                    i++;
                }
                word(src.substring(start, i), start);
            }
        }
        toks.add(new Tok(Kind.END, "", n, 0, false));
    }

    private int phrase(int open) {
        StringBuilder sb = new StringBuilder();
        int i = open + 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < src.length() && (src.charAt(i + 1) == '"' || src.charAt(i + 1) == '\\')) {
                sb.append(src.charAt(i + 1));
                i += 2;
            } else if (c == '"') {
                if (sb.toString().isBlank()) {
                    throw new QuerySyntaxException(open, "empty phrase");
                }
                toks.add(new Tok(Kind.PHRASE, sb.toString(), open, 0, false));
                return i + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        throw new QuerySyntaxException(open, "phrase is not closed: '\"' expected");
    }

    private void word(String w, int pos) {
        switch (w) {
            case "AND", "&&" -> toks.add(new Tok(Kind.AND, w, pos, 0, false));
            case "OR", "||" -> toks.add(new Tok(Kind.OR, w, pos, 0, false));
            case "NOT" -> toks.add(new Tok(Kind.NOT, w, pos, 0, false));
            default -> {
                if (w.startsWith("NEAR/") || w.equals("NEAR")) {
                    near(w, pos);
                    return;
                }
                int colon = w.indexOf(':');
                if (colon > 0 && isFieldName(w, colon) && !w.startsWith("//", colon + 1)) {
                    String name = w.substring(0, colon);
                    QueryField field = QueryField.fromQueryName(name).orElseThrow(() -> new QuerySyntaxException(pos,
                            "unknown field '" + name + "'; fields are author, lang, platform, hashtag and site"));
                    toks.add(new Tok(Kind.FIELD, field.name(), pos, 0, false));
                    int after = pos + colon + 1;
                    if (colon + 1 == w.length()
                            && (after >= src.length() || (src.charAt(after) != '(' && src.charAt(after) != '"'))) {
                        throw new QuerySyntaxException(after, "field '" + field.queryName()
                                + "' needs a value right after ':'");
                    }
                    if (colon + 1 < w.length()) {
                        word(w.substring(colon + 1), pos + colon + 1);
                    }
                    return;
                }
                toks.add(new Tok(Kind.WORD, w, pos, 0, false));
            }
        }
    }

    private static boolean isFieldName(String w, int colon) {
        for (int i = 0; i < colon; i++) {
            char c = w.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private void near(String w, int pos) {
        String spec = w.length() > 5 ? w.substring(5) : "";
        boolean ordered = spec.endsWith("f");
        String digits = ordered ? spec.substring(0, spec.length() - 1) : spec;
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new QuerySyntaxException(pos, "NEAR needs a distance of 0 to 9999 words: NEAR/n or NEAR/nf");
        }
        toks.add(new Tok(Kind.NEAR, w, pos, Integer.parseInt(digits), ordered));
    }

    // ---------------------------------------------------------------- parser

    private Tok peek() {
        return toks.get(at);
    }

    private Tok next() {
        return toks.get(at++);
    }

    private void enter(int pos) {
        if (++depth > MAX_DEPTH) {
            throw new QuerySyntaxException(pos, "query is nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private static String describe(Tok t) {
        return switch (t.kind) {
            case END -> "end of query";
            case LPAREN -> "'('";
            case RPAREN -> "')'";
            case PHRASE -> "phrase";
            case WORD -> "term";
            case FIELD -> "field";
            case AND, OR, NOT, NEAR -> "operator " + t.text;
        };
    }

    /** {@code field} is the field whose values are being parsed, or null at the top level. */
    private QueryNode or(QueryField field) {
        List<QueryNode> items = new ArrayList<>();
        items.add(and(field));
        while (peek().kind == Kind.OR) {
            next();
            items.add(and(field));
        }
        return items.size() == 1 ? items.get(0) : new QueryNode.Or(items);
    }

    private QueryNode and(QueryField field) {
        List<QueryNode> items = new ArrayList<>();
        items.add(unary(field));
        while (true) {
            Kind k = peek().kind;
            if (k == Kind.AND) {
                next();
                items.add(unary(field));
            } else if (k == Kind.WORD || k == Kind.PHRASE || k == Kind.LPAREN || k == Kind.NOT || k == Kind.FIELD) {
                items.add(unary(field));
            } else {
                break;
            }
        }
        return items.size() == 1 ? items.get(0) : new QueryNode.And(items);
    }

    private QueryNode unary(QueryField field) {
        Tok t = peek();
        if (t.kind == Kind.NOT) {
            next();
            enter(t.pos);
            QueryNode child = unary(field);
            depth--;
            return new QueryNode.Not(child);
        }
        return near(field);
    }

    private QueryNode near(QueryField field) {
        QueryNode left = primary(field);
        int chain = 0;
        while (peek().kind == Kind.NEAR) {
            Tok op = next();
            if (field != null) {
                throw new QuerySyntaxException(op.pos, "NEAR cannot be used inside a field filter");
            }
            requireProximate(left, op.pos);
            enter(op.pos);
            chain++;
            QueryNode right = primary(null);
            requireProximate(right, op.pos);
            left = new QueryNode.Near(left, right, op.distance, op.ordered);
        }
        depth -= chain;
        return left;
    }

    private static void requireProximate(QueryNode node, int pos) {
        if (!isProximate(node)) {
            throw new QuerySyntaxException(pos,
                    "NEAR works on terms, phrases, OR groups of them and other NEARs, not on AND, NOT or fields");
        }
    }

    static boolean isProximate(QueryNode node) {
        if (node instanceof QueryNode.Term || node instanceof QueryNode.Phrase || node instanceof QueryNode.Near) {
            return true;
        }
        if (node instanceof QueryNode.Or or) {
            return or.children().stream().allMatch(QueryParser::isProximate);
        }
        return false;
    }

    private QueryNode primary(QueryField field) {
        Tok t = next();
        switch (t.kind) {
            case LPAREN -> {
                enter(t.pos);
                if (peek().kind == Kind.RPAREN) {
                    throw new QuerySyntaxException(peek().pos, "empty parentheses");
                }
                QueryNode inner = or(field);
                Tok close = next();
                if (close.kind != Kind.RPAREN) {
                    throw new QuerySyntaxException(close.pos, "expected ')' to close '(' at position " + t.pos
                            + " but found " + describe(close));
                }
                depth--;
                return inner;
            }
            case PHRASE -> {
                if (field == null) {
                    QueryCompiler.checkSearchable(t.text, t.pos);
                }
                return new QueryNode.Phrase(t.text);
            }
            case WORD -> {
                QueryCompiler.checkTerm(t.text, t.pos, field);
                return new QueryNode.Term(t.text);
            }
            case FIELD -> {
                if (field != null) {
                    throw new QuerySyntaxException(t.pos, "a field filter cannot contain another field filter");
                }
                QueryField f = QueryField.valueOf(t.text);
                Kind k = peek().kind;
                if (k != Kind.WORD && k != Kind.PHRASE && k != Kind.LPAREN) {
                    throw new QuerySyntaxException(peek().pos, "field '" + f.queryName()
                            + "' needs a value right after ':'");
                }
                enter(t.pos);
                QueryNode value = primary(f);
                depth--;
                return new QueryNode.Field(f, value);
            }
            default -> throw new QuerySyntaxException(t.pos, "expected a term, phrase, field or '(' but found "
                    + describe(t));
        }
    }

    // ---------------------------------------------------------------- printer

    /**
     * The canonical text of a query: parsing it gives an equal tree.
     *
     * @param node the tree
     * @return the text
     */
    public static String print(QueryNode node) {
        StringBuilder sb = new StringBuilder();
        print(node, sb);
        return sb.toString();
    }

    private static void print(QueryNode node, StringBuilder sb) {
        if (node instanceof QueryNode.Term t) {
            sb.append(t.text());
        } else if (node instanceof QueryNode.Phrase p) {
            sb.append('"');
            for (int i = 0; i < p.text().length(); i++) {
                char c = p.text().charAt(i);
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
            sb.append('"');
        } else if (node instanceof QueryNode.And a) {
            join(a.children(), " AND ", sb);
        } else if (node instanceof QueryNode.Or o) {
            join(o.children(), " OR ", sb);
        } else if (node instanceof QueryNode.Not n) {
            sb.append("NOT ");
            child(n.child(), n.child() instanceof QueryNode.And || n.child() instanceof QueryNode.Or, sb);
        } else if (node instanceof QueryNode.Near n) {
            child(n.left(), n.left() instanceof QueryNode.Or, sb);
            sb.append(" NEAR/").append(n.distance()).append(n.ordered() ? "f " : " ");
            child(n.right(), n.right() instanceof QueryNode.Or || n.right() instanceof QueryNode.Near, sb);
        } else if (node instanceof QueryNode.Field f) {
            sb.append(f.field().queryName()).append(':');
            QueryNode v = f.value();
            child(v, !(v instanceof QueryNode.Term || v instanceof QueryNode.Phrase), sb);
        }
    }

    private static void join(List<QueryNode> children, String op, StringBuilder sb) {
        for (int i = 0; i < children.size(); i++) {
            if (i > 0) {
                sb.append(op);
            }
            QueryNode c = children.get(i);
            child(c, c instanceof QueryNode.And || c instanceof QueryNode.Or, sb);
        }
    }

    private static void child(QueryNode node, boolean parenthesise, StringBuilder sb) {
        if (parenthesise) {
            sb.append('(');
        }
        print(node, sb);
        if (parenthesise) {
            sb.append(')');
        }
    }
}
