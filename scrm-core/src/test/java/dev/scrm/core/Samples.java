package dev.scrm.core;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** Fully populated model values for tests; the people are invented. */
public final class Samples {

    public static final Instant T0 = Instant.parse("2026-03-01T09:30:00Z");

    private Samples() {
    }

    public static SocialIdentity identity(String platform, String nativeId) {
        return identity(platform, nativeId, "Ana Kovač", "Ljubljana");
    }

    public static SocialIdentity identity(String platform, String nativeId, String name, String town) {
        String first = name.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
        return SocialIdentity.builder(PlatformAccountId.of(platform, nativeId))
                .handle("@" + first + "_k_" + nativeId)
                .formerHandle(first + "_old_" + nativeId)
                .displayName(name + " " + nativeId)
                .profileUrl(URI.create("https://social.example/@" + first + "_" + nativeId))
                .bio("Coffee, bikes & <b>code</b> — see https://" + first + ".example/" + nativeId)
                .bioLink(URI.create("https://" + first + ".example/" + nativeId))
                .location(town)
                .language("sl")
                .followerCounts(new FollowerCounts(1204, 310, T0))
                .verified(true)
                .email(EmailAddress.of(first + ".k+" + nativeId + "@example.com"), true)
                .phone(PhoneNumber.of("+386 40 123 " + (100 + Math.abs(nativeId.hashCode() % 900))), false)
                .attribute("oauth_subject", "sub-" + nativeId)
                .link(new IdentityLink(LinkMethod.PROBABILISTIC_SCORE, 0.97, "fellegi_sunter@1", T0))
                .observedAt(T0)
                .build();
    }

    public static Interaction interaction(String platform, String nativeId, PlatformAccountId author, Instant at) {
        return Interaction.builder(InteractionId.of(platform, nativeId))
                .kind(InteractionKind.MENTION)
                .direction(Direction.INBOUND)
                .occurredAt(at)
                .author(author)
                .text("Loving the new #acme blender, thanks @acme! <script>x</script> " + nativeId)
                .language("en")
                .inReplyTo(InteractionId.of(platform, "parent-" + nativeId))
                .conversationId("conv-" + nativeId)
                .url(URI.create("https://social.example/posts/" + nativeId))
                .engagement(Engagement.of(12, 3, 4).with(EngagementType.VIEWS, 800))
                .sentiment(new Sentiment(0.7269, 0.4, 0.6, 0.0, "vader", "3.3.2"))
                .brand("acme")
                .topic("product")
                .attribute("campaign", "spring-launch")
                .raw(RawPayload.json("{\"id\":\"" + nativeId + "\",\"content\":\"Loving it\"}"))
                .provenance(Provenance.of("connector:" + platform, at.plusSeconds(5)))
                .build();
    }

    public static Customer customer(String id) {
        Consent consent = Consent.none().with(Consent.MARKETING,
                new ConsentDecision(ConsentStatus.GRANTED, T0, "web-form"));
        return Customer.create(CustomerId.of(id), T0)
                .withAttribute("full_name", AttributeValue.of("Ana Kovač",
                        Provenance.ofIdentity(PlatformAccountId.of("mastodon", "1"), T0)), T0)
                .withConsent(consent, T0);
    }

    public static Metric metric() {
        return new Metric(KpiId.parse("share_of_voice.mentions@1"),
                Window.of(T0, T0.plusSeconds(86_400)), java.time.ZoneId.of("Europe/Ljubljana"),
                Map.of("brand", "acme", "platform", "mastodon"), 0.25, 25.0, 100.0,
                new Completeness(0.9, java.util.List.of("reddit")), new ConfidenceInterval(0.2, 0.3, 0.95));
    }
}
