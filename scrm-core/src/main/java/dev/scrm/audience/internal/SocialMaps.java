package dev.scrm.audience.internal;

import dev.scrm.audience.AdvocacyStage;
import dev.scrm.audience.SegmentId;
import dev.scrm.audience.SocialGroup;
import dev.scrm.audience.SocialMap;
import dev.scrm.audience.SocialMapping;
import dev.scrm.core.AttributeValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a {@link SocialMap}: groups customers by the values of the mapping's attributes (a multi-valued
 * attribute puts a customer in one group per value, so groups may overlap), counts each group's customers,
 * segment members and stages, and folds groups below the minimum size into one "other" group. Stateless and
 * thread-safe; the customers and slots passed in must be read under the engine's lock.
 */
final class SocialMaps {

    private static final int STAGES = AdvocacyStage.values().length;

    /** The counts of one group. */
    private static final class Agg {
        long customers;
        final long[] segments;
        final long[] stages = new long[STAGES];

        Agg(int segmentCount) {
            segments = new long[segmentCount];
        }

        void add(Agg other) {
            customers += other.customers;
            for (int i = 0; i < segments.length; i++) {
                segments[i] += other.segments[i];
            }
            for (int i = 0; i < STAGES; i++) {
                stages[i] += other.stages[i];
            }
        }
    }

    private SocialMaps() {
    }

    /**
     * Maps the customers.
     *
     * @param mapping what to group by
     * @param slots the defined segments, in definition order
     * @param customers the customers by index, {@code null} entries skipped
     * @param at when the map is made
     */
    static SocialMap of(SocialMapping mapping, List<SegmentSlot> slots, List<CustomerState> customers, Instant at) {
        List<String> by = mapping.groupBy();
        Map<List<String>, Agg> groups = new HashMap<>();
        Agg total = new Agg(slots.size());
        List<List<String>> values = new ArrayList<>(by.size());
        for (CustomerState c : customers) {
            if (c == null) {
                continue;
            }
            values.clear();
            for (String attr : by) {
                values.add(groupValues(c, attr, mapping.separators().get(attr)));
            }
            Agg one = new Agg(slots.size());
            one.customers = 1;
            for (int s = 0; s < slots.size(); s++) {
                if (slots.get(s).members.get(c.index)) {
                    one.segments[s] = 1;
                }
            }
            one.stages[c.stage] = 1;
            total.add(one);
            for (List<String> key : product(values)) {
                groups.computeIfAbsent(key, k -> new Agg(slots.size())).add(one);
            }
        }
        List<SocialGroup> shown = new ArrayList<>();
        Agg other = new Agg(slots.size());
        boolean folded = false;
        List<Map.Entry<List<String>, Agg>> entries = new ArrayList<>(groups.entrySet());
        entries.sort((a, b) -> {
            int c = Long.compare(b.getValue().customers, a.getValue().customers);
            return c != 0 ? c : String.join("\u0000", a.getKey()).compareTo(String.join("\u0000", b.getKey()));
        });
        for (Map.Entry<List<String>, Agg> e : entries) {
            if (e.getValue().customers < mapping.minGroupSize()) {
                other.add(e.getValue());
                folded = true;
            } else {
                shown.add(group(by, e.getKey(), e.getValue(), slots));
            }
        }
        if (folded) {
            shown.add(group(by, Collections.nCopies(by.size(), SocialMap.OTHER), other, slots));
        }
        SocialGroup all = group(by, Collections.nCopies(by.size(), "*"), total, slots);
        return new SocialMap(mapping, all, shown, at);
    }

    private static List<String> groupValues(CustomerState c, String attr, String separator) {
        AttributeValue v = c.attributes.get(attr);
        if (v == null || v.value().isBlank()) {
            return List.of(SocialMap.UNKNOWN);
        }
        if (separator == null) {
            return List.of(v.value().trim().toLowerCase(Locale.ROOT));
        }
        TreeSet<String> parts = new TreeSet<>();
        int from = 0;
        String text = v.value();
        while (true) {
            int at = text.indexOf(separator, from);
            String part = (at < 0 ? text.substring(from) : text.substring(from, at)).trim().toLowerCase(Locale.ROOT);
            if (!part.isEmpty()) {
                parts.add(part);
            }
            if (at < 0) {
                break;
            }
            from = at + separator.length();
        }
        return parts.isEmpty() ? List.of(SocialMap.UNKNOWN) : List.copyOf(parts);
    }

    private static List<List<String>> product(List<List<String>> values) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<String> options : values) {
            List<List<String>> next = new ArrayList<>(out.size() * options.size());
            for (List<String> prefix : out) {
                for (String o : options) {
                    List<String> k = new ArrayList<>(prefix);
                    k.add(o);
                    next.add(k);
                }
            }
            out = next;
        }
        return out;
    }

    private static SocialGroup group(List<String> by, List<String> key, Agg agg, List<SegmentSlot> slots) {
        LinkedHashMap<String, String> k = new LinkedHashMap<>();
        for (int i = 0; i < by.size(); i++) {
            k.put(by.get(i), key.get(i));
        }
        TreeMap<SegmentId, Long> seg = new TreeMap<>();
        for (int s = 0; s < slots.size(); s++) {
            seg.put(slots.get(s).segment.id(), agg.segments[s]);
        }
        EnumMap<AdvocacyStage, Long> st = new EnumMap<>(AdvocacyStage.class);
        for (AdvocacyStage s : AdvocacyStage.values()) {
            st.put(s, agg.stages[s.ordinal()]);
        }
        return new SocialGroup(k, agg.customers, seg, st);
    }
}
