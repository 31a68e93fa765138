package dev.scrm.identity;

import dev.scrm.core.Customer;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.identity.CustomerTable.Cust;
import dev.scrm.identity.internal.BatchEngine;
import dev.scrm.identity.internal.Index;
import dev.scrm.store.AuditAction;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an {@link IncrementalResolver}'s changes go: events to the listener and, when a store is configured, the
 * matching customers, identity links and non-personal audit entries in the store. Without a store only the
 * listener hears of changes; a null store means none. Not thread-safe: the resolver serialises every call.
 */
record ChangeMirror(Index index, Clock clock, Consumer<IdentityEvent> listener, ScrmStore store, String actor) {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalResolver.class);

    /** Stores a new identity before its record is resolved. */
    void putIdentity(SocialIdentity identity) {
        if (store != null) {
            store.putIdentity(identity, actor);
        }
    }

    /** Mirrors the customers taken over from a batch, each member linked by the batch score. */
    void batch(List<Cust> customers) {
        if (store == null) {
            return;
        }
        for (Cust c : customers) {
            create(c);
            for (int m : c.members) {
                link(m, c, LinkMethod.PROBABILISTIC_SCORE, 1.0, "batch");
            }
        }
    }

    /** Creates the customer in the store unless it is there already. */
    void create(Cust c) {
        if (store != null && store.find(c.id).isEmpty()) {
            store.create(Customer.create(c.id, clock.instant()), actor);
        }
    }

    /** Links a record's identity to a customer, when the store holds that identity. */
    void link(int record, Cust c, LinkMethod method, double confidence, String rule) {
        if (store == null) {
            return;
        }
        PlatformAccountId acc = index.account(record);
        if (acc == null || store.findIdentity(acc).isEmpty()) {
            return;
        }
        create(c);
        store.link(acc, c.id, new IdentityLink(method, Math.max(0, Math.min(1, confidence)), rule, clock.instant()),
                actor);
    }

    /** Relinks the absorbed customer's records to the survivor and audits the merge. */
    void merged(MergeId id, Cust survivor, Cust absorbed, List<Integer> absorbedMembers, LinkMethod method,
            MatchExplanation why) {
        if (store == null) {
            return;
        }
        for (int m : absorbedMembers) {
            link(m, survivor, method, why.probability(), why.rule() == null ? BatchEngine.MODEL_VERSION
                    : why.rule());
        }
        Map<String, String> d = new TreeMap<>();
        d.put("merge", id.toString());
        d.put("survivor", survivor.id.value());
        d.put("absorbed", absorbed.id.value());
        d.put("method", method.name());
        d.put("rule", why.rule() == null ? "score" : why.rule());
        d.put("probability", String.format(Locale.ROOT, "%.6f", why.probability()));
        d.put("model", why.modelVersion());
        store.audit().append(AuditAction.CUSTOMERS_MERGED, actor, survivor.id, null, d);
    }

    /** Relinks the restored customer's records to it and audits the undone merge. */
    void unmerged(MergeId merge, Cust from, Cust back) {
        if (store == null) {
            return;
        }
        for (int r : back.members) {
            link(r, back, LinkMethod.AGENT_CONFIRMED, 1.0, "unmerge");
        }
        Map<String, String> d = new TreeMap<>();
        d.put("merge", merge.toString());
        d.put("from", from.id.value());
        d.put("restored", back.id.value());
        d.put("records", Integer.toString(back.members.size()));
        store.audit().append(AuditAction.CUSTOMER_SPLIT, actor, from.id, null, d);
    }

    /** Mirrors one record moved out of {@code from} into the new customer {@code to}. */
    void split(int record, Cust from, Cust to, String reason) {
        if (store == null) {
            return;
        }
        create(to);
        link(record, to, LinkMethod.AGENT_CONFIRMED, 1.0, reason);
        Map<String, String> d = new TreeMap<>();
        d.put("from", from.id.value());
        d.put("into", to.id.value());
        d.put("reason", reason);
        store.audit().append(AuditAction.CUSTOMER_SPLIT, actor, from.id, null, d);
    }

    /** Audits one erased record of a customer. */
    void erased(Cust from) {
        if (store == null) {
            return;
        }
        Map<String, String> d = new TreeMap<>();
        d.put("records", "1");
        d.put("reason", "erasure");
        store.audit().append(AuditAction.IDENTITY_UNLINKED, actor, from.id, null, d);
    }

    /** Audits a change of a record's consent to identity linking. */
    void consent(Cust c, String status) {
        if (store == null) {
            return;
        }
        Map<String, String> d = new TreeMap<>();
        d.put("purpose", "identity_linking");
        d.put("status", status);
        store.audit().append(AuditAction.CONSENT_CHANGED, actor, c.id, null, d);
    }

    /** Hands events to the listener; a failing listener is logged and does not stop the others. */
    void publish(List<IdentityEvent> events) {
        for (IdentityEvent ev : events) {
            try {
                listener.accept(ev);
            } catch (RuntimeException ex) {
                LOG.debug("identity event listener failed: {}", ex.getClass().getName());
            }
        }
    }
}
