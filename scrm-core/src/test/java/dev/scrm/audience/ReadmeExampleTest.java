package dev.scrm.audience;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.ScrmStore;
import dev.scrm.store.TestClock;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The usage example of the README's audience section, kept compiling and passing here. */
class ReadmeExampleTest {

    @Test
    void readmeExample() {
        TestClock clock = new TestClock(Instant.parse("2026-11-25T09:00:00Z"));
        ScrmStore store = ScrmStore.inMemory(clock);
        PlatformAccountId account = PlatformAccountId.of("mastodon", "109876");
        CustomerId customerId = CustomerId.of("c-1");
        store.putIdentity(SocialIdentity.builder(account).observedAt(clock.instant()).build(), "import");
        Customer created = store.create(Customer.create(customerId, clock.instant()), "import");
        store.update(created.withConsent(Consent.none().with(Consent.MARKETING,
                new ConsentDecision(ConsentStatus.GRANTED, clock.instant(), "web-form")), clock.instant()), "import");
        store.link(account, customerId, new IdentityLink(LinkMethod.VERIFIED, 1.0, "oauth", clock.instant()),
                "import");
        Interaction interaction = Interaction.builder(InteractionId.of("mastodon", "p1"))
                .kind(InteractionKind.MENTION).occurredAt(clock.instant()).author(account).brand("acme")
                .provenance(Provenance.of("connector:mastodon", clock.instant())).build();
        List<AudienceEvent> queue = new ArrayList<>();
        StringWriter out = new StringWriter();

        // --- README example ---
        Audience audience = Audience.builder()
                .clock(clock)
                .segment(Segment.parse("acme_talkers", "count(brand=acme, within=30d) >= 1 and consent(marketing)"))
                .listener(queue::add)                  // enter/leave and stage events; be quick
                .build();
        audience.loadFrom(store);                      // then apply(...) each change as it happens
        audience.apply(interaction);                   // re-evaluates that one customer
        AdvocacyStage stage = audience.stage(customerId).orElseThrow();
        InfluenceScore influence = audience.influence(customerId).orElseThrow();
        SocialMap map = audience.map(SocialMapping.by("locality", "income_band"));
        audience.export(ExportRequest.of(SegmentId.of("acme_talkers"), Consent.MARKETING, ExportFormat.CSV,
                "locality"), out);
        // --- end ---

        assertThat(stage).isEqualTo(AdvocacyStage.CASUAL_PARTICIPANT);
        assertThat(influence.population()).isEqualTo(1);
        assertThat(map.total().customers()).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("customer_id,stage,locality\r\nc-1,casual_participant,\r\n");
        assertThat(queue).contains(new AudienceEvent.SegmentEntered(SegmentId.of("acme_talkers"), customerId,
                clock.instant()));
    }
}
