package dev.scrm.store;

import static dev.scrm.store.Fixtures.T0;
import static dev.scrm.store.Fixtures.account;
import static dev.scrm.store.Fixtures.customer;
import static dev.scrm.store.Fixtures.decision;
import static dev.scrm.store.Fixtures.identity;
import static dev.scrm.store.Fixtures.interaction;
import static dev.scrm.store.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.AttributeValue;
import dev.scrm.core.Consent;
import dev.scrm.core.ConsentStatus;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.SocialIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ScrmStore} must show, whatever keeps its data. A subclass supplies a fresh, empty
 * store per test; the same assertions then run against the in-memory store, H2 and PostgreSQL.
 */
public abstract class ScrmStoreConformanceTest {

    protected static final CustomerId ALICE = CustomerId.of("c-alice");
    protected static final CustomerId BOB = CustomerId.of("c-bob");
    protected static final PlatformAccountId A_MASTODON = account("mastodon", "1001");
    protected static final PlatformAccountId A_BLUESKY = account("bluesky", "did:plc:alice");
    protected static final PlatformAccountId B_MASTODON = account("mastodon", "2002");

    protected TestClock clock;
    protected ScrmStore store;

    /**
     * A new, empty store stamping with this clock.
     *
     * @param clock the clock
     * @return the store
     */
    protected abstract ScrmStore newStore(TestClock clock);

    /** Releases what {@link #newStore(TestClock)} opened; the default does nothing. */
    protected void closeStore() {
    }

    @AfterEach
    void tearDownStore() {
        closeStore();
    }

    @BeforeEach
    void setUpStore() {
        clock = new TestClock(T0.plusSeconds(3600), Duration.ofMillis(1));
        store = newStore(clock);
    }

    // ---- customers ------------------------------------------------------------------------------------

    @Test
    void create_storesVersionOne_andFindReturnsEqualRecord() {
        Customer stored = store.create(customer("c-alice"), "agent:1");

        assertThat(stored.version()).isEqualTo(1);
        assertThat(store.find(ALICE)).contains(stored);
        assertThat(store.find(CustomerId.of("c-nobody"))).isEmpty();
        assertThat(store.customerCount()).isEqualTo(1);
        assertThat(store.audit().eventsOf(ALICE)).extracting(AuditEvent::action)
                .containsExactly(AuditAction.CUSTOMER_CREATED);
    }

    @Test
    void create_twice_throwsAlreadyExists_andRejectsListedIdentities() {
        store.create(customer("c-alice"), "agent:1");

        assertThatThrownBy(() -> store.create(customer("c-alice"), "agent:1"))
                .isInstanceOf(AlreadyExistsException.class);
        Customer withIds = customer("c-carol").withIdentities(Set.of(A_MASTODON), T0);
        assertThatThrownBy(() -> store.create(withIds, "agent:1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.audit().lastSequence()).isEqualTo(1);
    }

    @Test
    void update_fromStoredVersion_incrementsVersion_andAuditsAttributeNamesAndConsent() {
        Customer v1 = store.create(customer("c-alice"), "agent:1");
        Customer changed = v1.withAttribute("locality", AttributeValue.of("Shelbyville", Provenance.of("crm", T0)), T0)
                .withConsent(Consent.none().with(Consent.MARKETING, decision(ConsentStatus.GRANTED, T0)), T0);

        Customer v2 = store.update(changed, "agent:2");

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.attributes().get("locality").value()).isEqualTo("Shelbyville");
        assertThat(store.find(ALICE)).contains(v2);
        List<AuditEvent> events = store.audit().eventsOf(ALICE);
        assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.CUSTOMER_CREATED,
                AuditAction.CUSTOMER_UPDATED, AuditAction.CONSENT_CHANGED);
        assertThat(events.get(1).details()).containsExactly(Map.entry("attributes", "locality"));
        assertThat(events.get(2).details()).containsExactly(Map.entry("marketing", "GRANTED"));
        assertThat(events.get(1).actor()).isEqualTo("agent:2");
    }

