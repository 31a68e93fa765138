package dev.scrm.text;

import dev.scrm.core.Interaction;
import dev.scrm.text.internal.QueryCompiler;
import dev.scrm.text.internal.QueryNode;
import dev.scrm.text.internal.QueryParser;
import dev.scrm.text.internal.QueryPlanner;
import java.util.Objects;
import java.util.Optional;

/**
 * A Boolean listening query in the style of social listening suites, parsed once and matched against
 * many texts or interactions.
 *
 * <h2>Syntax</h2>
 * <ul>
 *   <li>Terms: {@code acme}, matched case-insensitively against whole tokens of the text (see
 *       {@link SocialTokenizer}); a bare term also matches a hashtag, mention or cashtag of that text.
 *       {@code #acme} matches only the hashtag, {@code @acme} only the mention, {@code $ACME} only the
 *       cashtag. A term that the tokeniser splits ({@code 品牌}, {@code e-on}) matches as a phrase.</li>
 *   <li>Wildcards inside a term: {@code *} for any run of characters, {@code ?} for exactly one
 *       ({@code acme*}, {@code colo?r}); a term must have one other character.</li>
 *   <li>Phrases: {@code "acme rocket"}, consecutive tokens; {@code \"} and {@code \\} escape.</li>
 *   <li>{@code AND} (or juxtaposition), {@code OR}, {@code NOT} (unary), parentheses. {@code NOT} binds
 *       tighter than {@code AND}, which binds tighter than {@code OR}.</li>
 *   <li>{@code a NEAR/n b}: {@code a} and {@code b} with at most {@code n} tokens between them, in either
 *       order; {@code NEAR/nf} requires {@code a} first. Operands are terms, phrases, OR groups of them or
 *       other NEARs.</li>
 *   <li>Field filters (see {@link QueryField}): {@code author:}, {@code lang:}, {@code platform:},
 *       {@code hashtag:}, {@code site:}, followed by a term, a phrase or a parenthesised group:
 *       {@code platform:(mastodon OR bluesky)}.</li>
 * </ul>
 * Operators are upper case; lower-case {@code and}, {@code or}, {@code not} are terms. {@link #toString()}
 * prints the canonical form, which parses to an equal query.
 *
 * <pre>{@code
 * ListeningQuery acme = ListeningQuery.parse("(acme OR #acmerocket) NOT lang:fr");
 * acme.matches("Loving my new ACME rocket!"); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ListeningQuery {

    private final QueryNode root;
    private final QueryCompiler.Compiled compiled;
    private final String canonical;

    private ListeningQuery(QueryNode root) {
        this.root = root;
        this.compiled = QueryCompiler.compile(root);
        this.canonical = QueryParser.print(root);
    }

    /**
     * Parses a query.
     *
     * @param query the query text
     * @return the query
     * @throws NullPointerException if {@code query} is null
     * @throws QuerySyntaxException if it is not a valid query; the exception names the position and the problem
     */
    public static ListeningQuery parse(String query) {
        Objects.requireNonNull(query, "query");
        return new ListeningQuery(QueryParser.parse(query));
    }

    /**
     * Parses a query, or returns empty if it is not valid.
     *
     * @param query the query text
     * @return the query, or empty
     * @throws NullPointerException if {@code query} is null
     */
    public static Optional<ListeningQuery> tryParse(String query) {
        Objects.requireNonNull(query, "query");
        try {
            return Optional.of(parse(query));
        } catch (QuerySyntaxException e) {
            return Optional.empty();
        }
    }

    static ListeningQuery of(QueryNode root) {
        return new ListeningQuery(root);
    }

    QueryNode root() {
        return root;
    }

    /**
     * Whether a bare text matches. Field filters other than {@code hashtag:} have nothing to look at in a
     * bare text, so they do not match.
     *
     * @param text the text
     * @return whether it matches
     * @throws NullPointerException if {@code text} is null
     */
    public boolean matches(String text) {
        Objects.requireNonNull(text, "text");
        return QueryCompiler.matches(compiled, new QueryCompiler.Context(text, null));
    }

    /**
     * Whether an interaction matches: terms look at its text (none when it has no text), field filters at
     * its author, language, platform, hashtags and URL.
     *
     * @param interaction the interaction
     * @return whether it matches
     * @throws NullPointerException if {@code interaction} is null
     */
    public boolean matches(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        return matches(context(interaction));
    }

    static QueryCompiler.Context context(Interaction interaction) {
        String text = interaction.text();
        return new QueryCompiler.Context(text == null ? "" : text, interaction);
    }

    boolean matches(QueryCompiler.Context context) {
        return QueryCompiler.matches(compiled, context);
    }

    /**
     * Splits the query for a platform whose search supports only some of it: the part to send to the
     * platform's search (which returns a superset of the matches) and the part to check locally on what
     * comes back.
     *
     * @param capabilities what the platform's search supports
     * @return the plan
     * @throws NullPointerException if {@code capabilities} is null
     */
    public QueryPlan plan(SearchCapabilities capabilities) {
        Objects.requireNonNull(capabilities, "capabilities");
        QueryPlanner.Plan p = QueryPlanner.plan(root, capabilities);
        return new QueryPlan(p.pushDown() == null ? null : new ListeningQuery(p.pushDown()),
                p.local() == null ? null : new ListeningQuery(p.local()));
    }

    /** The canonical text of the query, which parses to an equal query. */
    @Override
    public String toString() {
        return canonical;
    }

    /** Queries are equal when their parsed structure is, whatever their spacing or redundant parentheses. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ListeningQuery q && root.equals(q.root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }
}
