package dev.scrm.identity.internal;

import dev.scrm.core.Platform;
import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.LinkPolicy;
import dev.scrm.identity.MatchExplanation;
import dev.scrm.identity.RecordRef;
import dev.scrm.identity.ScoredPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Record-at-a-time resolution: the encoded records of a trained batch, a key index over them, and the model.
 * A new record is normalised, looked up under each blocking key, and scored against the candidates found.
 * Not thread-safe: callers serialise access.
 */
public final class Index {

    /** One scored candidate of a new record. */
    public record Candidate(int record, int rule, double weight, double probability) {
        public boolean ruleLink() {
            return rule >= 0;
        }

        public String ruleName() {
            return rule >= 0 ? Rules.NAMES.get(rule) : null;
        }
    }

    private final Encoded e;
    private final Model model;
    private final List<BlockKey> keys;
    private final KeyIndex index;
    private final int maxBlock;
    private final LinkPolicy policy;
    private final Map<RecordRef, Integer> byRef;
    private boolean[] needsConsent = new boolean[0];
    private final long[] buf = new long[64];
    private int[] seen = new int[1024];
    private int stamp;
    private final java.util.BitSet erased = new java.util.BitSet();
    private int[] found = new int[256];
    private int foundCount;
    private final java.util.function.IntConsumer collect = this::collect;
    private int current;

    private Index(Encoded e, Model model, List<BlockKey> keys, int maxBlock, LinkPolicy policy) {
        this.e = e;
        this.model = model;
        this.keys = keys;
        this.maxBlock = maxBlock;
        this.policy = policy;
        this.index = new KeyIndex(Math.max(1024, e.size() * 2));
        this.byRef = new HashMap<>(Math.max(16, e.size() * 2));
        for (int i = 0; i < e.size(); i++) {
            byRef.put(e.refs[i], i);
            indexRecord(i);
        }
        Arrays.fill(seen, -1);
    }

    /** An index over a batch result's records and model. */
    public static Index fromBatch(BatchEngine.Result r, int maxBlock, LinkPolicy policy) {
        return new Index(r.e, r.model, r.keys, maxBlock, policy);
    }

    public int size() {
        return e.size();
    }

    public RecordRef ref(int i) {
        return e.refs[i];
    }

    public int indexOf(RecordRef ref) {
        Integer i = byRef.get(ref);
        return i == null ? -1 : i;
    }

    /** The platform account a record describes, or null. */
    public dev.scrm.core.PlatformAccountId account(int i) {
        int a = e.account[i];
        if (a < 0) {
            return null;
        }
        String v = e.accounts.value(a);
        int c = v.indexOf(':');
        return dev.scrm.core.PlatformAccountId.of(v.substring(0, c), v.substring(c + 1));
    }

    /** The platform bit of a record (0 when its platform is unknown). */
    public long platformBit(int i) {
        int p = e.platform[i];
        return p >= 0 && p < 64 ? 1L << p : 0;
    }

    /** A record normalised but not yet appended: made by {@link #prepare}, consumed by {@link #append(Pending)}. */
    public static final class Pending {
        private final Encoded.Prepared prepared;

        private Pending(Encoded.Prepared prepared) {
            this.prepared = prepared;
        }
    }

    /**
     * Normalises a record without touching the index. Unlike every other method this one is thread-safe, so that
     * callers can normalise outside the lock they hold while appending and scoring.
     */
    public Pending prepare(IdentityRecord r) {
        return new Pending(e.prepare(r));
    }

    /** Adds a record to the encoded set without indexing it yet. */
    public int append(IdentityRecord r) {
        return append(prepare(r));
    }

    /** Adds a prepared record to the encoded set without indexing it yet. */
    public int append(Pending p) {
        IdentityRecord r = p.prepared.record;
        if (byRef.containsKey(r.ref())) {
            throw new IllegalArgumentException("record reference is already indexed (source '" + r.ref().source()
                    + "')");
        }
        int i = e.appendPrepared(p.prepared);
        byRef.put(r.ref(), i);
        return i;
    }

    /** Makes an appended record findable by later records. */
    public void indexRecord(int i) {
        for (int k = 0; k < keys.size(); k++) {
            BlockKey key = keys.get(k);
            int c = key.emitter.emit(e, i, buf);
            int cap = key.evidence ? Integer.MAX_VALUE : maxBlock;
            for (int x = 0; x < c; x++) {
                index.add(buf[x], i, cap);
            }
        }
    }

