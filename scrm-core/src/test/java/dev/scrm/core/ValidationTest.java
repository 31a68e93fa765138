package dev.scrm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invalid field gets a clear exception naming the field, and never echoes a personal value. */
class ValidationTest {

    private static final Instant T = Samples.T0;

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                bad("platform blank", () -> Platform.of(" "), "platform id must not be blank"),
                bad("platform bad char", () -> Platform.of("my platform"), "platform id may contain only"),
                bad("platform leading dot", () -> Platform.of(".x"), "platform id may contain only"),
                bad("platform too long", () -> Platform.of("p".repeat(65)), "platform id must be at most 64"),
                bad("customer id blank", () -> CustomerId.of(""), "customer id must not be blank"),
                bad("customer id space", () -> CustomerId.of("c 1"), "customer id must not contain white space"),
                bad("account native id blank", () -> PlatformAccountId.of("x", " "), "native account id must not be blank"),
                bad("interaction id space", () -> InteractionId.of("x", "a b"), "native interaction id must not contain"),
                bad("kpi no version", () -> KpiId.parse("share_of_voice"), "KPI id must be written name@version"),
                bad("kpi bad version", () -> KpiId.parse("sov@x"), "KPI id version must be a whole number"),
                bad("kpi version 0", () -> KpiId.of("sov", 0), "KPI version must be >= 1"),
                bad("kpi upper case", () -> KpiId.of("Sov", 1), "KPI name may contain only"),
                bad("kpi double dot", () -> KpiId.of("a..b", 1), "KPI name may contain only"),
                bad("email no at", () -> EmailAddress.of("secret.person.example.com"), "must have a local part"),
                bad("email no domain", () -> EmailAddress.of("secret.person@"), "must have a domain"),
                bad("email space", () -> EmailAddress.of("secret person@example.com"), "must not contain white space"),
                bad("email bad domain", () -> EmailAddress.of("secret@example..com"), "domain is malformed"),
                bad("phone letters", () -> PhoneNumber.of("+386 40 SECRET"), "phone number may contain only"),
                bad("phone few digits", () -> PhoneNumber.of("12"), "phone number must have 3 to 20 digits"),
                bad("provenance blank", () -> Provenance.of(" ", T), "provenance source must not be blank"),
                bad("consent purpose", () -> Consent.none().with("Marketing", decision()), "consent purpose may contain only"),
                bad("link confidence", () -> new IdentityLink(LinkMethod.VERIFIED, 1.5, null, T), "confidence must be within [0, 1]"),
                bad("followers negative", () -> new FollowerCounts(-1, 0, T), "followers must be >= 0"),
                bad("engagement negative", () -> Engagement.of(1, -2, 0), "shares must be >= 0"),
                bad("sentiment range", () -> new Sentiment(1.2, 0, 1, 0, "vader", "1"), "compound must be within [-1, 1]"),
                bad("sentiment NaN", () -> new Sentiment(0, Double.NaN, 1, 0, "vader", "1"), "positive must be within [0, 1]"),
                bad("raw payload media type", () -> new RawPayload(" ", "{}"), "mediaType must not be blank"),
                bad("identity handle blank", () -> SocialIdentity.builder(PlatformAccountId.of("x", "1")).handle(" ")
                        .observedAt(T).build(), "handle must not be blank"),
                bad("identity bio too long", () -> SocialIdentity.builder(PlatformAccountId.of("x", "1"))
                        .bio("b".repeat(SocialIdentity.MAX_BIO_LENGTH + 1)).observedAt(T).build(), "bio must be at most"),
                bad("identity verified email missing", () -> SocialIdentity.builder(PlatformAccountId.of("x", "1"))
                        .email(null, true).observedAt(T).build(), "emailVerified requires an email"),
                bad("identity language", () -> SocialIdentity.builder(PlatformAccountId.of("x", "1"))
                        .language("en US").observedAt(T).build(), "language must not contain white space"),
                bad("interaction replies to itself", () -> Interaction.builder(InteractionId.of("x", "1"))
                        .kind(InteractionKind.REPLY).occurredAt(T).inReplyTo(InteractionId.of("x", "1"))
                        .provenance(Provenance.of("test", T)).build(), "inReplyTo must not be the interaction itself"),
                bad("interaction blank brand", () -> Interaction.builder(InteractionId.of("x", "1"))
                        .kind(InteractionKind.MENTION).occurredAt(T).brand(" ")
                        .provenance(Provenance.of("test", T)).build(), "brands must not be blank"),
                bad("customer times", () -> new Customer(CustomerId.of("c"), Map.of(), Consent.none(), Set.of(),
                        T, T.minusSeconds(1), 0), "updatedAt must not be before createdAt"),
                bad("customer attribute name", () -> Customer.create(CustomerId.of("c"), T)
                        .withAttribute("full name", AttributeValue.of("x", Provenance.of("t", T)), T),
                        "attribute name must not contain white space"),
                bad("window reversed", () -> Window.of(T, T), "window end must be after its start"),
                bad("completeness", () -> new Completeness(1.0, java.util.List.of("followers")), "coverage cannot be 1"),
                bad("interval reversed", () -> new ConfidenceInterval(2, 1, 0.95), "upper bound must be >= lower"),
                bad("interval level", () -> new ConfidenceInterval(1, 2, 1.0), "confidence level must be within (0, 1)"),
                bad("metric half ratio", () -> new Metric(KpiId.of("k", 1), Window.of(T, T.plusSeconds(1)),
                        ZoneOffset.UTC, Map.of(), 1.0, 1.0, null, Completeness.complete(), null),
                        "numerator and denominator go together"),
                bad("metric infinite", () -> Metric.of(KpiId.of("k", 1), Window.of(T, T.plusSeconds(1)), ZoneOffset.UTC,
                        Double.POSITIVE_INFINITY), "value must be finite"));
    }

    private static ConsentDecision decision() {
        return new ConsentDecision(ConsentStatus.GRANTED, T, "form");
    }

    private static Arguments bad(String name, Executable code, String message) {
        return Arguments.of(name, code, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void invalidField_throwsIllegalArgument_namingTheProblemWithoutTheValue(String name, Executable code, String message) {
        assertThatThrownBy(code::execute)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message)
                .message().doesNotContain("SECRET", "secret.person", "secret person");
    }

    @Test
    void missingRequiredField_throwsNullPointer_namingTheField() {
        assertThatThrownBy(() -> Interaction.builder(InteractionId.of("x", "1")).kind(InteractionKind.MENTION)
                .provenance(Provenance.of("t", T)).build())
                .isInstanceOf(NullPointerException.class).hasMessage("occurredAt");
        assertThatThrownBy(() -> SocialIdentity.builder(PlatformAccountId.of("x", "1")).build())
                .isInstanceOf(NullPointerException.class).hasMessage("observedAt");
    }

    @Test
    void normalisation_isAppliedInConstructors() {
        assertThat(Platform.of("MaStOdOn")).isEqualTo(Platform.MASTODON);
        assertThat(EmailAddress.of("  a@Example.COM ").value()).isEqualTo("a@Example.COM");
        assertThat(EmailAddress.of("a@Example.COM").domain()).isEqualTo("example.com");
        assertThat(SocialIdentity.builder(PlatformAccountId.of("x", "1")).handle("@ana").observedAt(T).build().handle())
                .isEqualTo("ana");
        assertThat(KpiId.parse("share_of_voice.mentions@12")).isEqualTo(KpiId.of("share_of_voice.mentions", 12));
        assertThat(KpiId.parse("share_of_voice.mentions@12").toString()).isEqualTo("share_of_voice.mentions@12");
    }

    @Test
    void collections_areCopiedAndUnmodifiable() {
        java.util.List<URI> links = new java.util.ArrayList<>(java.util.List.of(URI.create("https://a.example")));
        SocialIdentity id = new SocialIdentity(PlatformAccountId.of("x", "1"), null, java.util.List.of(), null, null, null,
                links, null, null, null, false, null, false, null, false, Map.of(), null, T);
        links.add(URI.create("https://b.example"));
        assertThat(id.bioLinks()).hasSize(1);
        assertThatThrownBy(() -> id.bioLinks().add(URI.create("https://c.example")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toString_ofPersonalRecords_revealsNoPersonalData() {
        SocialIdentity identity = Samples.identity("mastodon", "109876");
        Interaction interaction = Samples.interaction("mastodon", "555", identity.id(), T);
        assertThat(identity.toString()).doesNotContain("ana", "Ana", "109876", "example.com", "386");
        assertThat(identity.id().toString()).doesNotContain("109876");
        assertThat(interaction.toString()).doesNotContain("Loving", "acme");
        assertThat(EmailAddress.of("ana@example.com").toString()).doesNotContain("ana");
        assertThat(PhoneNumber.of("+386 40 123 456").toString()).doesNotContain("386");
        assertThat(Samples.customer("c-1").toString()).doesNotContain("Kovač");
    }

    @Test
    void sentiment_label_usesConventionalThresholds() {
        assertThat(new Sentiment(0.05, 0, 1, 0, "v", "1").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(new Sentiment(0.0499, 0, 1, 0, "v", "1").label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(new Sentiment(-0.05, 0, 1, 0, "v", "1").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void consent_unknownPurpose_isNotAllowed() {
        Consent c = Consent.none().with(Consent.MARKETING, decision());
        assertThat(c.allows(Consent.MARKETING)).isTrue();
        assertThat(c.allows(Consent.PROFILING)).isFalse();
        assertThat(c.status(Consent.PROFILING)).isEqualTo(ConsentStatus.UNKNOWN);
    }

    @Test
    void metric_ratioWithZeroDenominator_isUndefinedNotZero() {
        Metric m = Metric.ratio(KpiId.of("k", 1), Window.of(T, T.plusSeconds(1)), ZoneOffset.UTC, Map.of(), 0, 0,
                Completeness.complete());
        assertThat(m.isDefined()).isFalse();
        assertThat(m.value()).isNull();
        assertThat(Metric.ratio(KpiId.of("k", 1), Window.of(T, T.plusSeconds(1)), ZoneOffset.UTC, Map.of(), 1, 4,
                Completeness.complete()).value()).isEqualTo(0.25);
    }

    @Test
    void engagement_absentCountIsNotZero() {
        Engagement e = Engagement.of(1, 2, 3);
        assertThat(e.count(EngagementType.VIEWS)).isEmpty();
        assertThat(e.count(EngagementType.LIKES)).hasValue(1);
        assertThat(e.total()).isEqualTo(6);
    }
}
