package dev.scrm.identity;

import dev.scrm.core.LinkMethod;
import dev.scrm.identity.CustomerTable.Cust;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merges an {@link IncrementalResolver} made, numbered from 1, and how to make and undo one: a merge keeps the
 * older customer (ties by id), makes the other an alias and remembers the records it brought, so that
 * {@link #unmerge(MergeId)} can give them back. Changes go to the {@link ChangeMirror}'s store; events are returned
 * for the caller to publish. Not thread-safe: the resolver serialises every call.
 */
final class MergeLog {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalResolver.class);

    private record Merge(MergeId id, int survivor, int absorbed, List<Integer> absorbedMembers, boolean[] undone) {
    }

    private final CustomerTable table;
    private final ChangeMirror mirror;
    private final Clock clock;
    private final List<Merge> merges = new ArrayList<>();

    MergeLog(CustomerTable table, ChangeMirror mirror, Clock clock) {
        this.table = table;
        this.mirror = mirror;
        this.clock = clock;
    }

    /** Merges customers {@code a} and {@code b}, the younger into the older. */
    IdentityEvent.CustomersMerged merge(int a, int b, LinkMethod method, MatchExplanation why, Instant now) {
        Cust ca = table.get(a);
        Cust cb = table.get(b);
        boolean aOlder = ca.created < cb.created || (ca.created == cb.created && ca.id.compareTo(cb.id) < 0);
        int s = aOlder ? a : b;
        int x = aOlder ? b : a;
        Cust survivor = table.get(s);
        Cust absorbed = table.get(x);
        MergeId id = new MergeId(merges.size() + 1L);
        merges.add(new Merge(id, s, x, new ArrayList<>(absorbed.members), new boolean[1]));
        for (int m : absorbed.members) {
            table.assign(m, s);
            survivor.members.add(m);
        }
        absorbed.members.clear();
        absorbed.aliasOf = s;
        for (int other : absorbed.cannotLink()) {
            survivor.forbid(other);
            table.get(other).forbid(s);
        }
        mirror.merged(id, survivor, absorbed, merges.get(merges.size() - 1).absorbedMembers(), method, why);
        LOG.debug("merged {} into {} ({})", absorbed.id, survivor.id, id);
        return new IdentityEvent.CustomersMerged(id, survivor.id, absorbed.id, method, why, now);
    }

    /**
     * Undoes a merge (see {@link IncrementalResolver#unmerge(MergeId)}); the caller publishes the event.
     *
     * @param merge the merge to undo
     * @return the split event
     * @throws IllegalArgumentException if no such merge was made
     * @throws IllegalStateException if it was already undone
     */
    IdentityEvent.CustomerSplit unmerge(MergeId merge) {
        if (merge.sequence() > merges.size()) {
            throw new IllegalArgumentException("unknown merge " + merge);
        }
        Merge m = merges.get((int) merge.sequence() - 1);
        if (m.undone()[0]) {
            throw new IllegalStateException(merge + " was already undone");
        }
        m.undone()[0] = true;
        int current = table.current(m.survivor());
        Cust from = table.get(current);
        Cust back = table.get(m.absorbed());
        back.aliasOf = -1;
        for (int r : m.absorbedMembers()) {
            if (table.owner(r) == current) {
                table.assign(r, m.absorbed());
                back.members.add(r);
            }
        }
        from.members.removeIf(r -> table.owner(r) != current);
        from.forbid(m.absorbed());
        back.forbid(current);
        Instant now = clock.instant();
        IdentityEvent.CustomerSplit ev = new IdentityEvent.CustomerSplit(from.id, List.of(back.id),
                "unmerge " + merge, now);
        mirror.unmerged(merge, from, back);
        return ev;
    }

    /** Forgets an erased record, so that no unmerge brings it back. */
    void forget(int record) {
        for (Merge m : merges) {
            m.absorbedMembers().removeIf(r -> r == record);
        }
    }
}