    private void collect(int j) {
        if (j != current && seen[j] != stamp && !erased(j)) {
            seen[j] = stamp;
            if (foundCount == found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[foundCount++] = j;
        }
    }

    /**
     * The scored candidates of record i among the indexed records, strongest first. Candidates come from the key
     * index: under each blocking key at most the cap's newest records, and none under a key that is not evidence
     * and holds more records than the cap (as batch blocking drops such blocks unless it can sub-block them).
     */
    public List<Candidate> candidates(int i) {
        stamp++;
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, -1);
            stamp = 0;
        }
        if (seen.length < e.size()) {
            int old = seen.length;
            seen = Arrays.copyOf(seen, Math.max(e.size(), old + (old >> 1)));
            Arrays.fill(seen, old, seen.length, -1);
        }
        current = i;
        foundCount = 0;
        for (int k = 0; k < keys.size(); k++) {
            BlockKey key = keys.get(k);
            int c = key.emitter.emit(e, i, buf);
            int skipAbove = key.evidence ? Integer.MAX_VALUE : maxBlock;
            for (int x = 0; x < c; x++) {
                index.visit(buf[x], maxBlock, skipAbove, collect);
            }
        }
        List<Candidate> out = new ArrayList<>(foundCount);
        for (int f = 0; f < foundCount; f++) {
            int j = found[f];
            int rule = Rules.fire(e, i, j);
            long p = Model.pattern(model.comps, e, i, j);
            double w = model.score(e, p, i);
            out.add(new Candidate(j, rule, w, rule >= 0 ? 1.0 : Model.probability(w)));
        }
        out.sort((a, b) -> {
            if (a.ruleLink() != b.ruleLink()) {
                return a.ruleLink() ? -1 : 1;
            }
            int c = Double.compare(b.weight, a.weight);
            return c != 0 ? c : e.refs[a.record].compareTo(e.refs[b.record]);
        });
        return out;
    }

    /** Sets whether record i carries the person's consent to linking. */
    public void consent(int i, boolean value) {
        e.consent[i] = value;
    }

    /** The platform whose policy requires consent that record i lacks for a link to j, or null if none does. */
    public Platform consentMissing(int i, int j) {
        gate(i, j);
        int pi = e.accountPlatform[i];
        int pj = e.accountPlatform[j];
        if (pi >= 0 && pi != pj && !e.consent[i] && needsConsent[pi]) {
            return Platform.of(e.platforms.value(pi));
        }
        if (pj >= 0 && pj != pi && !e.consent[j] && needsConsent[pj]) {
            return Platform.of(e.platforms.value(pj));
        }
        return null;
    }

    /** Whether a deterministic rule (first-party evidence) links i and j. */
    public boolean ruleLinks(int i, int j) {
        return Rules.fire(e, i, j) >= 0;
    }

    /**
     * Erases record i: removes its postings from the key index, so no later record finds it, then clears its
     * encoded values and references. Its index stays taken; {@link #indexOf} no longer finds its old reference.
     */
    public void erase(int i) {
        for (int k = 0; k < keys.size(); k++) {
            int c = keys.get(k).emitter.emit(e, i, buf);
            for (int x = 0; x < c; x++) {
                index.remove(buf[x], i);
            }
        }
        byRef.remove(e.refs[i]);
        erased.set(i);
        model.forget(e, i);
        e.erase(i, RecordRef.of("erased", Integer.toString(i)));
    }

    /** Whether a linking policy allows a score to link i and j. */
    public boolean gate(int i, int j) {
        if (needsConsent.length < e.platforms.size()) {
            needsConsent = new boolean[e.platforms.size()];
            for (int p = 0; p < needsConsent.length; p++) {
                needsConsent[p] = policy.requiresConsent(Platform.of(e.platforms.value(p)));
            }
        }
        return BatchEngine.gateAllows(e, needsConsent, i, j);
    }

    private boolean erased(int j) {
        return erased.get(j);
    }

    public MatchExplanation explain(int i, int j, ScoredPair.Decision d, double autoLink) {
        return BatchEngine.explain(e, model, i, j, d, autoLink);
    }
}
