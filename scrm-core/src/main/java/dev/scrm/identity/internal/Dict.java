package dev.scrm.identity.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A growable string dictionary: value to dense id, in order of first appearance. Open addressing over an int
 * table of ids (no map entries, no boxed integers), so a million-entry dictionary costs the strings and about
 * twenty-four bytes each. Not thread-safe for writes; reads ({@link #find}, {@link #value}) may run concurrently once
 * writes have stopped.
 */
final class Dict {
    /** Slot to id + 1; 0 marks an empty slot. */
    private int[] slots = new int[64];
    /** Slot to the spread hash of its value, so a probe compares strings only when the hashes agree. */
    private int[] hashes = new int[64];
    private String[] values = new String[32];
    private int size;

    int id(String v) {
        int mask = slots.length - 1;
        int h = spread(v.hashCode());
        int s = h & mask;
        while (true) {
            int e = slots[s];
            if (e == 0) {
                break;
            }
            if (hashes[s] == h && values[e - 1].equals(v)) {
                return e - 1;
            }
            s = (s + 1) & mask;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = v;
        hashes[s] = h;
        slots[s] = ++size;
        if (size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    int find(String v) {
        int[] t = slots;
        int[] hs = hashes;
        int mask = t.length - 1;
        int h = spread(v.hashCode());
        int s = h & mask;
        while (true) {
            int e = t[s];
            if (e == 0) {
                return -1;
            }
            if (hs[s] == h && values[e - 1].equals(v)) {
                return e - 1;
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
        while (slots[s] != id + 1) {
            if (slots[s] == 0) {
                return;
            }
            s = (s + 1) & mask;
        }
        int hole = s;
        for (int t = (s + 1) & mask; slots[t] != 0; t = (t + 1) & mask) {
            int home = hashes[t] & mask;
            // the entry at t may fill the hole if its probe run from home passes the hole
            if (((t - home) & mask) >= ((t - hole) & mask)) {
                slots[hole] = slots[t];
                hashes[hole] = hashes[t];
                hole = t;
            }
        }
        slots[hole] = 0;
        hashes[hole] = 0;
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
        int[] t = new int[slots.length * 2];
        int[] hs = new int[t.length];
        int mask = t.length - 1;
        for (int old = 0; old < slots.length; old++) {
            int e = slots[old];
            if (e == 0) {
                continue;
            }
            int h = hashes[old];
            int s = h & mask;
            while (t[s] != 0) {
                s = (s + 1) & mask;
            }
            t[s] = e;
            hs[s] = h;
        }
        slots = t;
        hashes = hs;
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
