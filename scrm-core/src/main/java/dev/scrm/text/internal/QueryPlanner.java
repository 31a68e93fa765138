package dev.scrm.text.internal;

import dev.scrm.text.SearchCapabilities;
import dev.scrm.text.SearchFeature;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into the part a platform's search can evaluate and the part to filter locally.
 *
 * <p>Each node is relaxed to the tightest query the platform supports that it implies (a superset of its
 * matches), and marked exact when nothing was lost. An AND keeps the children it can push; an OR can be
 * pushed only when every alternative can; a NOT only when its child is exact; a NEAR or phrase the
 * platform lacks becomes an AND of its parts. The local filter is the original query, or at the top of an
 * AND only the children that were not pushed exactly.
 */
public final class QueryPlanner {

    private QueryPlanner() {
    }

    /** The result: either part may be null (push nothing, or filter nothing). */
    public record Plan(QueryNode pushDown, QueryNode local) {
    }

    private record Relaxed(QueryNode node, boolean exact) {
    }

    /**
     * Plans a query.
     *
     * @param root the query
     * @param caps the platform's capabilities
     * @return the plan
     */
    public static Plan plan(QueryNode root, SearchCapabilities caps) {
        if (root instanceof QueryNode.And and) {
            List<QueryNode> pushed = new ArrayList<>();
            List<QueryNode> local = new ArrayList<>();
            for (QueryNode child : and.children()) {
                Relaxed r = relax(child, caps);
                if (r != null && (pushed.isEmpty() || caps.supports(SearchFeature.AND))) {
                    pushed.add(r.node());
                    if (!r.exact()) {
                        local.add(child);
                    }
                } else {
                    local.add(child);
                }
            }
            return new Plan(combine(pushed, true), combine(local, true));
        }
        Relaxed r = relax(root, caps);
        if (r == null) {
            return new Plan(null, root);
        }
        return new Plan(r.node(), r.exact() ? null : root);
    }

    private static QueryNode combine(List<QueryNode> nodes, boolean and) {
        if (nodes.isEmpty()) {
            return null;
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        return and ? new QueryNode.And(nodes) : new QueryNode.Or(nodes);
    }

    private static Relaxed relax(QueryNode node, SearchCapabilities caps) {
        if (node instanceof QueryNode.Term t) {
            return term(t, caps);
        }
        if (node instanceof QueryNode.Phrase p) {
            return phrase(p, caps);
        }
        if (node instanceof QueryNode.Field f) {
            return caps.supports(f.field()) && valueSupported(f.value(), caps) ? new Relaxed(f, true) : null;
        }
        if (node instanceof QueryNode.Not n) {
            Relaxed r = relax(n.child(), caps);
            return caps.supports(SearchFeature.NOT) && r != null && r.exact() ? new Relaxed(node, true) : null;
        }
        if (node instanceof QueryNode.Or or) {
            if (!caps.supports(SearchFeature.OR)) {
                return null;
            }
            List<QueryNode> parts = new ArrayList<>();
            boolean exact = true;
            for (QueryNode child : or.children()) {
                Relaxed r = relax(child, caps);
                if (r == null) {
                    return null;
                }
                parts.add(r.node());
                exact &= r.exact();
            }
            return new Relaxed(combine(parts, false), exact);
        }
        if (node instanceof QueryNode.And and) {
            return conjunction(and.children(), caps, true);
        }
        QueryNode.Near near = (QueryNode.Near) node;
        Relaxed left = relax(near.left(), caps);
        Relaxed right = relax(near.right(), caps);
        if (caps.supports(SearchFeature.NEAR) && left != null && right != null && left.exact() && right.exact()) {
            return new Relaxed(near, true);
        }
        List<QueryNode> sides = new ArrayList<>();
        for (Relaxed r : new Relaxed[] {left, right}) {
            if (r != null) {
                sides.add(r.node());
            }
        }
        Relaxed r = conjunctionOfRelaxed(sides, caps);
        return r == null ? null : new Relaxed(r.node(), false);
    }

    private static Relaxed conjunction(List<QueryNode> children, SearchCapabilities caps, boolean exactIfAll) {
        List<QueryNode> parts = new ArrayList<>();
        boolean exact = exactIfAll;
        for (QueryNode child : children) {
            Relaxed r = relax(child, caps);
            if (r == null || (!parts.isEmpty() && !caps.supports(SearchFeature.AND))) {
                exact = false;
                continue;
            }
            parts.add(r.node());
            exact &= r.exact();
        }
        if (parts.isEmpty()) {
            return null;
        }
        return new Relaxed(combine(parts, true), exact);
    }

    private static Relaxed conjunctionOfRelaxed(List<QueryNode> parts, SearchCapabilities caps) {
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1 || !caps.supports(SearchFeature.AND)) {
            return new Relaxed(parts.get(0), false);
        }
        return new Relaxed(new QueryNode.And(parts), false);
    }

