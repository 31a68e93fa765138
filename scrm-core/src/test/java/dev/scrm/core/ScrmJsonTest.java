package dev.scrm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.ErasureReceipt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class ScrmJsonTest {

    private final JsonMapper json = ScrmJson.mapper();

    static Stream<Object> everyModelValue() {
        SocialIdentity identity = Samples.identity("mastodon", "109876");
        Instant t = Samples.T0;
        return Stream.of(
                Platform.of("bluesky"),
                Platform.of("my-forum.example"),
                CustomerId.of("c-42"),
                PlatformAccountId.of("bluesky", "did:plc:abc123"),
                InteractionId.of("mastodon", "https://mastodon.example/users/a/statuses/1"),
                KpiId.parse("engagement_rate.by_followers@2"),
                EmailAddress.of("ana@example.com"),
                PhoneNumber.of("+386 (40) 123-456"),
                Provenance.of("import:crm.csv", t),
                Provenance.ofIdentity(PlatformAccountId.of("x", "2244994945"), t),
                AttributeValue.of("Ljubljana", Provenance.of("import:crm.csv", t)),
                new ConsentDecision(ConsentStatus.DENIED, t, "agent"),
                Consent.none().with(Consent.PROFILING, new ConsentDecision(ConsentStatus.GRANTED, t, "app")),
                new IdentityLink(LinkMethod.DETERMINISTIC_RULE, 1.0, "same_verified_email", t),
                new FollowerCounts(0, 5, t),
                identity,
                SocialIdentity.builder(PlatformAccountId.of("reddit", "t2_abc")).observedAt(t).build(),
                Engagement.of(1, 2, 3),
                Engagement.none(),
                new Sentiment(-0.5423, 0.0, 0.7, 0.3, "vader", "3.3.2"),
                RawPayload.json("{\"a\":[1,2,{\"b\":null}]}"),
                Samples.interaction("bluesky", "at://did:plc:x/app.bsky.feed.post/3k", identity.id(), t),
                Interaction.builder(InteractionId.of("web", "visit-1")).kind(InteractionKind.PAGE_VIEW)
                        .occurredAt(t).provenance(Provenance.of("connector:matomo", t)).build(),
                Samples.customer("c-7"),
                Samples.customer("c-8").withIdentities(java.util.Set.of(identity.id()), t.plusSeconds(1)).withVersion(3),
                Window.of(t, t.plusSeconds(3600)),
                Completeness.complete(),
                new ConfidenceInterval(-0.1, 0.4, 0.9),
                Samples.metric(),
                Metric.ratio(KpiId.of("engagement_rate.by_reach", 1), Window.of(t, t.plusSeconds(60)),
                        java.time.ZoneOffset.UTC, Map.of(), 0, 0, Completeness.complete()),
                new AuditEvent(7, t, AuditAction.IDENTITY_LINKED, "agent:42", CustomerId.of("c-1"),
                        "identity:x:1", Map.of("rule", "same_verified_email"), false),
                new ErasureReceipt(CustomerId.of("c-1"), 2, 10, 14, t));
    }

    @ParameterizedTest
    @MethodSource("everyModelValue")
    void roundTrip_everyModelType_equalsOriginal(Object value) {
        String text = json.writeValueAsString(value);
        Object back = json.readValue(text, value.getClass());
        assertThat(back).isEqualTo(value);
        assertThat(json.writeValueAsString(back)).isEqualTo(text);
    }

    @Test
    void idsAndSingleValueTypes_areWrittenAsPlainStrings() {
        assertThat(json.writeValueAsString(Platform.MASTODON)).isEqualTo("\"mastodon\"");
        assertThat(json.writeValueAsString(CustomerId.of("c-1"))).isEqualTo("\"c-1\"");
        assertThat(json.writeValueAsString(KpiId.parse("share_of_voice.mentions@1")))
                .isEqualTo("\"share_of_voice.mentions@1\"");
        assertThat(json.writeValueAsString(EmailAddress.of("a@b.example"))).isEqualTo("\"a@b.example\"");
    }

    @Test
    void instants_areIsoText_andAbsentFieldsAreOmitted() {
        String text = json.writeValueAsString(new FollowerCounts(1, 2, Samples.T0));
        assertThat(text).contains("\"2026-03-01T09:30:00Z\"");
        String minimal = json.writeValueAsString(
                SocialIdentity.builder(PlatformAccountId.of("reddit", "t2_abc")).observedAt(Samples.T0).build());
        assertThat(minimal).doesNotContain("null").doesNotContain("\"handle\"");
    }

    @Test
    void read_unknownProperty_failsStrictly() {
        assertThatThrownBy(() -> json.readValue("{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-01-02T00:00:00Z\","
                + "\"extra\":1}", Window.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("extra");
    }

    @Test
    void read_invalidValue_failsWithTheRecordsMessage() {
        assertThatThrownBy(() -> json.readValue("{\"start\":\"2026-01-02T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"}",
                Window.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("window end must be after its start");
        assertThatThrownBy(() -> json.readValue("\"Not A Platform!\"", Platform.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("platform id may contain only");
    }

    @Test
    void list_ofInteractions_roundTrips() {
        SocialIdentity a = Samples.identity("x", "1");
        List<Interaction> list = List.of(
                Samples.interaction("x", "10", a.id(), Samples.T0),
                Samples.interaction("x", "11", a.id(), Samples.T0.plusSeconds(60)));
        String text = json.writeValueAsString(list);
        List<Interaction> back = json.readValue(text,
                json.getTypeFactory().constructCollectionType(List.class, Interaction.class));
        assertThat(back).isEqualTo(list);
    }
}