    @Test
    void update_fromStaleVersion_throwsConcurrentUpdate_andWritesNothing() {
        Customer v1 = store.create(customer("c-alice"), "agent:1");
        store.update(v1.withAttribute("locality", AttributeValue.of("X", Provenance.of("crm", T0)), T0), "agent:1");
        long events = store.audit().lastSequence();

        Customer stale = v1.withAttribute("full_name", AttributeValue.of("Other", Provenance.of("crm", T0)), T0);
        assertThatThrownBy(() -> store.update(stale, "agent:2"))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                    assertThat(e.customer()).isEqualTo(ALICE);
                });
        assertThat(store.find(ALICE).orElseThrow().attributes().get("full_name").value()).isEqualTo("Test Person c-alice");
        assertThat(store.audit().lastSequence()).isEqualTo(events);
        assertThatThrownBy(() -> store.update(customer("c-nobody").withVersion(1), "agent:1"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void update_concurrentWritersWithRetry_loseNoUpdate() throws Exception {
        store.create(customer("c-alice"), "agent:1");
        int threads = 4;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int conflicts = 0;
                    for (int k = 0; k < perThread; k++) {
                        while (true) {
                            Customer current = store.find(ALICE).orElseThrow();
                            String name = "t" + thread + "_" + k;
                            try {
                                store.update(current.withAttribute(name, AttributeValue.of("1",
                                        Provenance.of("crm", T0)), T0), "agent:" + thread);
                                break;
                            } catch (ConcurrentUpdateException e) {
                                conflicts++;
                            }
                        }
                    }
                    return conflicts;
                }));
            }
            for (Future<Integer> f : results) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Customer last = store.find(ALICE).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + threads * perThread);
        assertThat(last.attributes()).hasSize(2 + threads * perThread);
    }

    // ---- identities -----------------------------------------------------------------------------------

    @Test
    void putIdentity_auditsAddedAndUpdated_butNotAnUnchangedPut() {
        SocialIdentity id = identity(A_MASTODON);
        store.putIdentity(id, "connector:mastodon");
        store.putIdentity(id, "connector:mastodon");
        SocialIdentity renamed = id.toBuilder().displayName("Renamed").build();
        store.putIdentity(renamed, "connector:mastodon");

        assertThat(store.findIdentity(A_MASTODON)).contains(renamed);
        assertThat(store.audit().eventsAbout("identity:mastodon:1001")).extracting(AuditEvent::action)
                .containsExactly(AuditAction.IDENTITY_ADDED, AuditAction.IDENTITY_UPDATED);
        assertThat(store.findIdentity(B_MASTODON)).isEmpty();
    }

    @Test
    void link_movesIdentityBetweenCustomers_andKeepsBothDirectionsConsistent() {
        store.create(customer("c-alice"), "agent:1");
        store.create(customer("c-bob"), "agent:1");
        store.putIdentity(identity(A_MASTODON), "connector:mastodon");
        store.putIdentity(identity(A_BLUESKY), "connector:bluesky");

        Customer alice = store.link(A_MASTODON, ALICE, link("same_email"), "system");
        store.link(A_BLUESKY, ALICE, link("same_email"), "system");
        assertThat(alice.identities()).containsExactly(A_MASTODON);
        assertThat(store.find(ALICE).orElseThrow().identities()).containsExactlyInAnyOrder(A_MASTODON, A_BLUESKY);
        assertThat(store.customerOf(A_MASTODON)).contains(ALICE);
        assertThat(store.findIdentity(A_MASTODON).orElseThrow().link()).isEqualTo(link("same_email"));
        assertThat(store.identitiesOf(ALICE)).extracting(SocialIdentity::id).containsExactly(A_BLUESKY, A_MASTODON);

        Customer bob = store.link(A_MASTODON, BOB, link("agent"), "agent:7");
        assertThat(bob.identities()).containsExactly(A_MASTODON);
        assertThat(store.find(ALICE).orElseThrow().identities()).containsExactly(A_BLUESKY);
        assertThat(store.find(ALICE).orElseThrow().version()).isEqualTo(4);
        assertThat(store.customerOf(A_MASTODON)).contains(BOB);
        assertThat(store.audit().eventsAbout("identity:mastodon:1001")).extracting(AuditEvent::action)
                .containsExactly(AuditAction.IDENTITY_ADDED, AuditAction.IDENTITY_LINKED,
                        AuditAction.IDENTITY_UNLINKED, AuditAction.IDENTITY_LINKED);
        assertThat(store.audit().eventsAbout("identity:mastodon:1001").get(1).details())
                .containsEntry("method", "DETERMINISTIC_RULE").containsEntry("rule", "same_email");

        Customer afterUnlink = store.unlink(A_MASTODON, "agent:7").orElseThrow();
        assertThat(afterUnlink.id()).isEqualTo(BOB);
        assertThat(afterUnlink.identities()).isEmpty();
        assertThat(store.customerOf(A_MASTODON)).isEmpty();
        assertThat(store.findIdentity(A_MASTODON).orElseThrow().link()).isNull();
        assertThat(store.unlink(A_MASTODON, "agent:7")).isEmpty();
    }

    @Test
    void link_unknownIdentityOrCustomer_throwsNotFound() {
        store.create(customer("c-alice"), "agent:1");
        store.putIdentity(identity(A_MASTODON), "connector:mastodon");

        assertThatThrownBy(() -> store.link(B_MASTODON, ALICE, link("r"), "system"))
                .isInstanceOf(NotFoundException.class).hasMessageNotContaining("2002");
        assertThatThrownBy(() -> store.link(A_MASTODON, BOB, link("r"), "system"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.unlink(B_MASTODON, "system")).isInstanceOf(NotFoundException.class);
        assertThat(store.customerOf(A_MASTODON)).isEmpty();
    }

    @Test
    void customersAndIdentities_streamSortedSnapshots() {
        store.create(customer("c-bob"), "agent:1");
        store.create(customer("c-alice"), "agent:1");
        store.create(customer("c-zed"), "agent:1");
        store.putIdentity(identity(B_MASTODON), "c");
        store.putIdentity(identity(A_MASTODON), "c");
        store.putIdentity(identity(A_BLUESKY), "c");
        store.link(A_MASTODON, ALICE, link("r"), "system");
        store.link(A_BLUESKY, ALICE, link("r"), "system");
        store.link(B_MASTODON, BOB, link("r"), "system");

        List<Customer> all;
        try (Stream<Customer> s = store.customers()) {
            all = s.toList();
        }
        assertThat(all).extracting(Customer::id).extracting(CustomerId::value)
                .containsExactly("c-alice", "c-bob", "c-zed");
        assertThat(all.get(0).identities()).containsExactly(A_BLUESKY, A_MASTODON);
        assertThat(all.get(2).identities()).isEmpty();
        assertThat(all).containsExactlyElementsOf(List.of(store.find(ALICE).orElseThrow(),
                store.find(BOB).orElseThrow(), store.find(CustomerId.of("c-zed")).orElseThrow()));
        try (Stream<SocialIdentity> s = store.identities()) {
            assertThat(s.map(SocialIdentity::id).toList()).containsExactly(A_BLUESKY, A_MASTODON, B_MASTODON);
        }
        // a partly read stream may be abandoned once closed
        try (Stream<Customer> s = store.customers()) {
            assertThat(s.findFirst()).isPresent();
        }
    }

    // ---- merge and split ------------------------------------------------------------------------------

    @Test
    void merge_movesIdentities_combinesProfiles_andAuditsInOneStep() {
        Instant later = T0.plusSeconds(60);
        store.create(customer("c-alice"), "agent:1");
        Customer bob = store.create(customer("c-bob"), "agent:1");
        bob = store.update(bob.withAttribute("phone_pref", AttributeValue.of("sms", Provenance.of("crm", T0)), T0)
                .withConsent(Consent.none().with(Consent.MARKETING, decision(ConsentStatus.DENIED, later)), T0),
                "agent:1");
        store.putIdentity(identity(A_MASTODON), "c");
        store.putIdentity(identity(B_MASTODON), "c");
        store.link(A_MASTODON, ALICE, link("r"), "system");
        store.link(B_MASTODON, BOB, link("r"), "system");
        long before = store.audit().lastSequence();

        Customer merged = store.merge(ALICE, BOB, "agent:9");

        assertThat(merged.id()).isEqualTo(ALICE);
        assertThat(merged.identities()).containsExactly(A_MASTODON, B_MASTODON);
        assertThat(merged.attributes()).containsKeys("full_name", "locality", "phone_pref");
        assertThat(merged.attributes().get("full_name").value()).isEqualTo("Test Person c-alice");
        assertThat(merged.consent().status(Consent.MARKETING)).isEqualTo(ConsentStatus.DENIED);
        assertThat(merged.version()).isEqualTo(3);
        assertThat(store.find(ALICE)).contains(merged);
        assertThat(store.find(BOB)).isEmpty();
        assertThat(store.customerOf(B_MASTODON)).contains(ALICE);
        List<AuditEvent> events = store.audit().read(before, 100);
        assertThat(events).extracting(AuditEvent::action)
                .containsExactly(AuditAction.IDENTITY_LINKED, AuditAction.CUSTOMERS_MERGED);
        assertThat(events.get(1).subject()).isEqualTo("customer:c-bob");
        assertThat(events.get(1).details()).containsExactly(Map.entry("identities_moved", "1"));
    }

    @Test
    void merge_withMissingCustomer_changesNothing() {
        store.create(customer("c-alice"), "agent:1");
        long before = store.audit().lastSequence();

        assertThatThrownBy(() -> store.merge(ALICE, BOB, "agent:9")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.merge(ALICE, ALICE, "agent:9")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find(ALICE).orElseThrow().version()).isEqualTo(1);
        assertThat(store.audit().lastSequence()).isEqualTo(before);
    }

    @Test
    void split_movesIdentitiesToNewCustomer_orNothingWhenInvalid() {
        store.create(customer("c-alice"), "agent:1");
        store.putIdentity(identity(A_MASTODON), "c");
        store.putIdentity(identity(A_BLUESKY), "c");
        store.putIdentity(identity(B_MASTODON), "c");
        store.link(A_MASTODON, ALICE, link("r"), "system");
        store.link(A_BLUESKY, ALICE, link("r"), "system");
        long before = store.audit().lastSequence();

        assertThatThrownBy(() -> store.split(ALICE, Set.of(A_BLUESKY, B_MASTODON), BOB, "agent:3"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.split(ALICE, Set.of(A_BLUESKY), ALICE, "agent:3"))
                .isInstanceOf(AlreadyExistsException.class);
        assertThat(store.audit().lastSequence()).isEqualTo(before);
        assertThat(store.find(BOB)).isEmpty();

        Customer created = store.split(ALICE, Set.of(A_BLUESKY), BOB, "agent:3");

        assertThat(created.id()).isEqualTo(BOB);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.identities()).containsExactly(A_BLUESKY);
        assertThat(created.attributes()).isEmpty();
        assertThat(store.find(BOB)).contains(created);
        assertThat(store.find(ALICE).orElseThrow().identities()).containsExactly(A_MASTODON);
        assertThat(store.customerOf(A_BLUESKY)).contains(BOB);
        assertThat(store.audit().read(before, 100)).extracting(AuditEvent::action).containsExactly(
                AuditAction.CUSTOMER_CREATED, AuditAction.IDENTITY_LINKED, AuditAction.CUSTOMER_SPLIT);
    }

    // ---- interactions ---------------------------------------------------------------------------------

    @Test
    void append_isIdempotentOnPlatformAndNativeId_andKeepsEveryField() {
        Interaction first = interaction("mastodon", "s1", A_MASTODON, InteractionKind.MENTION, T0);
        Interaction sameIdOtherText = first.toBuilder().text("changed").build();

        assertThat(store.append(first, "connector:mastodon")).isTrue();
        assertThat(store.append(sameIdOtherText, "connector:mastodon")).isFalse();

        assertThat(store.find(first.id())).contains(first);
        assertThat(store.interactionCount()).isEqualTo(1);
        assertThat(store.audit().eventsAbout("interaction:mastodon:s1")).hasSize(1);
        assertThat(store.find(InteractionId.of("mastodon", "s2"))).isEmpty();
    }

    @Test
    void appendAll_storesEachIdOnce_firstOccurrenceWins_andAuditsTheOwner() {
        store.create(customer("c-alice"), "agent:1");
        store.putIdentity(identity(A_MASTODON), "c");
        store.link(A_MASTODON, ALICE, link("r"), "system");
        store.append(interaction("mastodon", "s0", A_MASTODON, InteractionKind.POST, T0), "c");
        Interaction a = interaction("mastodon", "s1", A_MASTODON, InteractionKind.MENTION, T0.plusSeconds(1));
        Interaction dup = a.toBuilder().text("second copy").build();
        Interaction b = interaction("mastodon", "s2", B_MASTODON, InteractionKind.REPLY, T0.plusSeconds(2));
        Interaction old = interaction("mastodon", "s0", A_MASTODON, InteractionKind.POST, T0);

        int stored = store.appendAll(List.of(a, dup, b, old), "connector:mastodon");

        assertThat(stored).isEqualTo(2);
        assertThat(store.interactionCount()).isEqualTo(3);
        assertThat(store.find(a.id()).orElseThrow().text()).isEqualTo(a.text());
        AuditEvent appended = store.audit().eventsAbout("interaction:mastodon:s1").get(0);
        assertThat(appended.action()).isEqualTo(AuditAction.INTERACTION_APPENDED);
        assertThat(appended.customer()).isEqualTo(ALICE);
        assertThat(appended.details()).containsEntry("kind", "MENTION").containsEntry("platform", "mastodon");
        assertThat(store.audit().eventsAbout("interaction:mastodon:s2").get(0).customer()).isNull();
        assertThat(store.appendAll(List.of(), "c")).isZero();
    }

    @Test
    void appendAll_batchesAfterOneThatMetStoredIds_storeExactlyTheirNewOnes() {
        List<Interaction> first = new java.util.ArrayList<>();
        for (int k = 0; k < 30; k++) {
            first.add(interaction("mastodon", "o" + k, A_MASTODON, InteractionKind.MENTION, T0.plusSeconds(k)));
        }
        assertThat(store.appendAll(first.subList(0, 20), "c")).isEqualTo(20);
        // overlaps the stored part, then all new, then all stored, then new again
        assertThat(store.appendAll(first.subList(10, 25), "c")).isEqualTo(5);
        assertThat(store.appendAll(first.subList(25, 28), "c")).isEqualTo(3);
        assertThat(store.appendAll(first.subList(0, 28), "c")).isZero();
        Interaction unicode = interaction("mastodon", "u1", A_MASTODON, InteractionKind.REPLY, T0).toBuilder()
                .raw(dev.scrm.core.RawPayload.json("{\"content\":\"caf\u00e9 \ud83c\udf89 \\\"q\\\"\"}")).build();
        assertThat(store.appendAll(List.of(first.get(28), first.get(29), unicode), "c")).isEqualTo(3);

        assertThat(store.interactionCount()).isEqualTo(31);
        assertThat(store.find(unicode.id())).contains(unicode);
        for (Interaction i : first) {
            assertThat(store.find(i.id())).contains(i);
            assertThat(store.audit().eventsAbout("interaction:mastodon:" + i.id().nativeId())).hasSize(1);
        }
    }

    @Test
    void appendAll_concurrentWritersWithOverlappingBatches_storeAndAuditEachIdOnce() throws Exception {
        store.create(customer("c-alice"), "agent:1");
        store.putIdentity(identity(A_MASTODON), "c");
        store.link(A_MASTODON, ALICE, link("r"), "system");
        long before = store.audit().lastSequence();
        List<Interaction> pool = new ArrayList<>();
        for (int k = 0; k < 120; k++) {
            pool.add(interaction("mastodon", "w" + k, k % 2 == 0 ? A_MASTODON : B_MASTODON,
                    InteractionKind.MENTION, T0.plusSeconds(k)));
        }
        int threads = 3;
        int rounds = 4;
        // every round, the writers start together on overlapping batches in different orders, so they meet
        // each other's uncommitted rows both ways round
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        int stored = 0;
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(executor.submit(() -> {
                    java.util.Random random = new java.util.Random(31 + thread);
                    int mine = 0;
                    for (int r = 0; r < rounds; r++) {
                        List<Interaction> batch = new ArrayList<>(pool.subList(r * 25, r * 25 + 45));
                        java.util.Collections.shuffle(batch, random);
                        start.await();
                        mine += store.appendAll(batch, "connector:" + thread);
                    }
                    return mine;
                }));
            }
            for (Future<Integer> f : results) {
                stored += f.get();
            }
        } finally {
            executor.shutdown();
        }

        int distinct = 3 * 25 + 45;
        assertThat(stored).isEqualTo(distinct);
        assertThat(store.interactionCount()).isEqualTo(distinct);
        List<AuditEvent> events = store.audit().read(before, 1000);
        assertThat(events).extracting(AuditEvent::sequence)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(before + 1, before + distinct)
                        .boxed().toList());
        assertThat(events).extracting(AuditEvent::at).isSorted();
        for (Interaction i : pool.subList(0, distinct)) {
            assertThat(store.find(i.id())).contains(i);
            List<AuditEvent> about = store.audit().eventsAbout("interaction:mastodon:" + i.id().nativeId());
            assertThat(about).hasSize(1);
            assertThat(about.get(0).action()).isEqualTo(AuditAction.INTERACTION_APPENDED);
            assertThat(about.get(0).customer()).isEqualTo(i.author().equals(A_MASTODON) ? ALICE : null);
        }
    }

    @Test
    void appendAll_keepsTextWithEscapesControlCharactersAndEmoji() {
        String tricky = "tab\there\nnew line \\N back\\slash \"quoted\" \r\n\u00fcml\u00e4ut \ud83c\udf89 {\"json\": [1]}";
        Interaction a = interaction("mastodon", "t1", A_MASTODON, InteractionKind.MENTION, T0).toBuilder()
                .text(tricky).attribute("note", "a\tb\\c").build();
        Interaction b = interaction("mastodon", "t2", null, InteractionKind.MENTION, T0);

        assertThat(store.appendAll(List.of(a, b), "c")).isEqualTo(2);

        assertThat(store.find(a.id())).contains(a);
        assertThat(store.find(b.id())).contains(b);
        assertThat(store.find(a.id()).orElseThrow().text()).isEqualTo(tricky);
    }

    @Test
    void query_filtersByEveryCriterion_andOrdersByTimeThenId() {
        store.create(customer("c-alice"), "agent:1");
        store.putIdentity(identity(A_MASTODON), "c");
        store.putIdentity(identity(A_BLUESKY), "c");
        store.link(A_MASTODON, ALICE, link("r"), "system");
        store.link(A_BLUESKY, ALICE, link("r"), "system");
        List<Interaction> all = List.of(
                interaction("mastodon", "m2", A_MASTODON, InteractionKind.MENTION, T0.plusSeconds(10)),
                interaction("mastodon", "m1", A_MASTODON, InteractionKind.MENTION, T0.plusSeconds(10)),
                interaction("bluesky", "b1", A_BLUESKY, InteractionKind.REPLY, T0.plusSeconds(10)),
                interaction("bluesky", "b0", A_BLUESKY, InteractionKind.LIKE, T0.plusNanos(1)),
                interaction("mastodon", "m3", B_MASTODON, InteractionKind.MENTION, T0),
                interaction("web", "v1", null, InteractionKind.PAGE_VIEW, T0.plusSeconds(20)));
        store.appendAll(all, "c");

        assertThat(ids(InteractionQuery.builder().build()))
                .containsExactly("mastodon:m3", "bluesky:b0", "bluesky:b1", "mastodon:m1", "mastodon:m2", "web:v1");
        assertThat(ids(InteractionQuery.builder().customer(ALICE).build()))
                .containsExactly("bluesky:b0", "bluesky:b1", "mastodon:m1", "mastodon:m2");
        assertThat(ids(InteractionQuery.builder().customer(ALICE).author(A_MASTODON).build()))
                .containsExactly("mastodon:m1", "mastodon:m2");
        assertThat(ids(InteractionQuery.builder().author(B_MASTODON).build())).containsExactly("mastodon:m3");
        assertThat(ids(InteractionQuery.builder().platform(Platform.MASTODON).build()))
                .containsExactly("mastodon:m3", "mastodon:m1", "mastodon:m2");
        assertThat(ids(InteractionQuery.builder().kind(InteractionKind.REPLY).kind(InteractionKind.LIKE).build()))
                .containsExactly("bluesky:b0", "bluesky:b1");
        assertThat(ids(InteractionQuery.builder().between(T0.plusNanos(1), T0.plusSeconds(20)).build()))
                .containsExactly("bluesky:b0", "bluesky:b1", "mastodon:m1", "mastodon:m2");
        assertThat(ids(InteractionQuery.builder().between(T0, T0.plusNanos(1)).build())).containsExactly("mastodon:m3");
        assertThat(ids(InteractionQuery.builder().limit(2).build())).containsExactly("mastodon:m3", "bluesky:b0");
        assertThat(ids(InteractionQuery.builder().customer(CustomerId.of("c-nobody")).build())).isEmpty();
        try (Stream<Interaction> s = store.stream(InteractionQuery.builder().customer(ALICE).limit(3).build())) {
            assertThat(s.map(i -> i.id().toString()).toList())
                    .containsExactly("bluesky:b0", "bluesky:b1", "mastodon:m1");
        }
    }

    private List<String> ids(InteractionQuery q) {
        List<String> fromQuery = store.query(q).stream().map(i -> i.id().toString()).toList();
        try (Stream<Interaction> s = store.stream(q)) {
            assertThat(s.map(i -> i.id().toString()).toList()).isEqualTo(fromQuery);
        }
        return fromQuery;
    }

    // ---- audit ----------------------------------------------------------------------------------------

    @Test
    void audit_numbersEventsFromOneWithoutGaps_andPages() {
        store.create(customer("c-alice"), "agent:1");
        store.append(interaction("mastodon", "s1", A_MASTODON, InteractionKind.MENTION, T0), "c");
        store.audit().append(AuditAction.of("CASE_OPENED"), "agent:4", ALICE, "case:17", Map.of("queue", "vip"));
        assertThatThrownBy(() -> store.create(customer("c-alice"), "agent:1"))
                .isInstanceOf(AlreadyExistsException.class);
        store.append(interaction("mastodon", "s2", A_MASTODON, InteractionKind.MENTION, T0), "c");

        List<AuditEvent> all = store.audit().read(0, 100);
        assertThat(all).extracting(AuditEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(store.audit().lastSequence()).isEqualTo(4);
        assertThat(store.audit().read(1, 2)).extracting(AuditEvent::sequence).containsExactly(2L, 3L);
        assertThat(store.audit().read(4, 10)).isEmpty();
        assertThat(all.get(2).details()).containsExactly(Map.entry("queue", "vip"));
        assertThat(store.audit().eventsAbout("case:17")).containsExactly(all.get(2));
        assertThat(all).extracting(AuditEvent::at).isSorted();
        assertThatThrownBy(() -> store.audit().read(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.audit().read(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- erasure --------------------------------------------------------------------------------------

    @Test
    void erase_removesPersonalDataEverywhere_andLeavesATombstone() {
        store.create(customer("c-alice"), "agent:1");
        store.create(customer("c-bob"), "agent:1");
        store.putIdentity(identity(A_MASTODON), "c");
        store.putIdentity(identity(A_BLUESKY), "c");
        store.putIdentity(identity(B_MASTODON), "c");
        // appended before the link: its audit event names no customer, only the subject
        store.append(interaction("mastodon", "early", A_MASTODON, InteractionKind.MENTION, T0), "c");
        store.link(A_MASTODON, ALICE, link("r"), "system");
        store.link(A_BLUESKY, ALICE, link("r"), "system");
        store.link(B_MASTODON, BOB, link("r"), "system");
        store.appendAll(List.of(
                interaction("mastodon", "a1", A_MASTODON, InteractionKind.MENTION, T0.plusSeconds(1)),
                interaction("bluesky", "a2", A_BLUESKY, InteractionKind.REPLY, T0.plusSeconds(2)),
                interaction("mastodon", "b1", B_MASTODON, InteractionKind.MENTION, T0.plusSeconds(3))), "c");

        ErasureReceipt receipt = store.erase(ALICE, "agent:dpo");

        assertThat(receipt.customer()).isEqualTo(ALICE);
        assertThat(receipt.identitiesRemoved()).isEqualTo(2);
        assertThat(receipt.interactionsRemoved()).isEqualTo(3);
        assertThat(receipt.auditEventsRedacted()).isEqualTo(8);
        assertThat(store.find(ALICE)).isEmpty();
        assertThat(store.findIdentity(A_MASTODON)).isEmpty();
        assertThat(store.findIdentity(A_BLUESKY)).isEmpty();
        assertThat(store.customerOf(A_MASTODON)).isEmpty();
        assertThat(store.find(InteractionId.of("mastodon", "early"))).isEmpty();
        assertThat(store.query(InteractionQuery.builder().build())).extracting(i -> i.id().nativeId())
                .containsExactly("b1");
        assertThat(store.query(InteractionQuery.builder().author(A_MASTODON).build())).isEmpty();
        assertThat(store.interactionCount()).isEqualTo(1);
        try (Stream<SocialIdentity> s = store.identities()) {
            assertThat(s.map(SocialIdentity::id).toList()).containsExactly(B_MASTODON);
        }
        for (String subject : List.of("identity:mastodon:1001", "identity:bluesky:did:plc:alice",
                "interaction:mastodon:early", "interaction:mastodon:a1", "interaction:bluesky:a2")) {
            assertThat(store.audit().eventsAbout(subject)).as(subject).isEmpty();
        }
        List<AuditEvent> log = store.audit().read(0, 1000);
        assertThat(log).filteredOn(e -> e.subject() != null)
                .allSatisfy(e -> assertThat(e.subject()).doesNotContain("1001", "alice", "early", "a1", "a2"));
        AuditEvent tombstone = log.get(log.size() - 1);
        assertThat(tombstone.action()).isEqualTo(AuditAction.CUSTOMER_ERASED);
        assertThat(tombstone.customer()).isEqualTo(ALICE);
        assertThat(tombstone.subject()).isNull();
        assertThat(tombstone.redacted()).isFalse();
        assertThat(tombstone.details()).containsOnly(Map.entry("identities_removed", "2"),
                Map.entry("interactions_removed", "3"), Map.entry("audit_events_redacted", "8"));
        assertThat(store.audit().eventsOf(ALICE)).allSatisfy(e -> {
            if (e.sequence() != tombstone.sequence()) {
                assertThat(e.redacted()).isTrue();
                assertThat(e.details()).isEmpty();
                assertThat(e.subject()).isNull();
            }
        });
        // Bob is untouched
        assertThat(store.find(BOB).orElseThrow().identities()).containsExactly(B_MASTODON);
        assertThat(store.audit().eventsAbout("interaction:mastodon:b1")).hasSize(1);
        assertThatThrownBy(() -> store.erase(ALICE, "agent:dpo")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void erase_isIdempotentOnTheRecordCount_ofAnAlreadyRedactedLog() {
        store.create(customer("c-alice"), "agent:1");
        ErasureReceipt receipt = store.erase(ALICE, "agent:dpo");
        assertThat(receipt.auditEventsRedacted()).isEqualTo(1);
        assertThat(receipt.identitiesRemoved()).isZero();
        assertThat(store.customerCount()).isZero();
        // the id can be used again; its old, redacted events are not counted twice
        store.create(customer("c-alice"), "agent:1");
        assertThat(store.erase(ALICE, "agent:dpo").auditEventsRedacted()).isEqualTo(2);
        assertThat(store.audit().eventsOf(ALICE)).extracting(AuditEvent::action).containsExactly(
                AuditAction.CUSTOMER_CREATED, AuditAction.CUSTOMER_ERASED, AuditAction.CUSTOMER_CREATED,
                AuditAction.CUSTOMER_ERASED);
        assertThat(store.audit().eventsOf(ALICE).stream().map(AuditEvent::redacted).collect(Collectors.toList()))
                .containsExactly(true, true, true, false);
    }
}
