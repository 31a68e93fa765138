package dev.scrm.metrics;

import dev.scrm.audience.InfluenceModel;
import dev.scrm.core.PlatformAccountId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The open influence score {@code influence.score@1 = 100 × percentileRank(raw)} with
 * {@code raw = a·log10(1 + F) + b·log10(1 + median E per post) + c·log10(1 + amplifications by others)
 * + d·NS about the author}, over a population of tracked authors (bots excluded). The percentile rank is the
 * mid-rank {@code (#{y < x} + 0.5·#{y = x}) / N}, the author included. Every component and weight is
 * published with the score.
 *
 * <p>This is the batch form of the audience module's {@link InfluenceModel} (which scores customers
 * incrementally): the weights are those of an {@code InfluenceModel} and each term is computed by it, so both
 * give the same raw values and ranks. Immutable and thread-safe.
 *
 * @param a the weight of followers (default 0.4)
 * @param b the weight of median engagement (default 0.3)
 * @param c the weight of amplifications (default 0.3)
 * @param d the weight of net sentiment (default 0)
 */
public record InfluenceScore(double a, double b, double c, double d) {

    /** Populations below this size are flagged {@code SMALL_POPULATION}. */
    public static final int SMALL_POPULATION = 20;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a weight is not finite, or {@code a}, {@code b} or {@code c} is
     *     negative
     */
    public InfluenceScore {
        new InfluenceModel(a, b, c, d, InfluenceModel.ofDefaults().window(), SMALL_POPULATION);
    }

    /**
     * The weights of an audience influence model.
     *
     * @param model the model
     * @return the score with its weights
     */
    public static InfluenceScore of(InfluenceModel model) {
        Objects.requireNonNull(model, "model");
        return new InfluenceScore(model.followersWeight(), model.engagementWeight(), model.amplificationWeight(),
                model.sentimentWeight());
    }

    /**
     * These weights as an audience influence model (90-day window, small population below
     * {@link #SMALL_POPULATION}).
     *
     * @return the model
     */
    public InfluenceModel model() {
        return new InfluenceModel(a, b, c, d, InfluenceModel.ofDefaults().window(), SMALL_POPULATION);
    }

    /**
     * The default weights of version 1.
     *
     * @return a = 0.4, b = 0.3, c = 0.3, d = 0
     */
    public static InfluenceScore ofDefaults() {
        return new InfluenceScore(0.4, 0.3, 0.3, 0);
    }

    /**
     * One author's inputs over the 90-day window. Immutable and thread-safe.
     *
     * @param author the author
     * @param followers the follower count F
     * @param medianEngagement the median engagement per post
     * @param amplifications shares of the author's posts by others
     * @param netSentiment net sentiment about the author, in [-1, 1]
     * @param bot whether the account is a bot (excluded from the population)
     */
    public record Input(PlatformAccountId author, long followers, double medianEngagement, long amplifications,
            double netSentiment, boolean bot) {

        /**
         * Validates.
         *
         * @throws IllegalArgumentException if a count is negative or the sentiment out of range
         */
        public Input {
            Objects.requireNonNull(author, "author");
            if (followers < 0 || !(medianEngagement >= 0) || amplifications < 0) {
                throw new IllegalArgumentException("influence inputs must be >= 0");
            }
            if (!(netSentiment >= -1 && netSentiment <= 1)) {
                throw new IllegalArgumentException("net sentiment must be within [-1, 1]");
            }
        }
    }

    /**
     * One author's score with its components. Immutable and thread-safe.
     *
     * @param author the author
     * @param score the score within (0, 100]
     * @param raw the raw value
     * @param followersPart the weighted followers component
     * @param engagementPart the weighted engagement component
     * @param amplificationPart the weighted amplification component
     * @param sentimentPart the weighted sentiment component
     * @param population the population size N
     * @param smallPopulation whether N is below {@link #SMALL_POPULATION}
     */
    public record Result(PlatformAccountId author, double score, double raw, double followersPart,
            double engagementPart, double amplificationPart, double sentimentPart, int population,
            boolean smallPopulation) {
    }

    /**
     * Scores every non-bot author against the population of all non-bot authors given.
     *
     * @param inputs the population
     * @return one result per non-bot author, in input order
     */
    public List<Result> score(List<Input> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        List<Input> pop = inputs.stream().filter(i -> !i.bot()).toList();
        int n = pop.size();
        double[] raw = new double[n];
        double[][] parts = new double[n][];
        InfluenceModel model = model();
        for (int i = 0; i < n; i++) {
            Input in = pop.get(i);
            double f = model.followersContribution(in.followers());
            double e = model.engagementContribution(in.medianEngagement());
            double am = model.amplificationContribution(in.amplifications());
            double s = d * in.netSentiment();
            parts[i] = new double[] {f, e, am, s};
            raw[i] = f + e + am + s;
        }
        List<Result> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int below = 0;
            int equal = 0;
            for (int j = 0; j < n; j++) {
                if (raw[j] < raw[i]) {
                    below++;
                } else if (raw[j] == raw[i]) {
                    equal++;
                }
            }
            double rank = InfluenceModel.percentileRank(below, equal, n);
            out.add(new Result(pop.get(i).author(), 100 * rank, raw[i], parts[i][0], parts[i][1], parts[i][2],
                    parts[i][3], n, n < SMALL_POPULATION));
        }
        return out;
    }
}
