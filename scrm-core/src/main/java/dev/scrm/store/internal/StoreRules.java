package dev.scrm.store.internal;

import dev.scrm.core.AttributeValue;
import dev.scrm.core.Consent;
import dev.scrm.core.ConsentDecision;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.InteractionId;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.store.AuditAction;
import dev.scrm.store.ConcurrentUpdateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules every {@link dev.scrm.store.ScrmStore} implementation shares, so that the in-memory and the
 * durable stores write the same records and the same audit events: audit subjects, the details of update
 * and link events, and how a merge combines two customers. Stateless and thread-safe.
 */
public final class StoreRules {

    private StoreRules() {
    }

    /**
     * The audit subject of an identity.
     *
     * @param id the identity
     * @return {@code identity:<platform>:<native id>}
     */
    public static String identitySubject(PlatformAccountId id) {
        return "identity:" + id.platform() + ":" + id.nativeId();
    }

    /**
     * The audit subject of an interaction.
     *
     * @param id the interaction
     * @return {@code interaction:<platform>:<native id>}
     */
    public static String interactionSubject(InteractionId id) {
        return "interaction:" + id.platform() + ":" + id.nativeId();
    }

    /**
     * The audit subject of a customer that another record refers to (the absorbed side of a merge, the new
     * side of a split).
     *
     * @param id the customer
     * @return {@code customer:<id>}
     */
    public static String customerSubject(CustomerId id) {
        return "customer:" + id.value();
    }

    /**
     * {@code a}, or {@code floor} when {@code a} is before it.
     *
     * @param a an instant
     * @param floor the earliest instant allowed
     * @return the later of the two
     */
    public static Instant later(Instant a, Instant floor) {
        return a.isBefore(floor) ? floor : a;
    }

    /**
     * The names of the attributes whose values differ between two states of a customer.
     *
     * @param before the old state
     * @param after the new state
     * @return the names, sorted; empty when nothing changed
     */
    public static Set<String> changedAttributes(Customer before, Customer after) {
        Set<String> changed = new TreeSet<>();
        Set<String> names = new HashSet<>(before.attributes().keySet());
        names.addAll(after.attributes().keySet());
        for (String name : names) {
            if (!Objects.equals(before.attributes().get(name), after.attributes().get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    /**
     * The purposes whose consent decision differs between two states, with their new status: the details
     * of a {@code CONSENT_CHANGED} event.
     *
     * @param before the old consent
     * @param after the new consent
     * @return purpose to new status name, sorted; empty when nothing changed
     */
    public static Map<String, String> consentChanges(Consent before, Consent after) {
        Map<String, String> details = new TreeMap<>();
        Set<String> purposes = new TreeSet<>(before.decisions().keySet());
        purposes.addAll(after.decisions().keySet());
        for (String p : purposes) {
            if (!Objects.equals(before.decisions().get(p), after.decisions().get(p))) {
                details.put(p, after.status(p).name());
            }
        }
        return details;
    }

    /**
     * The details of an {@code IDENTITY_LINKED} event: method, confidence and rule.
     *
     * @param link the link, or {@code null} when an identity without link metadata moved
     * @return the details
     */
    public static Map<String, String> linkDetails(IdentityLink link) {
        Map<String, String> details = new TreeMap<>();
        if (link != null) {
            details.put("method", link.method().name());
            details.put("confidence", Double.toString(link.confidence()));
            if (link.rule() != null) {
                details.put("rule", link.rule());
            }
        }
        return details;
    }

    /**
     * The survivor of a merge: the survivor's attributes, plus the absorbed customer's attributes the
     * survivor lacks; per consent purpose the more recent decision (the survivor's on a tie); the union of
     * the identities; the survivor's id and creation time; the version incremented.
     *
     * @param survivor the customer that stays
     * @param absorbed the customer merged into it
     * @param now the time of the merge
     * @return the survivor after the merge
     */
    public static Customer merged(Customer survivor, Customer absorbed, Instant now) {
        Map<String, AttributeValue> attributes = new TreeMap<>(absorbed.attributes());
        attributes.putAll(survivor.attributes());
        Map<String, ConsentDecision> decisions = new TreeMap<>(absorbed.consent().decisions());
        survivor.consent().decisions().forEach((purpose, mine) -> {
            ConsentDecision theirs = decisions.get(purpose);
            if (theirs == null || !theirs.decidedAt().isAfter(mine.decidedAt())) {
                decisions.put(purpose, mine);
            }
        });
        Set<PlatformAccountId> ids = new TreeSet<>(survivor.identities());
        ids.addAll(absorbed.identities());
        return new Customer(survivor.id(), attributes, new Consent(decisions), ids, survivor.createdAt(),
                later(now, survivor.createdAt()), survivor.version() + 1);
    }

    /**
     * A customer with another set of identities, as a link, unlink or split stores it: touched at
     * {@code now} (never before its creation) and one version on.
     *
     * @param customer the customer as stored
     * @param identities its identities from now on
     * @param now the time of the change
     * @return the customer to store
     */
    public static Customer withIdentities(Customer customer, Set<PlatformAccountId> identities, Instant now) {
        return new Customer(customer.id(), customer.attributes(), customer.consent(), identities,
                customer.createdAt(), later(now, customer.createdAt()), customer.version() + 1);
    }

    /**
     * What an update stores: the requested attributes, consent and update time on the stored record, whose
     * id, identities and creation time stay, one version on.
     *
     * @param current the customer as stored
     * @param requested the caller's new state, carrying the version it was read at
     * @return the customer to store
     * @throws ConcurrentUpdateException if the requested version is not the stored one
     */
    public static Customer updated(Customer current, Customer requested) {
        if (current.version() != requested.version()) {
            throw new ConcurrentUpdateException(requested.id(), requested.version(), current.version());
        }
        return new Customer(current.id(), requested.attributes(), requested.consent(), current.identities(),
                current.createdAt(), later(requested.updatedAt(), current.createdAt()), current.version() + 1);
    }

    /**
     * An audit event a change records, before the log numbers and stamps it.
     *
     * @param action what happened
     * @param details its non-personal details
     */
    public record Change(AuditAction action, Map<String, String> details) {
    }

    /**
     * The audit events an update records: the names of the changed attributes, then the consent changes;
     * none when nothing changed.
     *
     * @param before the customer as it was
     * @param after the customer as stored
     * @return the events, in order
     */
    public static List<Change> updateEvents(Customer before, Customer after) {
        List<Change> events = new ArrayList<>(2);
        Set<String> changed = changedAttributes(before, after);
        if (!changed.isEmpty()) {
            events.add(new Change(AuditAction.CUSTOMER_UPDATED, Map.of("attributes", String.join(",", changed))));
        }
        if (!before.consent().equals(after.consent())) {
            events.add(new Change(AuditAction.CONSENT_CHANGED, consentChanges(before.consent(), after.consent())));
        }
        return List.copyOf(events);
    }
}
