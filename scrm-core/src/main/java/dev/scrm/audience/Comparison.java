package dev.scrm.audience;

/**
 * How a measured value is compared with a {@link Criterion}'s threshold. Written in the text form as
 * {@code = != < <= > >=}. Immutable and thread-safe.
 */
public enum Comparison {
    /** Equal ({@code =}). */
    EQ("="),
    /** Not equal ({@code !=}). */
    NE("!="),
    /** Less than ({@code <}). */
    LT("<"),
    /** Less than or equal ({@code <=}). */
    LE("<="),
    /** Greater than ({@code >}). */
    GT(">"),
    /** Greater than or equal ({@code >=}). */
    GE(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /**
     * The operator as written in the text form.
     *
     * @return the symbol, for example {@code >=}
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Compares two numbers.
     *
     * @param left the measured value
     * @param right the threshold
     * @return whether {@code left <op> right} holds
     */
    public boolean test(double left, double right) {
        switch (this) {
            case EQ:
                return left == right;
            case NE:
                return left != right;
            case LT:
                return left < right;
            case LE:
                return left <= right;
            case GT:
                return left > right;
            default:
                return left >= right;
        }
    }

    /**
     * Compares the outcome of a {@code compareTo}.
     *
     * @param order the sign of {@code left.compareTo(right)}
     * @return whether the relation holds
     */
    public boolean holds(int order) {
        return test(Integer.signum(order), 0);
    }
}
