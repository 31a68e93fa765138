package dev.scrm.identity.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A growable string dictionary: value to dense id, in order of first appearance. Open addressing over an int
 * table of ids (no map entries, no boxed integers), so a million-entry dictionary costs the strings and about
 * sixteen bytes each. Not thread-safe for writes; reads ({@link #find}, {@link #value}) may run concurrently once
 * writes have stopped.
 */
final class Dict {
    /** Slot to id + 1; 0 marks an empty slot. */
    private int[] slots = new int[64];
    private String[] values = new String[32];
    private int size;

    int id(String v) {
        int mask = slots.length - 1;
        int s = spread(v.hashCode()) & mask;
        while (true) {
            int e = slots[s];
            if (e == 0) {
                break;
            }
            if (values[e - 1].equals(v)) {
                return e - 1;
            }
            s = (s + 1) & mask;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = v;
        slots[s] = ++size;
        if (size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    int find(String v) {
        int[] t = slots;
        int mask = t.length - 1;
        int s = spread(v.hashCode()) & mask;
        while (true) {
            int e = t[s];
            if (e == 0) {
                return -1;
            }
            if (values[e - 1].equals(v)) {
                return e - 1;
            }
            s = (s + 1) & mask;
        }
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
        int mask = t.length - 1;
        for (int id = 0; id < size; id++) {
            int s = spread(values[id].hashCode()) & mask;
            while (t[s] != 0) {
                s = (s + 1) & mask;
            }
            t[s] = id + 1;
        }
        slots = t;
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
