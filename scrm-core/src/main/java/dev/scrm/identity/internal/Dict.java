package dev.scrm.identity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** A growable string dictionary: value to dense id, with a per-value record count. Not thread-safe. */
final class Dict {
    private final HashMap<String, Integer> ids = new HashMap<>();
    final List<String> values = new ArrayList<>();
    int[] counts = new int[16];

    int id(String v) {
        Integer id = ids.get(v);
        if (id == null) {
            id = values.size();
            ids.put(v, id);
            values.add(v);
            if (id >= counts.length) {
                counts = java.util.Arrays.copyOf(counts, counts.length * 2);
            }
        }
        return id;
    }

    int find(String v) {
        Integer id = ids.get(v);
        return id == null ? -1 : id;
    }

    /** Forgets a value (for erasure): its id stays taken but maps back to an empty string, and it is not found. */
    void forget(int id) {
        String v = values.get(id);
        if (!v.isEmpty()) {
            ids.remove(v);
            values.set(id, "");
        }
    }

    int size() {
        return values.size();
    }

    String value(int id) {
        return values.get(id);
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
