package dev.scrm.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.AttributeValue;
import dev.scrm.core.Consent;
import dev.scrm.core.ConsentDecision;
import dev.scrm.core.ConsentStatus;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.Samples;
import dev.scrm.core.ScrmJson;
import dev.scrm.core.SocialIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest {

    private static final Instant T = Samples.T0;
    private final TestClock clock = new TestClock(T);
    private final ScrmStore store = ScrmStore.inMemory(clock);
    private final IdentityLink link = new IdentityLink(LinkMethod.DETERMINISTIC_RULE, 1.0, "same_verified_email", T);

    @Test
    void create_storesVersionOne_andAudits() {
        Customer c = store.create(Customer.create(CustomerId.of("c-1"), T), "system");
        assertThat(c.version()).isEqualTo(1);
        assertThat(store.find(CustomerId.of("c-1"))).contains(c);
        assertThat(store.audit().eventsOf(c.id())).extracting(AuditEvent::action)
                .containsExactly(AuditAction.CUSTOMER_CREATED);
        assertThatThrownBy(() -> store.create(Customer.create(CustomerId.of("c-1"), T), "system"))
                .isInstanceOf(AlreadyExistsException.class).hasMessageContaining("c-1");
    }

    @Test
    void update_fromStaleVersion_isRejected_andNothingIsWritten() {
        Customer v1 = store.create(Customer.create(CustomerId.of("c-1"), T), "system");
        Customer v2 = store.update(v1.withAttribute("locality", AttributeValue.of("Ljubljana",
                Provenance.of("import:crm.csv", T)), T), "agent:7");
        assertThat(v2.version()).isEqualTo(2);
        Customer stale = v1.withAttribute("locality", AttributeValue.of("Maribor", Provenance.of("agent", T)), T);
        assertThatThrownBy(() -> store.update(stale, "agent:8"))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                })
                .message().doesNotContain("Maribor");
        assertThat(store.find(v1.id()).orElseThrow().attributes().get("locality").value()).isEqualTo("Ljubljana");
        List<AuditEvent> events = store.audit().eventsOf(v1.id());
        assertThat(events).extracting(AuditEvent::action)
                .containsExactly(AuditAction.CUSTOMER_CREATED, AuditAction.CUSTOMER_UPDATED);
        assertThat(events.get(1).details()).containsEntry("attributes", "locality");
        assertThat(events.get(1).actor()).isEqualTo("agent:7");
        assertThat(events.toString()).doesNotContain("Ljubljana");
    }

    @Test
    void update_consent_auditsPurposeAndStatus() {
        Customer v1 = store.create(Customer.create(CustomerId.of("c-1"), T), "system");
        store.update(v1.withConsent(Consent.none().with(Consent.MARKETING,
                new ConsentDecision(ConsentStatus.DENIED, T, "web-form")), T), "customer");
        AuditEvent last = store.audit().eventsOf(v1.id()).get(1);
        assertThat(last.action()).isEqualTo(AuditAction.CONSENT_CHANGED);
        assertThat(last.details()).containsEntry(Consent.MARKETING, "DENIED");
    }

    @Test
    void update_unknownCustomer_isNotFound() {
        assertThatThrownBy(() -> store.update(Customer.create(CustomerId.of("nobody"), T).withVersion(1), "system"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void linkAndUnlink_keepBothDirectionsConsistent() {
        Customer a = store.create(Customer.create(CustomerId.of("a"), T), "system");
        Customer b = store.create(Customer.create(CustomerId.of("b"), T), "system");
        SocialIdentity id = store.putIdentity(Samples.identity("mastodon", "1"), "connector:mastodon");
        store.link(id.id(), a.id(), link, "resolver");
        assertThat(store.customerOf(id.id())).contains(a.id());
        assertThat(store.find(a.id()).orElseThrow().identities()).containsExactly(id.id());
        assertThat(store.findIdentity(id.id()).orElseThrow().link()).isEqualTo(link);

        store.link(id.id(), b.id(), link, "agent:1");
        assertThat(store.customerOf(id.id())).contains(b.id());
        assertThat(store.find(a.id()).orElseThrow().identities()).isEmpty();
        assertThat(store.identitiesOf(b.id())).extracting(SocialIdentity::id).containsExactly(id.id());
        assertThat(store.audit().eventsOf(a.id())).extracting(AuditEvent::action).containsExactly(
                AuditAction.CUSTOMER_CREATED, AuditAction.IDENTITY_LINKED, AuditAction.IDENTITY_UNLINKED);

        assertThat(store.unlink(id.id(), "agent:1")).map(Customer::id).contains(b.id());
        assertThat(store.customerOf(id.id())).isEmpty();
        assertThat(store.findIdentity(id.id()).orElseThrow().link()).isNull();
        assertThat(store.unlink(id.id(), "agent:1")).isEmpty();
    }

    @Test
    void link_missingIdentityOrCustomer_isNotFound_withoutNativeIdInMessage() {
        store.create(Customer.create(CustomerId.of("a"), T), "system");
        assertThatThrownBy(() -> store.link(PlatformAccountId.of("x", "secret-native-id"), CustomerId.of("a"), link, "r"))
                .isInstanceOf(NotFoundException.class).message().doesNotContain("secret-native-id");
        SocialIdentity id = store.putIdentity(Samples.identity("x", "2"), "c");
        assertThatThrownBy(() -> store.link(id.id(), CustomerId.of("missing"), link, "r"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void putIdentity_auditsAddAndChange_butNotAnUnchangedRewrite() {
        SocialIdentity id = Samples.identity("x", "1");
        store.putIdentity(id, "c");
        store.putIdentity(id, "c");
        store.putIdentity(id.toBuilder().displayName("Other").build(), "c");
        assertThat(store.audit().eventsAbout("identity:x:1")).extracting(AuditEvent::action)
                .containsExactly(AuditAction.IDENTITY_ADDED, AuditAction.IDENTITY_UPDATED);
    }

    @Test
    void append_sameIdTwice_isANoOp() {
        PlatformAccountId author = PlatformAccountId.of("mastodon", "1");
        Interaction first = Samples.interaction("mastodon", "10", author, T);
        Interaction again = first.toBuilder().text("edited text").build();
        assertThat(store.append(first, "connector:mastodon")).isTrue();
        long events = store.audit().lastSequence();
        assertThat(store.append(again, "connector:mastodon")).isFalse();
        assertThat(store.appendAll(List.of(first, again, first), "connector:mastodon")).isZero();
        assertThat(store.interactionCount()).isEqualTo(1);
        assertThat(store.find(first.id())).contains(first);
        assertThat(store.audit().lastSequence()).isEqualTo(events);
    }

    @Test
    void query_filtersByCustomerIdentityPlatformTimeAndKind_inTimeOrder() {
        Customer a = store.create(Customer.create(CustomerId.of("a"), T), "system");
        PlatformAccountId m = store.putIdentity(Samples.identity("mastodon", "1"), "c").id();
        PlatformAccountId b = store.putIdentity(Samples.identity("bluesky", "2"), "c").id();
        PlatformAccountId other = store.putIdentity(Samples.identity("bluesky", "3"), "c").id();
        store.link(m, a.id(), link, "r");
        store.link(b, a.id(), link, "r");
        List<Interaction> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            PlatformAccountId author = i % 3 == 0 ? m : i % 3 == 1 ? b : other;
            Interaction x = Samples.interaction(author.platform().id(), "p" + i, author, T.plusSeconds(600L * (29 - i)));
            if (i % 5 == 0) {
                x = x.toBuilder().kind(InteractionKind.DIRECT_MESSAGE).build();
            }
            all.add(x);
            store.append(x, "c");
        }
        List<Interaction> byCustomer = store.query(InteractionQuery.builder().customer(a.id()).build());
        assertThat(byCustomer).hasSize(20)
                .allMatch(i -> i.author().equals(m) || i.author().equals(b))
                .isSortedAccordingTo(java.util.Comparator.comparing(Interaction::occurredAt));
        assertThat(store.query(InteractionQuery.builder().author(other).build())).hasSize(10);
        assertThat(store.query(InteractionQuery.builder().platform(Platform.BLUESKY).build())).hasSize(20);
        Instant from = T.plusSeconds(600L * 10);
        Instant to = T.plusSeconds(600L * 20);
        List<Interaction> window = store.query(InteractionQuery.builder().between(from, to).build());
        assertThat(window).hasSize(10).allMatch(i -> !i.occurredAt().isBefore(from) && i.occurredAt().isBefore(to));
        assertThat(store.query(InteractionQuery.builder().kind(InteractionKind.DIRECT_MESSAGE).build()))
                .hasSize(6).allMatch(i -> i.kind() == InteractionKind.DIRECT_MESSAGE);
        assertThat(store.query(InteractionQuery.builder().customer(a.id()).kind(InteractionKind.DIRECT_MESSAGE)
                .between(T, T.plusSeconds(600L * 30)).limit(2).build()))
                .hasSize(2).allMatch(i -> i.kind() == InteractionKind.DIRECT_MESSAGE);
        assertThat(store.query(InteractionQuery.builder().limit(3).build()))
                .containsExactlyElementsOf(all.stream().sorted(java.util.Comparator.comparing(Interaction::occurredAt))
                        .limit(3).toList());
        assertThat(store.query(InteractionQuery.builder().customer(CustomerId.of("unknown")).build())).isEmpty();
    }

    @Test
    void erase_removesAllPersonalData_everywhere_andLeavesATombstone() {
        Customer ana = store.create(Samples.customer("c-ana"), "import");
        Customer bob = store.create(Customer.create(CustomerId.of("c-bob"), T), "import");
        SocialIdentity m = store.putIdentity(Samples.identity("mastodon", "ana111"), "connector:mastodon");
        SocialIdentity x = store.putIdentity(Samples.identity("x", "ana222"), "connector:x");
        SocialIdentity bobId = store.putIdentity(Samples.identity("x", "bob333", "Bob Novak", "Maribor"),
                "connector:x");
        store.link(m.id(), ana.id(), link, "resolver");
        store.link(x.id(), ana.id(), link, "resolver");
        store.link(bobId.id(), bob.id(), link, "resolver");
        store.append(Samples.interaction("mastodon", "ana-post-1", m.id(), T), "connector:mastodon");
        store.append(Samples.interaction("x", "ana-post-2", x.id(), T.plusSeconds(5)), "connector:x");
        store.append(Samples.interaction("x", "bob-post-1", bobId.id(), T.plusSeconds(9)), "connector:x");
        clock.advance(Duration.ofMinutes(1));

        ErasureReceipt receipt = store.erase(ana.id(), "dpo:1");

        assertThat(receipt.identitiesRemoved()).isEqualTo(2);
        assertThat(receipt.interactionsRemoved()).isEqualTo(2);
        assertThat(receipt.auditEventsRedacted()).isPositive();
        assertThat(receipt.erasedAt()).isEqualTo(T.plusSeconds(60));

        // scan everything the store holds, as JSON, for any trace of the erased person
        String everything = dumpEverything();
        for (String personal : List.of("ana111", "ana222", "ana-post-1", "ana-post-2", "Ana Kovač", "ana_k_",
                "ana.k+ana", "Ljubljana", "sub-ana", "ana_old_ana", "ana.example")) {
            assertThat(everything).as("trace of %s", personal).doesNotContain(personal);
        }
        // the other customer is untouched
        assertThat(everything).contains("bob333", "bob-post-1");
        assertThat(store.find(ana.id())).isEmpty();
        assertThat(store.customerOf(m.id())).isEmpty();
        assertThat(store.findIdentity(m.id())).isEmpty();
        assertThat(store.query(InteractionQuery.builder().author(m.id()).build())).isEmpty();
        assertThat(store.query(InteractionQuery.builder().platform(Platform.MASTODON).build())).isEmpty();
        assertThat(store.interactionCount()).isEqualTo(1);

        List<AuditEvent> history = store.audit().eventsOf(ana.id());
        AuditEvent tombstone = history.get(history.size() - 1);
        assertThat(tombstone.action()).isEqualTo(AuditAction.CUSTOMER_ERASED);
        assertThat(tombstone.actor()).isEqualTo("dpo:1");
        assertThat(tombstone.subject()).isNull();
        assertThat(tombstone.details()).containsEntry("identities_removed", "2")
                .containsEntry("interactions_removed", "2");
        assertThat(history.subList(0, history.size() - 1)).allMatch(AuditEvent::redacted);
        assertThatThrownBy(() -> store.erase(ana.id(), "dpo:1")).isInstanceOf(NotFoundException.class);
    }

    private String dumpEverything() {
        var json = ScrmJson.mapper();
        StringBuilder sb = new StringBuilder();
        sb.append(json.writeValueAsString(store.customers().collect(Collectors.toList())));
        sb.append(json.writeValueAsString(store.identities().collect(Collectors.toList())));
        sb.append(json.writeValueAsString(store.query(InteractionQuery.builder().build())));
        sb.append(json.writeValueAsString(store.audit().read(0, Integer.MAX_VALUE)));
        return sb.toString();
    }

    @Test
    void auditLog_readPagesInOrder() {
        for (int i = 0; i < 5; i++) {
            store.create(Customer.create(CustomerId.of("c" + i), T), "system");
        }
        assertThat(store.audit().lastSequence()).isEqualTo(5);
        assertThat(store.audit().read(0, 2)).extracting(AuditEvent::sequence).containsExactly(1L, 2L);
        assertThat(store.audit().read(4, 10)).extracting(AuditEvent::sequence).containsExactly(5L);
        assertThat(store.audit().read(5, 10)).isEmpty();
        assertThatThrownBy(() -> store.audit().read(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newCustomerListingIdentities_isRejected() {
        Customer c = Customer.create(CustomerId.of("c"), T)
                .withIdentities(java.util.Set.of(PlatformAccountId.of("x", "1")), T);
        assertThatThrownBy(() -> store.create(c, "system")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("link them instead");
        assertThat(store.customerCount()).isZero();
    }

    @Test
    void interactionIdsAreDistinctPerPlatform() {
        PlatformAccountId a = PlatformAccountId.of("x", "1");
        assertThat(store.append(Samples.interaction("x", "42", a, T), "c")).isTrue();
        assertThat(store.append(Samples.interaction("bluesky", "42", a, T), "c")).isTrue();
        assertThat(store.find(InteractionId.of("bluesky", "42"))).isPresent();
    }
}
