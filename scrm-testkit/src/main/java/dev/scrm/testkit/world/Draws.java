package dev.scrm.testkit.world;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws the world generator shares: picking from a list, weighted choice, the hour a post or
 * visit happens and the weekly rhythm of activity. Stateless; every draw takes the random source it uses,
 * so the caller decides the order of draws. Thread-safe.
 */
final class Draws {

    /** Activity on each day of the week relative to an ordinary day, Monday first. */
    static final double[] WEEKDAY = {1.0, 1.0, 1.05, 1.05, 1.1, 0.85, 0.8};

    private Draws() {
    }

    static <T> T pick(List<T> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    static double[] cumulativeOf(double[] weights) {
        double[] c = new double[weights.length];
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i];
            c[i] = s;
        }
        return c;
    }

    static int weightedIndex(double[] cumulative, SplittableRandom r) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static long timeOfDay(SplittableRandom r) {
        // busier in the evening: a mixture of a day-time and an evening bump
        double hour = r.nextDouble() < 0.6 ? 19 + r.nextGaussian() * 2.5 : 12 + r.nextGaussian() * 3.5;
        hour = ((hour % 24) + 24) % 24;
        return (long) (hour * 3600);
    }

    static String randomB32(int length, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(length);
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(r.nextInt(32)));
        }
        return sb.toString();
    }
}
