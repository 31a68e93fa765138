package dev.scrm.identity.internal;

import dev.scrm.identity.FieldKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A blocking key: a function from a record to zero or more 64-bit key hashes, and the fields it reads.
 * Records sharing a hash are candidate pairs. Immutable and thread-safe.
 */
final class BlockKey {

    interface Emitter {
        /** Writes the record's key hashes to {@code out} and returns how many (0 when a value is missing). */
        int emit(Encoded e, int i, long[] out);
    }

    final String name;
    final int[] fields;
    final Emitter emitter;
    /** Whether oversized blocks of this key are sub-blocked rather than dropped. */
    final boolean evidence;

    BlockKey(String name, int[] fields, Emitter emitter, boolean evidence) {
        this.name = name;
        this.fields = fields;
        this.emitter = emitter;
        this.evidence = evidence;
    }

    boolean uses(int field) {
        for (int f : fields) {
            if (f == field) {
                return true;
            }
        }
        return false;
    }

    static long combine(long seed, long a) {
        return PairTable.mix(seed * 0x9E3779B97F4A7C15L + a);
    }

    /** The default keys for a schema: single strong fields, name pairs (swap-proof), and address composites. */
    static List<BlockKey> forSchema(Encoded e) {
        List<BlockKey> keys = new ArrayList<>();
        Encoded.Column given = e.givenCol >= 0 ? e.cols[e.givenCol] : null;
        Encoded.Column family = e.familyCol >= 0 ? e.cols[e.familyCol] : null;
        Encoded.Column postcode = first(e, FieldKind.POSTCODE);
        Encoded.Column street = first(e, FieldKind.STREET_NUMBER);
        Encoded.Column locality = first(e, FieldKind.LOCALITY);
        for (Encoded.Column c : e.cols) {
            switch (c.kind) {
                case EMAIL, PHONE, IDENTIFIER, DATE, URL, HANDLE, FULL_NAME -> {
                    long seed = keys.size() + 1;
                    keys.add(new BlockKey(c.spec.name(), new int[] {c.index}, (en, i, out) -> {
                        Encoded.Value v = c.value(i);
                        if (v == null) {
                            return 0;
                        }
                        out[0] = combine(seed, v.hash);
                        return 1;
                    }, false));
                }
                default -> {
                }
            }
            if (c.kind == FieldKind.ADDRESS && street != null) {
                keys.add(pair(keys.size() + 1, c.spec.name() + "+" + street.spec.name(), c, street, false));
            }
        }
        if (given != null && family != null) {
            long seed = keys.size() + 1;
            keys.add(new BlockKey(given.spec.name() + "+" + family.spec.name(), new int[] {given.index, family.index},
                    (en, i, out) -> {
                        Encoded.Value g = given.value(i);
                        Encoded.Value f = family.value(i);
                        if (g == null || f == null) {
                            return 0;
                        }
                        // unordered, so swapped names meet
                        out[0] = combine(seed, Math.min(g.hash, f.hash) * 31 + Math.max(g.hash, f.hash));
                        return 1;
                    }, false));
            long seed2 = keys.size() + 1;
            keys.add(new BlockKey(given.spec.name() + "+" + family.spec.name() + "~phonetic",
                    new int[] {given.index, family.index}, (en, i, out) -> {
                        Encoded.Value g = given.value(i);
                        Encoded.Value f = family.value(i);
                        if (g == null || f == null) {
                            return 0;
                        }
                        out[0] = combine(seed2, Math.min(g.altHash, f.altHash) * 31 + Math.max(g.altHash, f.altHash));
                        return 1;
                    }, false));
        }
        if (postcode != null && street != null) {
            keys.add(pair(keys.size() + 1, postcode.spec.name() + "+" + street.spec.name(), postcode, street, false));
        }
        if (postcode != null && given != null) {
            long seed = keys.size() + 1;
            keys.add(new BlockKey(postcode.spec.name() + "+" + given.spec.name() + "[0:2]",
                    new int[] {postcode.index, given.index}, (en, i, out) -> {
                        Encoded.Value p = postcode.value(i);
                        Encoded.Value g = given.value(i);
                        if (p == null || g == null) {
                            return 0;
                        }
                        String pre = g.norm.length() >= 2 ? g.norm.substring(0, 2) : g.norm;
                        out[0] = combine(seed, p.hash * 31 + Dict.hash64(pre));
                        return 1;
                    }, false));
        }
        if (locality != null && family != null) {
            keys.add(pair(keys.size() + 1, locality.spec.name() + "+" + family.spec.name(), locality, family, false));
        }
        List<Integer> aliasFields = new ArrayList<>();
        List<Integer> linkFields = new ArrayList<>();
        for (Encoded.Column c : e.cols) {
            switch (c.kind) {
                case HANDLE, EMAIL, URL, FULL_NAME -> aliasFields.add(c.index);
                default -> {
                }
            }
            if (c.kind == FieldKind.URL || c.kind == FieldKind.TEXT) {
                linkFields.add(c.index);
            }
        }
        if (given != null && family != null) {
            aliasFields.add(given.index);
            aliasFields.add(family.index);
        }
        if (aliasFields.stream().anyMatch(f -> e.cols[f].kind == FieldKind.HANDLE)) {
            long seed = keys.size() + 1;
            keys.add(new BlockKey("handle_alias", aliasFields.stream().mapToInt(Integer::intValue).toArray(),
                    (en, i, out) -> {
                        int[] a = en.aliases[i];
                        int k = 0;
                        for (int x = 0; x < a.length && k < out.length; x++) {
                            out[k++] = combine(seed, a[x] + 1L);
                        }
                        return k;
                    }, false));
        }
        if (!linkFields.isEmpty()) {
            long seed = keys.size() + 1;
            keys.add(new BlockKey(Comparison.CROSS_LINK, linkFields.stream().mapToInt(Integer::intValue).toArray(),
                    (en, i, out) -> {
                        int k = 0;
                        if (en.ownProfile[i] >= 0) {
                            out[k++] = combine(seed, en.ownProfile[i] + 1L);
                        }
                        int[] l = en.links[i];
                        for (int x = 0; x < l.length && k < out.length; x++) {
                            out[k++] = combine(seed, l[x] + 1L);
                        }
                        return k;
                    }, true));
        }
        long accSeed = keys.size() + 1;
        keys.add(new BlockKey("platform_account", new int[0], (en, i, out) -> {
            if (en.account[i] < 0) {
                return 0;
            }
            out[0] = combine(accSeed, en.account[i] + 1L);
            return 1;
        }, true));
        long oSeed = keys.size() + 1;
        keys.add(new BlockKey("oauth_subject", new int[0], (en, i, out) -> {
            if (en.oauthId[i] < 0) {
                return 0;
            }
            out[0] = combine(oSeed, en.oauthId[i] + 1L);
            return 1;
        }, true));
        if (keys.size() > 16) {
            throw new IllegalStateException("too many blocking keys: " + keys.size());
        }
        return keys;
    }

    private static BlockKey pair(long seed, String name, Encoded.Column a, Encoded.Column b, boolean evidence) {
        return new BlockKey(name, new int[] {a.index, b.index}, (en, i, out) -> {
            Encoded.Value x = a.value(i);
            Encoded.Value y = b.value(i);
            if (x == null || y == null) {
                return 0;
            }
            out[0] = combine(seed, x.hash * 31 + y.hash);
            return 1;
        }, evidence);
    }

    private static Encoded.Column first(Encoded e, FieldKind k) {
        for (Encoded.Column c : e.cols) {
            if (c.kind == k) {
                return c;
            }
        }
        return null;
    }
}
