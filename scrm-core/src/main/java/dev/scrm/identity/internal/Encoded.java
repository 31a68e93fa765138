package dev.scrm.identity.internal;

import dev.scrm.identity.FieldKind;
import dev.scrm.identity.FieldSpec;
import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.RecordRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Records normalised once at ingest into compact columns: per field a dictionary of normalised values with
 * their derived keys (phonetic code, skeleton, tokens) and per record the value ids, plus cross-field keys
 * (handle-like aliases, profile links). Appending is not thread-safe; reads of appended records are.
 */
public final class Encoded {

    /** Derived data of one distinct normalised value. */
    static final class Value {
        final String norm;
        final String alt;
        final String[] tokens;
        final long hash;
        final long altHash;
        int count;
        /**
         * The id of {@link #alt} in the alias dictionary once it has been found there, else -1. Dictionary ids never
         * change, so a found id is cached; a racing reader at worst looks it up again.
         */
        int aliasId = -1;

        Value(String norm, String alt, String[] tokens) {
            this.norm = norm;
            this.alt = alt;
            this.tokens = tokens;
            this.hash = Dict.hash64(norm);
            this.altHash = alt == null ? 0 : Dict.hash64(alt);
        }
    }

    /** One field's column. */
    static final class Column {
        final FieldSpec spec;
        final FieldKind kind;
        final int index;
        final Dict dict = new Dict();
        final List<Value> values = new ArrayList<>();
        int[] ids = new int[1024];
        int nonNull;
        /** The sum over values of count squared, kept current for term-frequency adjustments. */
        long sumCountSq;

        Column(FieldSpec spec, int index) {
            this.spec = spec;
            this.kind = spec.kind();
            this.index = index;
        }

        Value value(int record) {
            int id = ids[record];
            return id < 0 ? null : values.get(id);
        }
    }

    /** A record normalised but not yet added to the dictionaries. */
    static final class Prepared {
        final IdentityRecord record;
        final String[] keys;
        final String[][] orderedTokens;
        final List<String> aliases;
        final List<String> handleAliases;
        final List<String> nameAliases;
        final List<String> links;
        final String ownProfile;
        final String platform;
        /** Per field the derived data of the key, computed here so that appending only looks values up. */
        final Value[] derived;
        final String accountKey;
        /** Bit {@code c} set when the record marks field {@code c}'s value as verified. */
        final int verifiedMask;

        Prepared(IdentityRecord record, String[] keys, String[][] orderedTokens, List<String> aliases,
                List<String> handleAliases, List<String> nameAliases, List<String> links, String ownProfile,
                String platform, Value[] derived, String accountKey, int verifiedMask) {
            this.derived = derived;
            this.verifiedMask = verifiedMask;
            this.accountKey = accountKey;
            this.handleAliases = handleAliases;
            this.nameAliases = nameAliases;
            this.record = record;
            this.keys = keys;
            this.orderedTokens = orderedTokens;
            this.aliases = aliases;
            this.links = links;
            this.ownProfile = ownProfile;
            this.platform = platform;
        }
    }

    private static final int[] NONE = new int[0];

    final IdentitySchema schema;
    final Column[] cols;
    final Phones phones;
    final Dict sources = new Dict();
    final Dict platforms = new Dict();
    final Dict accounts = new Dict();
    final Dict oauth = new Dict();
    final Dict profiles = new Dict();
    final Dict aliasDict = new Dict();
    final int givenCol;
    final int familyCol;
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    /** Most name tokens are common ones: their phonetic codes are kept, up to {@link #PHONETIC_CACHE} of them. */
    private static final int PHONETIC_CACHE = 1 << 16;
    private final Map<String, String> phoneticCodes = new ConcurrentHashMap<>();

    int n;
    RecordRef[] refs = new RecordRef[1024];
    int[] source = new int[1024];
    int[] platform = new int[1024];
    int[] account = new int[1024];
    int[] accountPlatform = new int[1024];
    int[] oauthId = new int[1024];
    int[] verifiedMask = new int[1024];
    boolean[] consent = new boolean[1024];
    int[] ownProfile = new int[1024];
    int[][] aliases = new int[1024][];
    /** Per record, one bit per alias id ({@link #aliasBit}): most look-ups of an absent alias end here. */
    long[] aliasMask = new long[1024];
    /** Per record, one bit per id of its name aliases, as {@link #aliasMask} is for its aliases. */
    long[] nameMask = new long[1024];
    int[][] handleAliases = new int[1024][];
    int[][] nameAliases = new int[1024][];
    int[][] links = new int[1024][];
    int[] aliasCount = new int[16];

