package dev.scrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.identity.FieldKind;
import dev.scrm.identity.FieldSpec;
import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.RecordRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The compact structures behind blocking and incremental lookup: dictionary, pair merging, capped key index. */
class BlockingStructuresTest {

    @Test
    void dict_growsKeepingDenseIdsInFirstAppearanceOrder() {
        Dict d = new Dict();
        for (int k = 0; k < 50_000; k++) {
            assertThat(d.id("v" + k)).isEqualTo(k);
        }
        for (int k = 0; k < 50_000; k += 997) {
            assertThat(d.id("v" + k)).isEqualTo(k);
            assertThat(d.find("v" + k)).isEqualTo(k);
            assertThat(d.value(k)).isEqualTo("v" + k);
        }
        assertThat(d.find("absent")).isEqualTo(-1);
        assertThat(d.size()).isEqualTo(50_000);
        // strings with equal String.hashCode stay apart
        assertThat(d.id("Aa")).isNotEqualTo(d.id("BB"));
        assertThat(d.find("Aa")).isEqualTo(50_000);
        assertThat(d.find("BB")).isEqualTo(50_001);
    }

    @Test
    void merge_unitesSortedPairsAndOrsTheirKeyMasks() {
        long[] a = {Blocker.pack(1, 2) | 1, Blocker.pack(1, 5) | 1, Blocker.pack(3, 4) | 1};
        long[] b = {Blocker.pack(1, 5) | 2, Blocker.pack(2, 3) | 2};
        long[] m = Blocker.merge(a, b);
        assertThat(m).containsExactly(Blocker.pack(1, 2) | 1, Blocker.pack(1, 5) | 3, Blocker.pack(2, 3) | 2,
                Blocker.pack(3, 4) | 1);
        long[] dup = {Blocker.pack(7, 2) | 4, Blocker.pack(2, 7) | 8, Blocker.pack(2, 9) | 4};
        assertThat(Blocker.dedupe(dup, 3)).isEqualTo(2);
        assertThat(dup[0]).isEqualTo(Blocker.pack(2, 7) | 12);
        assertThat(PairTable.left(dup[0])).isEqualTo(2);
        assertThat(PairTable.right(dup[0])).isEqualTo(7);
        assertThat(PairTable.mask(dup[0])).isEqualTo(12);
    }

