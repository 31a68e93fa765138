package dev.scrm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.CustomerId;
import dev.scrm.core.EmailAddress;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.ScrmStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Consent and platform policy on the incremental resolver: refused links, withdrawal splits, and erasure. */
class ConsentAndErasureTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final List<IdentityEvent> events = new ArrayList<>();
    private ScrmStore store;
    private IncrementalResolver resolver;

    @BeforeEach
    void setUp() {
        List<IdentityRecord> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(IdentityRecord.builder(RecordRef.of("crm", "b" + i))
                    .value(IdentitySchema.DISPLAY_NAME, "Given" + (i % 97) + " Family" + (i % 89))
                    .value(IdentitySchema.EMAIL, "user" + i + "@mail" + (i % 13) + ".org")
                    .value(IdentitySchema.HANDLE, "handle" + i).build());
        }
        // the default policy: every platform account needs consent before a score links it across platforms
        Resolution trained = IdentityResolver.create(IdentitySchema.social(), ResolverConfig.builder()
                .randomPairs(20_000).build()).resolve(batch);
        store = ScrmStore.inMemory(clock);
        resolver = IncrementalResolver.builder(trained).clock(clock).seed(7).store(store).listener(events::add).build();
    }

    private static SocialIdentity identity(String platform, String id, String handle, String name, String email) {
        SocialIdentity.Builder b = SocialIdentity.builder(PlatformAccountId.of(platform, id)).handle(handle)
                .displayName(name).observedAt(T0);
        if (email != null) {
            b.email(EmailAddress.of(email), true);
        }
        return b.build();
    }

    @Test
    @DisplayName("linking across platforms without consent fails with ConsentException; consent or a rule allows it")
    void link_withoutConsent_throwsConsentException() {
        ResolveOutcome a = resolver.add(identity("mastodon", "1", "zorblax", "Quintus Zorblax", null));
        ResolveOutcome b = resolver.add(identity("bluesky", "2", "qzorblax", "Quintus Zorblax", null));
        assertThat(a.customer()).isNotEqualTo(b.customer());

        assertThatThrownBy(() -> resolver.link(a.record(), b.record()))
                .isInstanceOfSatisfying(ConsentException.class, ex -> {
                    assertThat(ex.record()).isEqualTo(a.record());
                    assertThat(ex.platform()).isEqualTo(Platform.MASTODON);
                    assertThat(ex.getMessage()).contains("mastodon").doesNotContain("zorblax", "Quintus");
                });
        resolver.grantConsent(a.record());
        assertThatThrownBy(() -> resolver.link(a.record(), b.record()))
                .isInstanceOfSatisfying(ConsentException.class, ex -> assertThat(ex.record()).isEqualTo(b.record()));
        resolver.grantConsent(b.record());
        IdentityEvent.CustomersMerged merged = resolver.link(a.record(), b.record()).orElseThrow();
        assertThat(merged.survivor()).isEqualTo(a.customer());
        assertThat(resolver.customerOf(b.record())).contains(a.customer());
        assertThat(auditActions()).contains(AuditAction.CONSENT_CHANGED, AuditAction.CUSTOMERS_MERGED);

        // first-party evidence (the same verified e-mail) needs no consent
        ResolveOutcome c = resolver.add(identity("x", "3", "somebody_else", "Other Person", null));
        ResolveOutcome d = resolver.add(identity("reddit", "4", "another_one", "Different Name",
                "shared@proof.example.org"));
        SocialIdentity e = identity("youtube", "5", "third", "Third Name", "shared@proof.example.org");
        ResolveOutcome f = resolver.add(e);
        assertThat(f.customer()).isEqualTo(d.customer());
        assertThatThrownBy(() -> resolver.link(c.record(), d.record())).isInstanceOf(ConsentException.class);
    }

    @Test
    @DisplayName("withdrawing consent splits the identity out; the rest keep the customer id; rules hold records")
    void withdrawConsent_splitsOut_restKeepsId() {
        ResolveOutcome a = resolver.add(identity("mastodon", "1", "zorblax", "Quintus Zorblax", null));
        ResolveOutcome b = resolver.add(identity("bluesky", "2", "qzorblax", "Quintus Zorblax",
                "qz@zorblax.example.net"));
        ResolveOutcome c = resolver.add(identity("x", "3", "quintus_z", "Quintus Z", "qz@zorblax.example.net"));
        assertThat(c.customer()).isEqualTo(b.customer());
        resolver.grantConsent(a.record());
        resolver.grantConsent(b.record());
        CustomerId customer = resolver.link(a.record(), b.record()).orElseThrow().survivor();
        assertThat(resolver.recordsOf(customer)).containsExactlyInAnyOrder(a.record(), b.record(), c.record());
        events.clear();

        IdentityEvent.CustomerSplit split = resolver.withdrawConsent(a.record()).orElseThrow();
        assertThat(split.reason()).isEqualTo("consent_withdrawn");
        assertThat(split.from()).isEqualTo(customer);
        CustomerId alone = split.into().get(0);
        assertThat(alone).isNotEqualTo(customer);
        assertThat(resolver.customerOf(a.record())).contains(alone);
        assertThat(resolver.customerOf(b.record())).contains(customer);
        assertThat(resolver.customerOf(c.record())).contains(customer);
        assertThat(events).containsExactly(split);
        assertThat(store.customerOf(PlatformAccountId.of("mastodon", "1"))).contains(alone);
        assertThat(auditActions()).contains(AuditAction.CUSTOMER_SPLIT);
        // a score may not link it again
        assertThatThrownBy(() -> resolver.link(a.record(), b.record())).isInstanceOf(ConsentException.class);
        // c is held by a verified e-mail shared with b: withdrawing its consent splits nothing
        assertThat(resolver.withdrawConsent(c.record())).isEmpty();
        assertThat(resolver.customerOf(c.record())).contains(customer);
    }

    @Test
    @DisplayName("erasure takes the identity out of its customer and out of the index: later records cannot match it")
    void erase_removesFromIndex() {
        ResolveOutcome a = resolver.add(identity("mastodon", "1", "zorblax", "Quintus Zorblax",
                "qz@zorblax.example.net"));
        ResolveOutcome b = resolver.add(identity("bluesky", "2", "zorblax", "Quintus Zorblax",
                "qz@zorblax.example.net"));
        assertThat(b.candidates()).isPositive();
        assertThat(b.customer()).isEqualTo(a.customer());
        int records = resolver.recordCount();

        resolver.erase(a.record());
        resolver.erase(b.record());
        assertThat(resolver.customerOf(a.record())).isEmpty();
        assertThat(resolver.recordsOf(a.customer())).isEmpty();
        assertThatThrownBy(() -> resolver.erase(a.record())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resolver.explain(a.record(), RecordRef.of("crm", "b1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(auditActions()).contains(AuditAction.IDENTITY_UNLINKED);
        assertThat(store.audit().read(0, 10_000)).allSatisfy(ev -> assertThat(ev.details().values())
                .noneMatch(v -> v.contains("zorblax")));

        ResolveOutcome c = resolver.add(identity("x", "3", "zorblax", "Quintus Zorblax", "qz@zorblax.example.net"));
        assertThat(c.candidates()).isZero();
        assertThat(c.customer()).isNotIn(a.customer(), b.customer());
        assertThat(resolver.recordCount()).isEqualTo(records + 1);
        // the erased reference may be ingested again, as a new record
        ResolveOutcome again = resolver.add(identity("mastodon", "1", "zorblax", "Quintus Zorblax",
                "qz@zorblax.example.net"));
        assertThat(again.customer()).isEqualTo(c.customer());
    }

    private List<AuditAction> auditActions() {
        return store.audit().read(0, 10_000).stream().map(AuditEvent::action).toList();
    }
}
