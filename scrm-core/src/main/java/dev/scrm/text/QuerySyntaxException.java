package dev.scrm.text;

import dev.scrm.core.ScrmException;

/**
 * A listening query could not be parsed: the exception names the 0-based character position and the
 * problem, never the query text itself.
 */
public final class QuerySyntaxException extends ScrmException {

    private static final long serialVersionUID = 1L;

    private final int position;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param position the 0-based character offset in the query where the problem was found
     * @param problem what is wrong
     */
    public QuerySyntaxException(int position, String problem) {
        super("query syntax error at position " + position + ": " + problem);
        this.position = position;
        this.problem = problem;
    }

    /**
     * Where the problem was found.
     *
     * @return the 0-based character offset in the query
     */
    public int position() {
        return position;
    }

    /**
     * What is wrong, without the position.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
