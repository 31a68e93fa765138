package dev.scrm.examples;

import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.InteractionQuery;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The README's quick start, kept compiling: a customer, one of their social identities, an interaction
 * through it, and the customer's history.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Runs the quick start and returns the customer's audit history.
     *
     * @param clock the clock
     * @return the audit events about the new customer
     */
    public static List<AuditEvent> run(Clock clock) {
        // README quick start: begin
        ScrmStore store = ScrmStore.inMemory(clock);
        Instant now = clock.instant();
        Customer ana = store.create(Customer.create(CustomerId.random(), now), "import");
        SocialIdentity mastodon = store.putIdentity(SocialIdentity.builder(PlatformAccountId.of("mastodon", "109876"))
                .handle("@ana_k@mastodon.example").displayName("Ana Kovač").observedAt(now).build(), "connector:mastodon");
        store.link(mastodon.id(), ana.id(), new IdentityLink(LinkMethod.DECLARED, 1.0, null, now), "agent:1");
        store.append(Interaction.builder(InteractionId.of("mastodon", "https://mastodon.example/@ana_k/1"))
                .kind(InteractionKind.MENTION).author(mastodon.id()).occurredAt(now).text("Love my new #acme blender!")
                .provenance(Provenance.of("connector:mastodon", now)).build(), "connector:mastodon");
        List<Interaction> history = store.query(InteractionQuery.builder().customer(ana.id()).build());
        List<AuditEvent> audit = store.audit().eventsOf(ana.id());
        // README quick start: end
        if (history.size() != 1) {
            throw new IllegalStateException("quick start expected one interaction, found " + history.size());
        }
        return audit;
    }
}