    public Encoded(IdentitySchema schema, String defaultRegion) {
        this.schema = schema;
        this.phones = new Phones(defaultRegion);
        cols = new Column[schema.fields().size()];
        int g = -1;
        int f = -1;
        for (int i = 0; i < cols.length; i++) {
            cols[i] = new Column(schema.fields().get(i), i);
            if (cols[i].kind == FieldKind.GIVEN_NAME && g < 0) {
                g = i;
            }
            if (cols[i].kind == FieldKind.FAMILY_NAME && f < 0) {
                f = i;
            }
        }
        givenCol = g;
        familyCol = f;
    }

    public int size() {
        return n;
    }

    public RecordRef ref(int i) {
        return refs[i];
    }

    public IdentitySchema schema() {
        return schema;
    }

    /** Normalises the records in parallel, chunk by chunk, and appends them in order. */
    public void addAll(List<IdentityRecord> records, Executor executor, int parallelism) {
        int chunk = 1 << 15;
        ensure(n + records.size());
        for (int from = 0; from < records.size(); from += chunk) {
            int to = Math.min(records.size(), from + chunk);
            Prepared[] prepared = new Prepared[to - from];
            int tasks = Math.max(1, Math.min(parallelism * 2, prepared.length / 1024 + 1));
            List<CompletableFuture<Void>> fs = new ArrayList<>();
            for (int c = 0; c < tasks; c++) {
                int lo = from + (int) ((long) (to - from) * c / tasks);
                int hi = from + (int) ((long) (to - from) * (c + 1) / tasks);
                int base = from;
                fs.add(CompletableFuture.runAsync(() -> {
                    for (int i = lo; i < hi; i++) {
                        prepared[i - base] = prepare(records.get(i));
                    }
                }, executor));
            }
            CompletableFuture.allOf(fs.toArray(CompletableFuture[]::new)).join();
            for (Prepared p : prepared) {
                append(p);
            }
        }
    }

    /** Normalises and appends one record; returns its index. */
    public int add(IdentityRecord record) {
        return appendPrepared(prepare(record));
    }

    /** Appends one record normalised by {@link #prepare}; returns its index. */
    int appendPrepared(Prepared p) {
        ensure(n + 1);
        return append(p);
    }

