package dev.scrm.identity;

import dev.scrm.core.CustomerId;
import dev.scrm.identity.internal.Index;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The customers an {@link IncrementalResolver} keeps: each customer's id, creation order, records, aliases and the
 * customers it must not merge with, and which customer owns each record. Not thread-safe: the resolver serialises
 * every call.
 */
final class CustomerTable {

    /** One customer, by its position in the table. */
    static final class Cust {
        final CustomerId id;
        final long created;
        final List<Integer> members = new ArrayList<>(2);
        /** Customers this one must not merge with; most customers have none, so the set is made on first use. */
        private Set<Integer> cannotLink = Set.of();
        int aliasOf = -1;

        Cust(CustomerId id, long created) {
            this.id = id;
            this.created = created;
        }

        Set<Integer> cannotLink() {
            return cannotLink;
        }

        void forbid(int other) {
            if (cannotLink.isEmpty()) {
                cannotLink = new HashSet<>(4);
            }
            cannotLink.add(other);
        }

        void allow(int other) {
            if (!cannotLink.isEmpty()) {
                cannotLink.remove(other);
            }
        }
    }

    private final Supplier<CustomerId> ids;
    private final List<Cust> customers = new ArrayList<>();
    private final Map<CustomerId, Integer> byId = new HashMap<>();
    private int[] owner;
    private long createdSeq;

    CustomerTable(Supplier<CustomerId> ids, int records) {
        this.ids = ids;
        this.owner = new int[Math.max(16, records * 2)];
    }

    /** The default id factory: {@code c-} and 32 hex digits from a generator seeded with {@code seed}. */
    static Supplier<CustomerId> seededIds(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        return () -> CustomerId.of(String.format(Locale.ROOT, "c-%016x%016x", rnd.nextLong(), rnd.nextLong()));
    }

    Cust get(int c) {
        return customers.get(c);
    }

    List<Cust> all() {
        return customers;
    }

    /** The customer that owns a record, or -1 while it has none. */
    int owner(int record) {
        return owner[record];
    }

    void assign(int record, int c) {
        owner[record] = c;
    }

    /** The position of a customer id (aliases included), or null when unknown. */
    Integer indexOf(CustomerId id) {
        return byId.get(id);
    }

    /** Follows aliases from a customer to the one it was merged into. */
    int current(int c) {
        while (customers.get(c).aliasOf >= 0) {
            c = customers.get(c).aliasOf;
        }
        return c;
    }

    /** The platform bits of a customer's records. */
    long platforms(int c, Index index) {
        long m = 0;
        for (int r : customers.get(c).members) {
            m |= index.platformBit(r);
        }
        return m;
    }

    /** How many customers have at least one record. */
    int customerCount() {
        int n = 0;
        for (Cust c : customers) {
            if (!c.members.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** Adds a customer with a fresh id and returns its position. */
    int newCustomer() {
        CustomerId id = ids.get();
        if (byId.containsKey(id)) {
            throw new IllegalStateException("customer id factory returned a duplicate id");
        }
        Cust c = new Cust(id, createdSeq++);
        customers.add(c);
        byId.put(id, customers.size() - 1);
        return customers.size() - 1;
    }

    /** Makes room for record {@code i}. */
    void ensure(int i) {
        if (i >= owner.length) {
            owner = Arrays.copyOf(owner, Math.max(i + 1, owner.length * 2));
        }
    }
}
