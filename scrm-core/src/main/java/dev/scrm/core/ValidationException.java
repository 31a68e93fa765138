package dev.scrm.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Input data was invalid: a CSV row, a JSON document, a query or a configuration value.
 *
 * <p>The exception names where the problem is (a source such as a file name, a 1-based line and a
 * field) and what is wrong, never the offending personal value itself.
 */
public final class ValidationException extends ScrmException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String field;
    private final String problem;

    private ValidationException(String source, long line, String field, String problem, Throwable cause) {
        super(describe(source, line, field, problem), cause);
        this.source = source;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    /**
     * An invalid value of a field, with no file position.
     *
     * @param field the field path, for example {@code identity.email}
     * @param problem what is wrong, without the value itself
     * @return the exception
     */
    public static ValidationException ofField(String field, String problem) {
        return new ValidationException(null, 0, Objects.requireNonNull(field, "field"),
                Objects.requireNonNull(problem, "problem"), null);
    }

    /**
     * A problem at a position in an input.
     *
     * @param source the input's name, for example a file name
     * @param line the 1-based line, or 0 when the problem is not on one line
     * @param field the field or column name, or {@code null} when the whole line is at fault
     * @param problem what is wrong, without the value itself
     * @param cause the underlying failure, may be {@code null}
     * @return the exception
     */
    public static ValidationException at(String source, long line, String field, String problem, Throwable cause) {
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
        return new ValidationException(Objects.requireNonNull(source, "source"), line, field,
                Objects.requireNonNull(problem, "problem"), cause);
    }

    /**
     * The input's name, when the problem was found in a named input.
     *
     * @return the source
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * The 1-based line of the problem, or 0 when there is none.
     *
     * @return the line
     */
    public long line() {
        return line;
    }

    /**
     * The field path or column name, when one field is at fault.
     *
     * @return the field
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * What is wrong, without the location.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    private static String describe(String source, long line, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        if (field != null) {
            sb.append("field '").append(field).append("': ");
        }
        return sb.append(problem).toString();
    }
}
