package dev.scrm.metrics;

/**
 * The formula of a {@link KpiDefinition}: computes one KPI value from the pooled inputs of a query.
 *
 * <p>Implementations must be pure functions of their inputs: they are called concurrently from any query
 * thread, must not block, and must not keep the {@link KpiInputs} beyond the call.
 */
@FunctionalInterface
public interface KpiFormula {

    /**
     * Computes the KPI.
     *
     * @param inputs the pooled data of the query's window and dimensions
     * @return the result; build it with {@link KpiInputs#ratio}, {@link KpiInputs#value} and friends
     * @throws IllegalArgumentException if the query lacks something the formula needs (a brand, a parameter)
     */
    KpiResult compute(KpiInputs inputs);
}
