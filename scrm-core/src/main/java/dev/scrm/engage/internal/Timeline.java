package dev.scrm.engage.internal;

import dev.scrm.core.CustomerId;
import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.engage.ServiceAuditActions;
import dev.scrm.engage.TimelineEntry;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.InteractionQuery;
import dev.scrm.store.ScrmStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles a customer's timeline: the customer's stored interactions and audit events, plus the audit trail
 * and messages of every case the customer (or one of its accounts) opened, each entry once. Stateless and
 * thread-safe; the cases and threads passed in must be read under the desk's lock.
 */
final class Timeline {

    /** Time, then interactions before audit events, then interaction id or audit sequence. */
    static final Comparator<TimelineEntry> ORDER = (a, b) -> {
        int c = a.at().compareTo(b.at());
        if (c != 0) {
            return c;
        }
        if (a.isInteraction() != b.isInteraction()) {
            return a.isInteraction() ? -1 : 1;
        }
        return a.isInteraction() ? a.interaction().id().compareTo(b.interaction().id())
                : Long.compare(a.audit().sequence(), b.audit().sequence());
    };

    private Timeline() {
    }

    /** The customer's entries in {@link #ORDER}. */
    static List<TimelineEntry> of(CustomerId customer, ScrmStore store, Collection<CaseState> cases,
            Threads threads) {
        Set<PlatformAccountId> identities = new HashSet<>();
        store.find(customer).ifPresent(c -> identities.addAll(c.identities()));
        Map<InteractionId, TimelineEntry> interactions = new HashMap<>();
        for (Interaction i : store.query(InteractionQuery.builder().customer(customer).build())) {
            interactions.put(i.id(), new TimelineEntry(i.occurredAt(), i.author(), threads.caseOf(i.id()), i, null));
        }
        Map<Long, TimelineEntry> audits = new HashMap<>();
        for (AuditEvent e : store.audit().eventsOf(customer)) {
            if (!e.action().equals(AuditAction.INTERACTION_APPENDED)) {
                audits.put(e.sequence(), new TimelineEntry(e.at(), null, null, null, e));
            }
        }
        for (CaseState c : cases) {
            if (!customer.equals(c.customer) && !identities.contains(c.contact)) {
                continue;
            }
            for (AuditEvent e : store.audit().eventsAbout(ServiceAuditActions.subject(c.id))) {
                audits.put(e.sequence(), new TimelineEntry(e.at(), c.contact, c.id, null, e));
            }
            for (ConvState conv : c.conversations) {
                for (InteractionId id : conv.items) {
                    if (!interactions.containsKey(id)) {
                        store.find(id).ifPresent(i -> interactions.put(id, new TimelineEntry(i.occurredAt(),
                                i.direction() == Direction.INBOUND ? i.author() : conv.contact, c.id, i, null)));
                    }
                }
            }
        }
        List<TimelineEntry> out = new ArrayList<>(interactions.size() + audits.size());
        out.addAll(interactions.values());
        out.addAll(audits.values());
        out.sort(ORDER);
        return out;
    }
}
