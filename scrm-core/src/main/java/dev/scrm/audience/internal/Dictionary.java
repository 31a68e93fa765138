package dev.scrm.audience.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Interns brand names, brand sets and campaign names as small integers, compared ignoring case. Ids are
 * never reused. Guarded by the engine's lock; not thread-safe.
 */
final class Dictionary {

    private final Map<String, Integer> brands = new HashMap<>();
    private final Map<String, Integer> campaigns = new HashMap<>();
    private final Map<List<Integer>, Integer> brandSetIds = new HashMap<>();
    private final List<int[]> brandSets = new ArrayList<>();

    Dictionary() {
        brandSets.add(new int[0]);
        brandSetIds.put(List.of(), 0);
    }

    int brand(String name) {
        return brands.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> brands.size());
    }

    int campaign(String name) {
        return campaigns.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> campaigns.size());
    }

    int brandSet(Set<String> names) {
        if (names.isEmpty()) {
            return 0;
        }
        int[] ids = new int[names.size()];
        int i = 0;
        for (String n : names) {
            ids[i++] = brand(n);
        }
        Arrays.sort(ids);
        List<Integer> key = new ArrayList<>(ids.length);
        int distinct = 0;
        for (int j = 0; j < ids.length; j++) {
            if (j == 0 || ids[j] != ids[j - 1]) {
                key.add(ids[j]);
                ids[distinct++] = ids[j];
            }
        }
        int[] set = Arrays.copyOf(ids, distinct);
        return brandSetIds.computeIfAbsent(key, k -> {
            brandSets.add(set);
            return brandSets.size() - 1;
        });
    }

    boolean brandSetContains(int set, int brand) {
        for (int b : brandSets.get(set)) {
            if (b == brand) {
                return true;
            }
        }
        return false;
    }
}
