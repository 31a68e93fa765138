package dev.scrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.CustomerId;
import dev.scrm.core.EmailAddress;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IncrementalResolverTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final List<IdentityEvent> events = new ArrayList<>();
    private ScrmStore store;
    private IncrementalResolver resolver;

    @BeforeEach
    void setUp() {
        List<IdentityRecord> batch = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            batch.add(IdentityRecord.builder(RecordRef.of("crm", "b" + i))
                    .value(IdentitySchema.DISPLAY_NAME, "Given" + (i % 97) + " Family" + (i % 89))
                    .value(IdentitySchema.EMAIL, "user" + i + "@mail" + (i % 13) + ".org")
                    .value(IdentitySchema.HANDLE, "handle" + i).build());
        }
        Resolution trained = IdentityResolver.create(IdentitySchema.social(), ResolverConfig.builder()
                .randomPairs(20_000).build()).resolve(batch);
        store = ScrmStore.inMemory(clock);
        resolver = IncrementalResolver.builder(trained).clock(clock).seed(7).store(store).listener(events::add).build();
        events.clear();
    }

    private static SocialIdentity identity(String platform, String id, String handle, String name, String email,
            String oauth) {
        SocialIdentity.Builder b = SocialIdentity.builder(PlatformAccountId.of(platform, id)).handle(handle)
                .displayName(name).observedAt(T0);
        if (email != null) {
            b.email(EmailAddress.of(email), true);
        }
        if (oauth != null) {
            b.attribute("oauth_subject", oauth);
        }
        return b.build();
    }

    @Test
    @DisplayName("a new identity matching no one creates a customer; batch customers keep their ids")
    void add_unmatched_createsCustomer() {
        CustomerId before = resolver.customerOf(RecordRef.of("crm", "b1")).orElseThrow();
        ResolveOutcome out = resolver.add(identity("mastodon", "1", "zorblax", "Quintus Zorblax", null, null));
        assertThat(out.events()).singleElement().isInstanceOf(IdentityEvent.CustomerCreated.class);
        assertThat(resolver.customerOf(out.record())).contains(out.customer());
        assertThat(resolver.customerOf(RecordRef.of("crm", "b1"))).contains(before);
        assertThat(store.find(out.customer())).isPresent();
        assertThat(store.customerOf(PlatformAccountId.of("mastodon", "1"))).contains(out.customer());
    }

    @Test
    @DisplayName("a merge keeps the older id, the absorbed id becomes an alias, and unmerge restores both exactly")
    void merge_thenUnmerge_restoresCustomers() {
        ResolveOutcome x = resolver.add(identity("mastodon", "1", "zorblax", "Quintus Zorblax", "qz@zorblax.example.net",
                null));
        ResolveOutcome y = resolver.add(identity("bluesky", "did:plc:2", "qzed", "Q. Zed", null, "oidc|77"));
        assertThat(x.customer()).isNotEqualTo(y.customer());
        Map<RecordRef, CustomerId> beforeMerge = snapshot(x.record(), y.record());
        events.clear();
        ResolveOutcome z = resolver.add(identity("x", "3", "quintus_z", "Quintus", "qz@zorblax.example.net",
                "oidc|77"));
        IdentityEvent.CustomersMerged merged = events.stream().filter(IdentityEvent.CustomersMerged.class::isInstance)
                .map(IdentityEvent.CustomersMerged.class::cast).findFirst().orElseThrow();
        assertThat(merged.survivor()).isEqualTo(x.customer());
        assertThat(merged.absorbed()).isEqualTo(y.customer());
        assertThat(merged.method()).isEqualTo(LinkMethod.VERIFIED);
        assertThat(merged.explanation().rule()).isIn("same_verified_email", "same_oauth_subject");
        assertThat(z.customer()).isEqualTo(x.customer());
        assertThat(resolver.customerOf(y.record())).contains(x.customer());
        assertThat(resolver.canonical(y.customer())).contains(x.customer());
        assertThat(resolver.recordsOf(y.customer())).containsExactlyInAnyOrder(x.record(), y.record(), z.record());
        assertThat(auditActions()).contains(AuditAction.CUSTOMERS_MERGED);
        assertThat(store.customerOf(PlatformAccountId.of("bluesky", "did:plc:2"))).contains(x.customer());

        IdentityEvent.CustomerSplit split = resolver.unmerge(merged.merge());
        assertThat(split.from()).isEqualTo(x.customer());
        assertThat(split.into()).containsExactly(y.customer());
        assertThat(snapshot(x.record(), y.record())).isEqualTo(beforeMerge);
        assertThat(resolver.canonical(y.customer())).contains(y.customer());
        assertThat(store.customerOf(PlatformAccountId.of("bluesky", "did:plc:2"))).contains(y.customer());
        assertThat(auditActions()).contains(AuditAction.CUSTOMER_SPLIT);
        assertThatThrownBy(() -> resolver.unmerge(merged.merge())).isInstanceOf(IllegalStateException.class);
        // the two stay apart: new evidence joining them is held back as a conflict
        ResolveOutcome w = resolver.add(identity("reddit", "4", "qz", "Quintus Zorblax", "qz@zorblax.example.net",
                "oidc|77"));
        assertThat(resolver.customerOf(x.record())).isNotEqualTo(resolver.customerOf(y.record()));
        assertThat(w.suggestions()).anyMatch(p -> p.decision() == ScoredPair.Decision.CONFLICT);
    }

    @Test
    @DisplayName("agent decisions: rejecting splits with a new stable id, confirming merges with the older id")
    void agentDecisions_splitAndMerge() {
        ResolveOutcome a = resolver.add(identity("mastodon", "1", "zorblax", "Quintus Zorblax", "qz@zorblax.example.net",
                null));
        ResolveOutcome b = resolver.add(identity("x", "2", "zorb", "Quintus Z", "qz@zorblax.example.net", null));
        assertThat(b.customer()).isEqualTo(a.customer());
        IdentityEvent.CustomerSplit split = resolver.rejectSame(a.record(), b.record()).orElseThrow();
        assertThat(split.from()).isEqualTo(a.customer());
        CustomerId moved = split.into().get(0);
        assertThat(resolver.customerOf(a.record())).contains(a.customer());
        assertThat(resolver.customerOf(b.record())).contains(moved);
        IdentityEvent.CustomersMerged merged = resolver.confirmSame(b.record(), a.record()).orElseThrow();
        assertThat(merged.survivor()).isEqualTo(a.customer());
        assertThat(merged.method()).isEqualTo(LinkMethod.AGENT_CONFIRMED);
        assertThat(resolver.confirmSame(a.record(), b.record())).isEmpty();
    }

    @Test
    @DisplayName("explanations of incremental links add up, and re-adding a record is refused")
    void explain_andDuplicates() {
        ResolveOutcome a = resolver.add(identity("mastodon", "1", "zorblax", "Quintus Zorblax", null, null));
        MatchExplanation m = resolver.explain(a.record(), RecordRef.of("crm", "b3"));
        double sum = m.priorWeight() + m.contributions().stream().mapToDouble(FieldContribution::total).sum();
        assertThat(m.totalWeight()).isEqualTo(sum, org.assertj.core.api.Assertions.within(1e-9));
        assertThatThrownBy(() -> resolver.add(IdentityRecord.of(a.record(), Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(resolver.recordCount()).isEqualTo(401);
    }

    private Map<RecordRef, CustomerId> snapshot(RecordRef... refs) {
        Map<RecordRef, CustomerId> m = new HashMap<>();
        for (RecordRef r : refs) {
            m.put(r, resolver.customerOf(r).orElseThrow());
        }
        return m;
    }

    private List<AuditAction> auditActions() {
        return store.audit().read(0, 10_000).stream().map(AuditEvent::action).toList();
    }
}
