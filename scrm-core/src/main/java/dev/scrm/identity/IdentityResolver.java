package dev.scrm.identity;

import dev.scrm.identity.internal.BatchEngine;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Batch identity resolution: deduplicates or links a set of records into clusters, without labels.
 *
 * <p>The pipeline normalises every record once; builds candidate pairs with several OR-ed blocking keys (capped
 * and sub-blocked when a key value is too common); applies the deterministic rules; estimates u from random pairs
 * and m, u and the prior by EM (a comparison never learns from pairs blocked on its own field); scores every
 * candidate with Fellegi-Sunter weights and term-frequency adjustments; and clusters strongest evidence first with
 * guards against chaining. Immutable and thread-safe: one resolver may run many batches, also concurrently.
 *
 * <pre>{@code
 * IdentityResolver resolver = IdentityResolver.create(IdentitySchema.social(), ResolverConfig.ofDefaults());
 * Resolution result = resolver.resolve(records);
 * result.clusters().forEach(cluster -> ...);
 * }</pre>
 */
public final class IdentityResolver {

    private final IdentitySchema schema;
    private final ResolverConfig config;

    private IdentityResolver(IdentitySchema schema, ResolverConfig config) {
        this.schema = schema;
        this.config = config;
    }

    /**
     * A resolver for records of this schema.
     *
     * @param schema the fields records carry
     * @param config the settings
     * @return the resolver
     */
    public static IdentityResolver create(IdentitySchema schema, ResolverConfig config) {
        return new IdentityResolver(Objects.requireNonNull(schema, "schema"), Objects.requireNonNull(config, "config"));
    }

    /**
     * The schema.
     *
     * @return the schema
     */
    public IdentitySchema schema() {
        return schema;
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public ResolverConfig config() {
        return config;
    }

    /**
     * Resolves the records.
     *
     * @param records the records, each reference at most once
     * @return the clusters, links and reports
     * @throws NullPointerException if the list or a record is null
     * @throws IllegalArgumentException if a reference appears twice or there are 2^24 records or more
     */
    public Resolution resolve(List<IdentityRecord> records) {
        return resolve(records, (stage, done) -> { });
    }

    /**
     * Resolves the records, reporting progress.
     *
     * @param records the records, each reference at most once
     * @param progress called with a stage name ({@code normalise}, {@code block}, {@code compare}, {@code train},
     *     {@code score}, {@code cluster}, {@code done}) and the fraction done, on the calling thread
     * @return the clusters, links and reports
     * @throws NullPointerException if an argument or a record is null
     * @throws IllegalArgumentException if a reference appears twice or there are 2^24 records or more
     */
    public Resolution resolve(List<IdentityRecord> records, BiConsumer<String, Double> progress) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(progress, "progress");
        Set<RecordRef> seen = new HashSet<>(records.size() * 2);
        for (IdentityRecord r : records) {
            if (!seen.add(Objects.requireNonNull(r, "record").ref())) {
                throw new IllegalArgumentException("record reference appears twice (source '" + r.ref().source()
                        + "')");
            }
        }
        BatchEngine engine = new BatchEngine(schema, config);
        return new Resolution(schema, config, engine.run(records, progress::accept));
    }
}
