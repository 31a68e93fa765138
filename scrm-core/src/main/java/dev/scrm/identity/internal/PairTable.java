package dev.scrm.identity.internal;

/**
 * Helpers for candidate pairs packed into one long: {@code i << 40 | j << 16 | mask} with {@code i < j < 2^24}
 * and a 16-bit mask of the blocking keys that produced the pair, so that sorting the longs sorts the pairs.
 * Stateless and thread-safe.
 */
final class PairTable {

    private PairTable() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe1a85ec3L;
        return z ^ (z >>> 33);
    }

    static int left(long packed) {
        return (int) (packed >>> 40);
    }

    static int right(long packed) {
        return (int) ((packed >>> 16) & 0xffffff);
    }

    static int mask(long packed) {
        return (int) (packed & 0xffff);
    }
}