    /** Normalises a record without appending it (thread-safe). */
    Prepared prepare(IdentityRecord r) {
        String[] keys = new String[cols.length];
        String[][] ordered = new String[cols.length][];
        LinkedHashSet<String> al = new LinkedHashSet<>();
        LinkedHashSet<String> hal = new LinkedHashSet<>();
        LinkedHashSet<String> nal = new LinkedHashSet<>();
        List<String> derivedOnly = new ArrayList<>(0);
        List<String> ls = new ArrayList<>(0);
        String own = null;
        for (Column c : cols) {
            String raw = r.values().get(c.spec.name());
            if (raw == null) {
                continue;
            }
            String key = null;
            switch (c.kind) {
                case GIVEN_NAME, FAMILY_NAME -> {
                    String[] t = Normalize.nameTokens(raw);
                    if (t != null) {
                        ordered[c.index] = t;
                        key = String.join(" ", t);
                    }
                }
                case FULL_NAME -> {
                    String[] t = Normalize.nameTokens(raw);
                    if (t != null) {
                        ordered[c.index] = t;
                        String[] s = t.clone();
                        Arrays.sort(s);
                        key = String.join(" ", s);
                        nal.addAll(Normalize.nameAliases(t));
                        derivedOnly.addAll(Normalize.derivedNameAliases(t));
                    }
                }
                case EMAIL -> {
                    key = Normalize.email(raw);
                    if (key != null) {
                        String sk = Normalize.skeleton(Normalize.emailLocal(key));
                        if (sk != null && sk.length() >= 3) {
                            hal.add(sk);
                        }
                    }
                }
                case PHONE -> key = phones.e164(raw);
                case HANDLE -> {
                    String h = Normalize.handle(raw);
                    if (h != null) {
                        key = Normalize.handleLocal(h);
                        String sk = Normalize.skeleton(key);
                        if (sk != null && sk.length() >= 3) {
                            hal.add(sk);
                        }
                    }
                }
                case URL -> {
                    key = ProfileUrls.profileKey(ProfileUrls.canonicalUrl(raw));
                    if (key != null && own == null) {
                        own = key;
                        String h = ProfileUrls.profileHandle(key);
                        String sk = h == null ? null : Normalize.skeleton(h);
                        if (sk != null && sk.length() >= 3) {
                            hal.add(sk);
                        }
                    }
                }
                case DATE -> key = Normalize.date(raw);
                case POSTCODE, STREET_NUMBER, IDENTIFIER -> key = Normalize.code(raw);
                case ADDRESS, LOCALITY, REGION, EXACT -> key = Normalize.text(raw);
                case TEXT -> {
                    key = Normalize.text(raw);
                    for (String u : ProfileUrls.extractUrls(raw)) {
                        String pk = ProfileUrls.profileKey(ProfileUrls.canonicalUrl(u));
                        if (pk != null && !ls.contains(pk)) {
                            ls.add(pk);
                        }
                    }
                }
                default -> throw new IllegalStateException("unhandled kind " + c.kind);
            }
            keys[c.index] = key;
        }
        if (givenCol >= 0 && familyCol >= 0 && ordered[givenCol] != null && ordered[familyCol] != null) {
            String[] g = ordered[givenCol];
            String[] f = ordered[familyCol];
            String[] both = new String[g.length + f.length];
            System.arraycopy(g, 0, both, 0, g.length);
            System.arraycopy(f, 0, both, g.length, f.length);
            nal.addAll(Normalize.nameAliases(both));
        }
        if (own != null) {
            ls.remove(own);
        }
        al.addAll(nal);
        al.addAll(hal);
        // forms of the name a handle may be derived from, for telling derived handles apart, never for blocking
        nal.addAll(derivedOnly);
        String plat = r.account() != null ? r.account().platform().id()
                : own != null ? ProfileUrls.profilePlatform(own) : null;
        Value[] derived = new Value[cols.length];
        int verifiedMask = 0;
        for (Column c : cols) {
            String key = keys[c.index];
            if (key != null) {
                // the string hash is cached in the string: computing it here keeps it off the serial append
                key.hashCode();
                derived[c.index] = derive(c, key, ordered[c.index]);
                if (r.verifiedFields().contains(c.spec.name())) {
                    verifiedMask |= 1 << c.index;
                }
            }
        }
        List<String> aliasList = List.copyOf(al);
        for (String a : aliasList) {
            a.hashCode();
        }
        for (String l : ls) {
            l.hashCode();
        }
        String accountKey = r.account() == null ? null : r.account().platform().id() + ":" + r.account().nativeId();
        return new Prepared(r, keys, ordered, aliasList, List.copyOf(hal), List.copyOf(nal), ls, own,
                plat, derived, accountKey, verifiedMask);
    }

    private void ensure(int cap) {
        if (cap <= refs.length) {
            return;
        }
        int c = Math.max(cap, refs.length + (refs.length >> 1));
        refs = Arrays.copyOf(refs, c);
        source = Arrays.copyOf(source, c);
        platform = Arrays.copyOf(platform, c);
        account = Arrays.copyOf(account, c);
        accountPlatform = Arrays.copyOf(accountPlatform, c);
        oauthId = Arrays.copyOf(oauthId, c);
        verifiedMask = Arrays.copyOf(verifiedMask, c);
        consent = Arrays.copyOf(consent, c);
        ownProfile = Arrays.copyOf(ownProfile, c);
        aliases = Arrays.copyOf(aliases, c);
        aliasMask = Arrays.copyOf(aliasMask, c);
        nameMask = Arrays.copyOf(nameMask, c);
        handleAliases = Arrays.copyOf(handleAliases, c);
        nameAliases = Arrays.copyOf(nameAliases, c);
        links = Arrays.copyOf(links, c);
        for (Column col : cols) {
            col.ids = Arrays.copyOf(col.ids, c);
        }
    }