    private static boolean hasWildcard(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }

    private static Relaxed term(QueryNode.Term t, SearchCapabilities caps) {
        String text = t.text();
        if (hasWildcard(text) && !caps.supports(SearchFeature.WILDCARDS)) {
            return null;
        }
        char sigil = text.length() > 1 ? text.charAt(0) : 0;
        SearchFeature needed = switch (sigil) {
            case '#' -> SearchFeature.HASHTAGS;
            case '@' -> SearchFeature.MENTIONS;
            case '$' -> SearchFeature.CASHTAGS;
            default -> SearchFeature.TERMS;
        };
        if (!caps.supports(needed)) {
            return null;
        }
        if (needed == SearchFeature.TERMS && !hasWildcard(text) && QueryCompiler.compileTerm(text).length > 1
                && !caps.supports(SearchFeature.PHRASES)) {
            return null;
        }
        return new Relaxed(t, true);
    }

    private static Relaxed phrase(QueryNode.Phrase p, SearchCapabilities caps) {
        if (caps.supports(SearchFeature.PHRASES) && (!hasWildcard(p.text()) || caps.supports(SearchFeature.WILDCARDS))) {
            return new Relaxed(p, true);
        }
        List<QueryNode> words = new ArrayList<>();
        for (String piece : p.text().strip().split("\\s+")) {
            if (piece.isEmpty() || !isBareTerm(piece)) {
                continue;
            }
            Relaxed r = term(new QueryNode.Term(piece), caps);
            if (r != null && QueryCompiler.compileTerm(piece).length > 0) {
                words.add(r.node());
            }
        }
        Relaxed r = conjunctionOfRelaxed(words, caps);
        return r == null ? null : new Relaxed(r.node(), false);
    }

    /** Whether a phrase word can stand as a bare term in a printed query. */
    private static boolean isBareTerm(String piece) {
        if (piece.indexOf('(') >= 0 || piece.indexOf(')') >= 0 || piece.indexOf('"') >= 0
                || piece.indexOf(':') >= 0 || piece.startsWith("NEAR")) {
            return false;
        }
        return !(piece.equals("AND") || piece.equals("OR") || piece.equals("NOT") || piece.equals("&&")
                || piece.equals("||"));
    }

    private static boolean valueSupported(QueryNode value, SearchCapabilities caps) {
        if (value instanceof QueryNode.Term t) {
            return !hasWildcard(t.text()) || caps.supports(SearchFeature.WILDCARDS);
        }
        if (value instanceof QueryNode.Phrase) {
            return true;
        }
        if (value instanceof QueryNode.Not n) {
            return caps.supports(SearchFeature.NOT) && valueSupported(n.child(), caps);
        }
        List<QueryNode> children = value instanceof QueryNode.And a ? a.children() : ((QueryNode.Or) value).children();
        SearchFeature op = value instanceof QueryNode.And ? SearchFeature.AND : SearchFeature.OR;
        return caps.supports(op) && children.stream().allMatch(c -> valueSupported(c, caps));
    }
}
