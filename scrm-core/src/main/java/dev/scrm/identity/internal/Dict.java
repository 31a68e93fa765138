package dev.scrm.identity.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A growable string dictionary: value to dense id, in order of first appearance. Open addressing over a long
 * table of hash and id (no map entries, no boxed integers), so a million-entry dictionary costs the strings and
 * about twenty-four bytes each. Not thread-safe for writes; reads ({@link #find}, {@link #value}) may run
 * concurrently once writes have stopped.
 */
final class Dict {
    /**
     * Open-addressing table; a slot holds the spread hash of its value in the high 32 bits and id + 1 in the low
     * 32 bits (0 marks an empty slot), so a probe reads one array and compares strings only when the hashes
     * agree.
     */
    private long[] slots = new long[64];
    private String[] values = new String[32];
    private int size;

    int id(String v) {
        int mask = slots.length - 1;
        int h = spread(v.hashCode());
        int s = h & mask;
        while (true) {
            long e = slots[s];
            if (e == 0) {
                break;
            }
            if ((int) (e >>> 32) == h && values[(int) e - 1].equals(v)) {
                return (int) e - 1;
            }
            s = (s + 1) & mask;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = v;
        slots[s] = slot(h, ++size);
        if (size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    int find(String v) {
        long[] t = slots;
        int mask = t.length - 1;
        int h = spread(v.hashCode());
        int s = h & mask;
        while (true) {
            long e = t[s];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h && values[(int) e - 1].equals(v)) {
                return (int) e - 1;
            }
            s = (s + 1) & mask;
        }
    }

    /**
     * Forgets a value (for erasure): its id stays taken but maps back to an empty string, and it is not found; adding
     * the value again gives it a new id. Its slot is emptied by shifting later entries of the probe run back, so
     * probing needs no tombstones.
     */
    void forget(int id) {
        String v = value(id);
        if (v.isEmpty()) {
            return;
        }
        values[id] = "";
        int mask = slots.length - 1;
        int s = spread(v.hashCode()) & mask;
        while ((int) slots[s] != id + 1) {
            if (slots[s] == 0) {
                return;
            }
            s = (s + 1) & mask;
        }
        int hole = s;
        for (int t = (s + 1) & mask; slots[t] != 0; t = (t + 1) & mask) {
            int home = (int) (slots[t] >>> 32) & mask;
            // the entry at t may fill the hole if its probe run from home passes the hole
            if (((t - home) & mask) >= ((t - hole) & mask)) {
                slots[hole] = slots[t];
                hole = t;
            }
        }
        slots[hole] = 0;
    }

    int size() {
        return size;
    }

    String value(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException(id);
        }
        return values[id];
    }

    /** The values in id order. */
    List<String> values() {
        return List.of(Arrays.copyOf(values, size));
    }

    private void grow() {
        long[] t = new long[slots.length * 2];
        int mask = t.length - 1;
        for (long e : slots) {
            if (e == 0) {
                continue;
            }
            int s = (int) (e >>> 32) & mask;
            while (t[s] != 0) {
                s = (s + 1) & mask;
            }
            t[s] = e;
        }
        slots = t;
    }

    private static long slot(int hash, int idPlusOne) {
        return ((long) hash << 32) | (idPlusOne & 0xFFFFFFFFL);
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