    int append(Prepared p) {
        int i = n;
        IdentityRecord r = p.record;
        refs[i] = r.ref();
        source[i] = sources.id(r.ref().source());
        platform[i] = p.platform == null ? -1 : platforms.id(p.platform);
        account[i] = p.accountKey == null ? -1 : accounts.id(p.accountKey);
        accountPlatform[i] = r.account() == null ? -1 : platforms.id(r.account().platform().id());
        oauthId[i] = r.oauthSubject() == null ? -1 : oauth.id(r.oauthSubject());
        consent[i] = r.linkingConsent();
        for (Column c : cols) {
            String key = p.keys[c.index];
            if (key == null) {
                c.ids[i] = -1;
                continue;
            }
            int id = c.dict.id(key);
            if (id == c.values.size()) {
                c.values.add(p.derived[c.index]);
            }
            Value val = c.values.get(id);
            c.sumCountSq += 2L * val.count + 1;
            val.count++;
            c.nonNull++;
            c.ids[i] = id;
        }
        verifiedMask[i] = p.verifiedMask;
        ownProfile[i] = p.ownProfile == null ? -1 : profiles.id(p.ownProfile);
        aliases[i] = ids(aliasDict, p.aliases, true);
        aliasMask[i] = mask(aliases[i]);
        handleAliases[i] = ids(aliasDict, p.handleAliases, false);
        nameAliases[i] = ids(aliasDict, p.nameAliases, false);
        nameMask[i] = mask(nameAliases[i]);
        links[i] = ids(profiles, p.links, false);
        n++;
        return i;
    }

    private int[] ids(Dict d, List<String> vals, boolean count) {
        if (vals.isEmpty()) {
            return NONE;
        }
        int[] out = new int[vals.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = d.id(vals.get(k));
            if (count) {
                if (out[k] >= aliasCount.length) {
                    aliasCount = Arrays.copyOf(aliasCount, Math.max(out[k] + 1, aliasCount.length * 2));
                }
                aliasCount[out[k]]++;
            }
        }
        return out;
    }

    private Value derive(Column c, String key, String[] ordered) {
        switch (c.kind) {
            case GIVEN_NAME, FAMILY_NAME: {
                return new Value(key, phonetic(key), null);
            }
            case FULL_NAME: {
                String[] sorted = key.split(" ");
                String[] codes = new String[sorted.length];
                for (int k = 0; k < sorted.length; k++) {
                    codes[k] = phonetic(sorted[k]);
                }
                Arrays.sort(codes);
                return new Value(key, String.join(" ", codes), sorted);
            }
            case HANDLE: {
                int end = key.length();
                while (end > 0 && ".-_".indexOf(key.charAt(end - 1)) >= 0) {
                    end--;
                }
                String digits = Normalize.trailingDigits(key.substring(0, end));
                return new Value(key, Normalize.skeleton(key), new String[] {digits});
            }
            case EMAIL: {
                String local = Normalize.emailLocal(key);
                StringBuilder sb = new StringBuilder(local.length());
                for (int k = 0; k < local.length(); k++) {
                    char ch = local.charAt(k);
                    if (Character.isLetterOrDigit(ch)) {
                        sb.append(ch);
                    }
                }
                return new Value(key, sb.toString(), null);
            }
            case URL:
                return new Value(key, ProfileUrls.profilePlatform(key), null);
            case TEXT: {
                // the distinct words, sorted
                String[] t = key.split(" ");
                Arrays.sort(t);
                int w = 0;
                for (int k = 0; k < t.length; k++) {
                    if (w == 0 || !t[k].equals(t[w - 1])) {
                        t[w++] = t[k];
                    }
                }
                return new Value(key, null, w == t.length ? t : Arrays.copyOf(t, w));
            }
            default:
                return new Value(key, null, null);
        }
    }

