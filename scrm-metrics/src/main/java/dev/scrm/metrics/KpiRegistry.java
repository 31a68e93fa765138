package dev.scrm.metrics;

import dev.scrm.core.KpiId;
import dev.scrm.metrics.internal.StandardKpis;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of versioned {@link KpiDefinition KPI definitions}, looked up by id.
 *
 * <p>{@link #standard()} holds every definition of the SDK's formula sheet; users add their own (or new
 * versions of standard ones) through {@link #builder()}, the same way the standard ones are registered.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * KpiRegistry registry = KpiRegistry.builder()
 *         .registerAll(KpiRegistry.standard())
 *         .register(KpiDefinition.of("mentions.per_post@1", Additivity.NON_ADDITIVE, MetricUnit.RATIO,
 *                 "mentions / owned posts", Map.of(),
 *                 in -> in.ratio(in.sum(Counter.MENTIONS), in.sum(Counter.POSTS), Completeness.complete(), null)))
 *         .build();
 * }</pre>
 */
public final class KpiRegistry {

    private static final KpiRegistry STANDARD = builder().registerAll(StandardKpis.all()).build();

    private final Map<KpiId, KpiDefinition> definitions;

    private KpiRegistry(Map<KpiId, KpiDefinition> definitions) {
        this.definitions = Collections.unmodifiableMap(new TreeMap<>(definitions));
    }

    /**
     * Every definition of the SDK's formula sheet.
     *
     * @return the standard registry
     */
    public static KpiRegistry standard() {
        return STANDARD;
    }

    /**
     * An empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The definition of an id.
     *
     * @param id the id
     * @return the definition, empty when none is registered
     */
    public Optional<KpiDefinition> find(KpiId id) {
        return Optional.ofNullable(definitions.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The definition of an id.
     *
     * @param id the id
     * @return the definition
     * @throws IllegalArgumentException if none is registered
     */
    public KpiDefinition get(KpiId id) {
        KpiDefinition d = definitions.get(Objects.requireNonNull(id, "id"));
        if (d == null) {
            throw new IllegalArgumentException("no KPI definition " + id + " is registered");
        }
        return d;
    }

    /**
     * All definitions, sorted by id.
     *
     * @return the definitions
     */
    public Collection<KpiDefinition> definitions() {
        return definitions.values();
    }

    /** Collects definitions. Not thread-safe; {@link #build()} may be called again. */
    public static final class Builder {
        private final Map<KpiId, KpiDefinition> definitions = new TreeMap<>();

        private Builder() {
        }

        /**
         * Registers a definition.
         *
         * @param definition the definition
         * @return this builder
         * @throws IllegalStateException if its id is already registered: a changed formula needs a new version
         */
        public Builder register(KpiDefinition definition) {
            Objects.requireNonNull(definition, "definition");
            if (definitions.putIfAbsent(definition.id(), definition) != null) {
                throw new IllegalStateException("KPI " + definition.id() + " is already registered; a changed"
                        + " definition needs a new version");
            }
            return this;
        }

        /**
         * Registers every definition of a registry.
         *
         * @param registry the registry
         * @return this builder
         * @throws IllegalStateException if an id is already registered
         */
        public Builder registerAll(KpiRegistry registry) {
            return registerAll(Objects.requireNonNull(registry, "registry").definitions());
        }

        /**
         * Registers definitions.
         *
         * @param list the definitions
         * @return this builder
         * @throws IllegalStateException if an id is already registered
         */
        public Builder registerAll(Collection<KpiDefinition> list) {
            for (KpiDefinition d : list) {
                register(d);
            }
            return this;
        }

        /**
         * The registry.
         *
         * @return a new immutable registry
         */
        public KpiRegistry build() {
            return new KpiRegistry(definitions);
        }
    }
}
