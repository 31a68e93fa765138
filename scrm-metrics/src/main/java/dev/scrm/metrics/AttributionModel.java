package dev.scrm.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a conversion's value is credited to the touches on its path, with a lookback window (default 30 days):
 * touches older than the lookback get nothing. For every conversion with at least one touch in the
 * lookback, the credits add up to its value. Implementations are immutable and thread-safe.
 */
public interface AttributionModel {

    /** The default lookback window. */
    Duration DEFAULT_LOOKBACK = Duration.ofDays(30);

    /**
     * The model's id, recorded with every ROI value, for example {@code attribution.linear@1}.
     *
     * @return the id
     */
    String id();

    /**
     * The weights of touches, summing to 1.
     *
     * @param touches the touches inside the lookback, oldest first, at least one
     * @param conversionAt when the conversion happened
     * @return one weight per touch
     */
    double[] weights(List<Touch> touches, Instant conversionAt);

    /**
     * The value credited to each channel.
     *
     * @param conversion the conversion
     * @param lookback the lookback window
     * @return credit per channel in path order; empty when no touch lies in the lookback
     */
    default Map<String, Double> credit(Conversion conversion, Duration lookback) {
        Objects.requireNonNull(conversion, "conversion");
        Objects.requireNonNull(lookback, "lookback");
        Instant from = conversion.at().minus(lookback);
        List<Touch> inside = conversion.touches().stream().filter(t -> !t.at().isBefore(from)).toList();
        Map<String, Double> out = new LinkedHashMap<>();
        if (inside.isEmpty()) {
            return out;
        }
        double[] w = weights(inside, conversion.at());
        for (int i = 0; i < w.length; i++) {
            out.merge(inside.get(i).channel(), w[i] * conversion.value(), Double::sum);
        }
        return out;
    }

    /**
     * All credit to the last touch: {@code attribution.last_touch@1}.
     *
     * @return the model
     */
    static AttributionModel lastTouch() {
        return positional("attribution.last_touch@1", 0, 0, 1);
    }

    /**
     * All credit to the first touch: {@code attribution.first_touch@1}.
     *
     * @return the model
     */
    static AttributionModel firstTouch() {
        return positional("attribution.first_touch@1", 1, 0, 0);
    }

    /**
     * Equal credit {@code 1/J}: {@code attribution.linear@1}.
     *
     * @return the model
     */
    static AttributionModel linear() {
        return new AttributionModel() {
            @Override
            public String id() {
                return "attribution.linear@1";
            }

            @Override
            public double[] weights(List<Touch> touches, Instant conversionAt) {
                double[] w = new double[touches.size()];
                java.util.Arrays.fill(w, 1.0 / w.length);
                return w;
            }
        };
    }

    /**
     * Time decay {@code w_j = 2^(−Δt_j / h)}, normalised: {@code attribution.time_decay@1} (default h = 7 days).
     *
     * @param halfLife the half-life h
     * @return the model
     * @throws IllegalArgumentException if the half-life is not positive
     */
    static AttributionModel timeDecay(Duration halfLife) {
        Objects.requireNonNull(halfLife, "halfLife");
        if (halfLife.isZero() || halfLife.isNegative()) {
            throw new IllegalArgumentException("half-life must be positive");
        }
        double h = halfLife.toMillis();
        return new AttributionModel() {
            @Override
            public String id() {
                return "attribution.time_decay@1";
            }

            @Override
            public double[] weights(List<Touch> touches, Instant conversionAt) {
                double[] w = new double[touches.size()];
                double sum = 0;
                for (int i = 0; i < w.length; i++) {
                    double dt = Duration.between(touches.get(i).at(), conversionAt).toMillis();
                    w[i] = Math.pow(2, -dt / h);
                    sum += w[i];
                }
                for (int i = 0; i < w.length; i++) {
                    w[i] /= sum;
                }
                return w;
            }
        };
    }

    /**
     * Position-based weights: {@code attribution.custom@1} with shares for the first touch, the middle
     * touches (split evenly) and the last touch, for example 0.4 / 0.2 / 0.4. With two touches the middle
     * share is split between them in proportion to the first and last shares; with one touch it gets all.
     *
     * @param first the first touch's share
     * @param middle the middle touches' share
     * @param last the last touch's share
     * @return the model
     * @throws IllegalArgumentException if a share is negative or they do not sum to 1
     */
    static AttributionModel positionBased(double first, double middle, double last) {
        return positional("attribution.custom@1", first, middle, last);
    }

    private static AttributionModel positional(String id, double first, double middle, double last) {
        if (first < 0 || middle < 0 || last < 0 || Math.abs(first + middle + last - 1) > 1e-9) {
            throw new IllegalArgumentException("position shares must be >= 0 and sum to 1");
        }
        return new AttributionModel() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public double[] weights(List<Touch> touches, Instant conversionAt) {
                int n = touches.size();
                double[] w = new double[n];
                if (n == 1) {
                    w[0] = 1;
                } else if (n == 2) {
                    double ends = first + last;
                    w[0] = ends == 0 ? 0.5 : first / ends;
                    w[1] = ends == 0 ? 0.5 : last / ends;
                } else {
                    w[0] = first;
                    w[n - 1] = last;
                    for (int i = 1; i < n - 1; i++) {
                        w[i] = middle / (n - 2);
                    }
                }
                return w;
            }
        };
    }
}