    private String phonetic(String s) {
        String letters = s;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch < 'a' || ch > 'z') {
                StringBuilder sb = new StringBuilder(s.length());
                for (int q = 0; q < s.length(); q++) {
                    char d = s.charAt(q);
                    if (d >= 'a' && d <= 'z') {
                        sb.append(d);
                    }
                }
                letters = sb.toString();
                break;
            }
        }
        if (letters.isEmpty()) {
            return s;
        }
        String cached = phoneticCodes.get(letters);
        if (cached != null) {
            return cached;
        }
        String code = metaphone.doubleMetaphone(letters);
        code = code == null || code.isEmpty() ? letters : code;
        if (phoneticCodes.size() < PHONETIC_CACHE) {
            phoneticCodes.putIfAbsent(letters, code);
        }
        return code;
    }

    /**
     * Erases record i's values (right to be forgotten): its value ids, keys, links and evidence are cleared, counts
     * fall, and values, aliases and profile keys no other record holds are forgotten by the dictionaries. The
     * record keeps its index but is replaced by a reference that names nothing. Not thread-safe.
     */
    void erase(int i, RecordRef tombstone) {
        for (Column c : cols) {
            int id = c.ids[i];
            if (id < 0) {
                continue;
            }
            Value v = c.values.get(id);
            v.count--;
            c.sumCountSq -= 2L * v.count + 1;
            c.nonNull--;
            c.ids[i] = -1;
            if (v.count == 0) {
                c.dict.forget(id);
                c.values.set(id, new Value("", null, v.tokens == null ? null : new String[0]));
            }
        }
        for (int a : aliases[i]) {
            if (--aliasCount[a] == 0) {
                aliasDict.forget(a);
            }
        }
        int[] profileIds = links[i];
        int own = ownProfile[i];
        aliases[i] = NONE;
        aliasMask[i] = 0;
        nameMask[i] = 0;
        handleAliases[i] = NONE;
        nameAliases[i] = NONE;
        links[i] = NONE;
        ownProfile[i] = -1;
        account[i] = -1;
        oauthId[i] = -1;
        verifiedMask[i] = 0;
        consent[i] = false;
        refs[i] = tombstone;
        forgetProfiles(profileIds, own);
    }

    private void forgetProfiles(int[] ids, int own) {
        Set<Integer> candidates = new java.util.HashSet<>();
        for (int id : ids) {
            candidates.add(id);
        }
        if (own >= 0) {
            candidates.add(own);
        }
        for (int r = 0; r < n && !candidates.isEmpty(); r++) {
            candidates.remove(ownProfile[r]);
            for (int id : links[r]) {
                candidates.remove(id);
            }
        }
        for (int id : candidates) {
            profiles.forget(id);
        }
    }

    /**
     * The alias-dictionary id of a value's alternative key (its skeleton, for handles), or -1. A found id is cached
     * in the value; erasure can make the dictionary forget it (its value turns empty), and then it is looked up
     * again, as the alias may have come back under a new id.
     */
    int aliasIdOf(Value v) {
        int id = v.aliasId;
        if (id >= 0 && aliasDict.value(id).isEmpty()) {
            id = -1;
            v.aliasId = -1;
        }
        if (id < 0 && v.alt != null) {
            id = aliasDict.find(v.alt);
            if (id >= 0) {
                v.aliasId = id;
            }
        }
        return id;
    }

    /** The number of records whose alias set holds this alias id. */
    int aliasFrequency(int alias) {
        return alias < aliasCount.length ? aliasCount[alias] : 0;
    }

    /** Whether record i holds alias id a (false for a negative id). */
    boolean hasAlias(int i, int a) {
        return holds(aliasMask[i], aliases[i], a);
    }

    /** Whether alias id a (-1 for none) is among record i's name aliases. */
    boolean hasNameAlias(int i, int a) {
        return holds(nameMask[i], nameAliases[i], a);
    }

    /** Whether alias id a (-1 for none) is among ids, whose {@link #mask} is given: most absent ids end at the mask. */
    private static boolean holds(long mask, int[] ids, int a) {
        return a >= 0 && (mask & aliasBit(a)) != 0 && contains(ids, a);
    }

    /** One bit per id ({@link #aliasBit}). */
    private static long mask(int[] ids) {
        long m = 0;
        for (int a : ids) {
            m |= aliasBit(a);
        }
        return m;
    }

    private static long aliasBit(int a) {
        return 1L << ((a * 0x9E3779B9) >>> 26);
    }

    static boolean contains(int[] sortedOrNot, int v) {
        for (int x : sortedOrNot) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    Set<String> platformNames() {
        return Set.copyOf(platforms.values());
    }
}