    @Test
    void radixSort_ordersAsASignedSortDoes_keepingTheOrderOfTheBitsBelowTheKey() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int size : new int[] {10, 1 << 14, 100_003}) {
            // block entries: a key hash (negative ones included) above a record index written in increasing order
            long[] entries = new long[size + 7];
            for (int i = 0; i < size; i++) {
                entries[i] = (rnd.nextLong(-40, 40) * 0x9E3779B97F4A7C15L & ~0xffffffL) | i;
            }
            long[] expected = java.util.Arrays.copyOf(entries, size);
            java.util.Arrays.sort(expected);
            assertThat(java.util.Arrays.copyOf(Blocker.sortFrom(entries, size, 24), size)).isEqualTo(expected);
            // pairs of one key: records up to the 24-bit limit, one mask bit
            long[] pairs = new long[size];
            for (int x = 0; x < size; x++) {
                pairs[x] = Blocker.pack(rnd.nextInt(Blocker.MAX_RECORDS), rnd.nextInt(Blocker.MAX_RECORDS)) | 4;
            }
            long[] sorted = pairs.clone();
            java.util.Arrays.sort(sorted);
            assertThat(java.util.Arrays.copyOf(Blocker.sortFrom(pairs, size, 16), size)).isEqualTo(sorted);
        }
    }

    @Test
    void blocker_onThreadsFindsExactlyThePairsThatShareAKeyValue() {
        IdentitySchema schema = new IdentitySchema(List.of(FieldSpec.of("email", FieldKind.EMAIL),
                FieldSpec.of("phone", FieldKind.PHONE), FieldSpec.of("id", FieldKind.IDENTIFIER)));
        SplittableRandom rnd = new SplittableRandom(3);
        List<IdentityRecord> recs = new ArrayList<>();
        for (int r = 0; r < 2000; r++) {
            Map<String, String> v = new HashMap<>();
            v.put("email", "person" + rnd.nextInt(600) + "@mailbox.org");
            if (rnd.nextBoolean()) {
                v.put("phone", "+4420794600" + (10 + rnd.nextInt(80)));
            }
            v.put("id", "A" + rnd.nextInt(1700));
            recs.add(IdentityRecord.of(RecordRef.of("s", "r" + r), v));
        }
        Encoded e = new Encoded(schema, null);
        e.addAll(recs, Runnable::run, 1);
        List<BlockKey> keys = BlockKey.forSchema(e);
        int cap = 1000;
        long[] serial = new Blocker(e, keys, cap, false).run(new Blocker.Stats());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        long[] parallel;
        try {
            parallel = new Blocker(e, keys, cap, false).run(new Blocker.Stats(), pool);
        } finally {
            pool.shutdown();
        }
        assertThat(parallel).containsExactly(serial);
        assertThat(serial.length).isGreaterThan(1000);
        // brute force: every pair sharing a value of a single-field key, with the mask of those keys
        TreeMap<Long, Integer> expected = new TreeMap<>();
        for (int k = 0; k < keys.size(); k++) {
            if (keys.get(k).fields.length != 1) {
                continue;
            }
            Encoded.Column c = e.cols[keys.get(k).fields[0]];
            for (int i = 0; i < e.size(); i++) {
                for (int j = i + 1; j < e.size(); j++) {
                    if (c.ids[i] >= 0 && c.ids[i] == c.ids[j]) {
                        expected.merge(Blocker.pack(i, j), 1 << k, (x, y) -> x | y);
                    }
                }
            }
        }
        List<Long> got = new ArrayList<>();
        for (long p : serial) {
            got.add(p);
        }
        List<Long> want = new ArrayList<>();
        expected.forEach((pair, mask) -> want.add(pair | mask));
        assertThat(got).isSorted().containsExactlyElementsOf(want);
    }

    @Test
    void keyIndex_capsSkewedKeysAndVisitsNewestFirst() {
        KeyIndex ix = new KeyIndex(16);
        for (int r = 0; r < 10; r++) {
            ix.add(42L, r, 5);
        }
        ix.add(7L, 100, 5);
        ix.add(7L, 101, 5);
        List<Integer> seen = new ArrayList<>();
        assertThat(ix.visit(42L, 100, 5, seen::add)).isEqualTo(10);
        assertThat(seen).isEmpty();
        assertThat(ix.visit(7L, 100, 5, seen::add)).isEqualTo(2);
        assertThat(seen).containsExactly(101, 100);
        seen.clear();
        // an uncapped key keeps every posting; a limit bounds what one visit reads
        for (int r = 0; r < 3000; r++) {
            ix.add(9L, r, Integer.MAX_VALUE);
        }
        assertThat(ix.visit(9L, 3, Integer.MAX_VALUE, seen::add)).isEqualTo(3000);
        assertThat(seen).containsExactly(2999, 2998, 2997);
        assertThat(ix.visit(12345L, 3, 5, seen::add)).isZero();
    }
    @Test
    void keyIndex_erasureLowersCountsOfStoredAndCappedPostingsAndKeepsProbing() {
        KeyIndex ix = new KeyIndex(16);
        for (int r = 0; r < 10; r++) {
            ix.add(42L, r, 5);
        }
        // records 0..5 are stored (cap + 1), 6..9 only counted
        assertThat(ix.count(42L)).isEqualTo(10);
        ix.remove(42L, 8);
        ix.remove(42L, 9);
        ix.remove(42L, 3);
        assertThat(ix.count(42L)).isEqualTo(7);
        ix.remove(42L, 6);
        ix.remove(42L, 7);
        assertThat(ix.count(42L)).isEqualTo(5);
        List<Integer> seen = new ArrayList<>();
        assertThat(ix.visit(42L, 100, 5, seen::add)).isEqualTo(5);
        assertThat(seen).containsExactly(5, 4, 2, 1, 0);
        // a record that never held the key changes nothing once every posting is stored
        ix.remove(42L, 77);
        assertThat(ix.count(42L)).isEqualTo(5);

        // keys that collide in the table: emptying the first one's list must not hide the others
        KeyIndex small = new KeyIndex(16);
        for (long k = 1; k <= 12; k++) {
            small.add(k, (int) k, Integer.MAX_VALUE);
        }
        for (long k = 1; k <= 12; k += 2) {
            small.remove(k, (int) k);
            assertThat(small.count(k)).isZero();
        }
        for (long k = 2; k <= 12; k += 2) {
            seen.clear();
            assertThat(small.visit(k, 10, Integer.MAX_VALUE, seen::add)).isEqualTo(1);
            assertThat(seen).containsExactly((int) k);
        }
        // an emptied key takes records again, and the table still grows
        small.add(1L, 100, Integer.MAX_VALUE);
        for (long k = 13; k <= 200; k++) {
            small.add(k, (int) k, Integer.MAX_VALUE);
        }
        seen.clear();
        assertThat(small.visit(1L, 10, Integer.MAX_VALUE, seen::add)).isEqualTo(1);
        assertThat(seen).containsExactly(100);
        assertThat(small.count(3L)).isZero();
        assertThat(small.count(200L)).isEqualTo(1);
    }

    @Test
    void dict_forgetsValuesForErasureAndFindsTheRest() {
        Dict d = new Dict();
        for (int k = 0; k < 5000; k++) {
            d.id("v" + k);
        }
        for (int k = 0; k < 5000; k += 3) {
            d.forget(k);
        }
        d.forget(0);
        for (int k = 0; k < 5000; k++) {
            if (k % 3 == 0) {
                assertThat(d.find("v" + k)).isEqualTo(-1);
                assertThat(d.value(k)).isEmpty();
            } else {
                assertThat(d.find("v" + k)).isEqualTo(k);
                assertThat(d.id("v" + k)).isEqualTo(k);
            }
        }
        assertThat(d.size()).isEqualTo(5000);
        // a forgotten value comes back under a new id; values with equal String.hashCode stay apart
        assertThat(d.id("v3")).isEqualTo(5000);
        int aa = d.id("Aa");
        int bb = d.id("BB");
        d.forget(aa);
        assertThat(d.find("Aa")).isEqualTo(-1);
        assertThat(d.find("BB")).isEqualTo(bb);
        assertThat(d.find("v3")).isEqualTo(5000);
    }

    @Test
    void encoded_cachedAliasIdFollowsErasure() {
        IdentitySchema schema = new IdentitySchema(List.of(FieldSpec.of("handle", FieldKind.HANDLE)));
        Encoded e = new Encoded(schema, null);
        int a = e.add(IdentityRecord.of(RecordRef.of("s", "a"), Map.of("handle", "zorblax_77")));
        int b = e.add(IdentityRecord.of(RecordRef.of("s", "b"), Map.of("handle", "zorblax")));
        Encoded.Column col = e.cols[0];
        Encoded.Value va = col.value(a);
        Encoded.Value vb = col.value(b);
        int before = e.aliasIdOf(va);
        assertThat(before).isNotNegative().isEqualTo(e.aliasDict.find(va.alt));
        assertThat(e.aliasIdOf(vb)).isEqualTo(before);
        e.erase(a, RecordRef.of("erased", "a"));
        e.erase(b, RecordRef.of("erased", "b"));
        // the skeleton is forgotten: the cached id no longer counts
        assertThat(e.aliasIdOf(vb)).isEqualTo(-1);
        int c = e.add(IdentityRecord.of(RecordRef.of("s", "c"), Map.of("handle", "zorblax")));
        int after = e.aliasIdOf(vb);
        assertThat(after).isNotNegative().isNotEqualTo(before).isEqualTo(e.aliasDict.find(vb.alt));
        assertThat(e.aliasIdOf(col.value(c))).isEqualTo(after);
        assertThat(e.aliasFrequency(after)).isEqualTo(1);
    }
}
