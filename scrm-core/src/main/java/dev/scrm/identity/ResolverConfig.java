package dev.scrm.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The settings of identity resolution: thresholds, blocking and clustering guards, training, phone region,
 * linking policy and the executor. Immutable and thread-safe; start from {@link #ofDefaults()} or
 * {@link #builder()}.
 *
 * @param mode which pairs are compared
 * @param autoLinkThreshold posterior at or above which a scored pair links automatically
 * @param reviewThreshold posterior at or above which an unlinked pair is suggested for review; with one-to-one,
 *     the lowest posterior a one-to-one assignment accepts
 * @param oneToOne whether each record links to at most one record of another source
 * @param onePerPlatform whether a score may not join two accounts of one platform into one customer
 * @param maxClusterSize the largest cluster scores may build (rules are not capped)
 * @param maxBlockSize the largest block compared as a whole; larger ones are sub-blocked or dropped
 * @param defaultRegion ISO 3166 region for phone numbers written in national format, or {@code null} to accept
 *     only numbers with a leading {@code +}
 * @param randomPairs how many random pairs estimate u
 * @param seed the seed of the random pair sample
 * @param maxIterations the most EM iterations
 * @param linkPolicy which automatic links need consent
 * @param executor where normalisation and scoring run
 * @param parallelism how many tasks to split work into
 */
public record ResolverConfig(LinkMode mode, double autoLinkThreshold, double reviewThreshold, boolean oneToOne,
        boolean onePerPlatform, int maxClusterSize, int maxBlockSize, String defaultRegion, int randomPairs,
        long seed, int maxIterations, LinkPolicy linkPolicy, Executor executor, int parallelism) {

    /** Default auto-link posterior. */
    public static final double DEFAULT_AUTO_LINK = 0.99;
    /** Default review posterior. */
    public static final double DEFAULT_REVIEW = 0.5;
    /** Default cluster size cap. */
    public static final int DEFAULT_MAX_CLUSTER = 50;
    /** Default block size cap. */
    public static final int DEFAULT_MAX_BLOCK = 100;
    /** Default number of random pairs for u. */
    public static final int DEFAULT_RANDOM_PAIRS = 200_000;
    /** Default EM iteration limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 200;

    private static final ResolverConfig DEFAULTS = builder().build();

    /**
     * Validates the settings.
     *
     * @throws NullPointerException if the mode, policy or executor is null
     * @throws dev.scrm.core.ValidationException if a value is out of range (every problem is listed)
     */
    public ResolverConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(linkPolicy, "linkPolicy");
        Objects.requireNonNull(executor, "executor");
        List<String> problems = new ArrayList<>();
        if (!(autoLinkThreshold > 0 && autoLinkThreshold < 1)) {
            problems.add("autoLinkThreshold must be within (0, 1)");
        }
        if (!(reviewThreshold > 0 && reviewThreshold <= autoLinkThreshold)) {
            problems.add("reviewThreshold must be within (0, autoLinkThreshold]");
        }
        if (maxClusterSize < 2) {
            problems.add("maxClusterSize must be >= 2");
        }
        if (maxBlockSize < 2) {
            problems.add("maxBlockSize must be >= 2");
        }
        if (randomPairs < 1000) {
            problems.add("randomPairs must be >= 1000");
        }
        if (maxIterations < 1) {
            problems.add("maxIterations must be >= 1");
        }
        if (parallelism < 1) {
            problems.add("parallelism must be >= 1");
        }
        if (defaultRegion != null && !defaultRegion.matches("[A-Za-z]{2}")) {
            problems.add("defaultRegion must be a two-letter ISO 3166 code");
        }
        if (!problems.isEmpty()) {
            throw dev.scrm.core.ValidationException.ofField("resolverConfig", String.join("; ", problems));
        }
    }

    /**
     * The defaults: dedupe, auto-link at 0.99, review from 0.5, one account per platform, clusters up to 50,
     * blocks up to 100, no phone region, the common fork-join pool.
     *
     * @return the default settings
     */
    public static ResolverConfig ofDefaults() {
        return DEFAULTS;
    }

    /**
     * A builder holding the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.mode = mode;
        b.autoLink = autoLinkThreshold;
        b.review = reviewThreshold;
        b.oneToOne = oneToOne;
        b.onePerPlatform = onePerPlatform;
        b.maxCluster = maxClusterSize;
        b.maxBlock = maxBlockSize;
        b.region = defaultRegion;
        b.randomPairs = randomPairs;
        b.seed = seed;
        b.maxIterations = maxIterations;
        b.policy = linkPolicy;
        b.executor = executor;
        b.parallelism = parallelism;
        return b;
    }

    /** Builds a {@link ResolverConfig}; {@link #build()} validates and may be called again. Not thread-safe. */
    public static final class Builder {
        private LinkMode mode = LinkMode.DEDUPE;
        private double autoLink = DEFAULT_AUTO_LINK;
        private double review = DEFAULT_REVIEW;
        private boolean oneToOne;
        private boolean onePerPlatform = true;
        private int maxCluster = DEFAULT_MAX_CLUSTER;
        private int maxBlock = DEFAULT_MAX_BLOCK;
        private String region;
        private int randomPairs = DEFAULT_RANDOM_PAIRS;
        private long seed = 42L;
        private int maxIterations = DEFAULT_MAX_ITERATIONS;
        private LinkPolicy policy = LinkPolicy.ofDefaults();
        private Executor executor = ForkJoinPool.commonPool();
        private int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        /** @param value which pairs are compared (default {@link LinkMode#DEDUPE}) @return this */
        public Builder mode(LinkMode value) {
            this.mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        /** @param value the auto-link posterior (default {@value ResolverConfig#DEFAULT_AUTO_LINK}) @return this */
        public Builder autoLinkThreshold(double value) {
            this.autoLink = value;
            return this;
        }

        /** @param value the review posterior (default {@value ResolverConfig#DEFAULT_REVIEW}) @return this */
        public Builder reviewThreshold(double value) {
            this.review = value;
            return this;
        }

        /** @param value whether links are one-to-one between sources (default false) @return this */
        public Builder oneToOne(boolean value) {
            this.oneToOne = value;
            return this;
        }

        /** @param value whether one account per platform is enforced for scores (default true) @return this */
        public Builder onePerPlatform(boolean value) {
            this.onePerPlatform = value;
            return this;
        }

        /** @param value the cluster size cap (default {@value ResolverConfig#DEFAULT_MAX_CLUSTER}) @return this */
        public Builder maxClusterSize(int value) {
            this.maxCluster = value;
            return this;
        }

        /** @param value the block size cap (default {@value ResolverConfig#DEFAULT_MAX_BLOCK}) @return this */
        public Builder maxBlockSize(int value) {
            this.maxBlock = value;
            return this;
        }

        /** @param value the phone region, for example {@code AU}, or {@code null} (default) @return this */
        public Builder defaultRegion(String value) {
            this.region = value;
            return this;
        }

        /** @param value random pairs for u (default {@value ResolverConfig#DEFAULT_RANDOM_PAIRS}) @return this */
        public Builder randomPairs(int value) {
            this.randomPairs = value;
            return this;
        }

        /** @param value the sampling seed (default 42) @return this */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** @param value the EM iteration limit (default {@value ResolverConfig#DEFAULT_MAX_ITERATIONS}) @return this */
        public Builder maxIterations(int value) {
            this.maxIterations = value;
            return this;
        }

        /** @param value the linking policy (default {@link LinkPolicy#ofDefaults()}) @return this */
        public Builder linkPolicy(LinkPolicy value) {
            this.policy = Objects.requireNonNull(value, "linkPolicy");
            return this;
        }

        /**
         * @param value the executor for parallel work (default the common fork-join pool)
         * @param tasks how many tasks to split work into (default the number of processors)
         * @return this
         */
        public Builder executor(Executor value, int tasks) {
            this.executor = Objects.requireNonNull(value, "executor");
            this.parallelism = tasks;
            return this;
        }

        /**
         * Validates and builds the settings.
         *
         * @return the settings
         * @throws dev.scrm.core.ValidationException if a value is out of range
         */
        public ResolverConfig build() {
            return new ResolverConfig(mode, autoLink, review, oneToOne, onePerPlatform, maxCluster, maxBlock, region,
                    randomPairs, seed, maxIterations, policy, executor, parallelism);
        }
    }
}
