package dev.scrm.store;

import dev.scrm.core.AttributeValue;
import dev.scrm.core.ConsentDecision;
import dev.scrm.core.ConsentStatus;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Direction;
import dev.scrm.core.EmailAddress;
import dev.scrm.core.Engagement;
import dev.scrm.core.FollowerCounts;
import dev.scrm.core.IdentityLink;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.LinkMethod;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.RawPayload;
import dev.scrm.core.Sentiment;
import dev.scrm.core.SocialIdentity;
import java.net.URI;
import java.time.Instant;

/** Test records: synthetic people, accounts and posts (no real personal data). */
public final class Fixtures {

    /** A base instant with a nanosecond part, to check that stores keep full precision. */
    public static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456789Z");

    private Fixtures() {
    }

    public static PlatformAccountId account(String platform, String nativeId) {
        return PlatformAccountId.of(platform, nativeId);
    }

    public static Customer customer(String id) {
        return Customer.create(CustomerId.of(id), T0)
                .withAttribute("full_name", AttributeValue.of("Test Person " + id, Provenance.of("crm", T0)), T0)
                .withAttribute("locality", AttributeValue.of("Springfield", Provenance.of("crm", T0)), T0);
    }

    public static SocialIdentity identity(PlatformAccountId id) {
        return SocialIdentity.builder(id)
                .handle("user_" + id.nativeId())
                .displayName("Display " + id.nativeId())
                .profileUrl(URI.create("https://social.example/@" + id.nativeId()))
                .bio("likes testing; see https://blog.example")
                .bioLink(URI.create("https://blog.example"))
                .location("Springfield")
                .language("en")
                .followerCounts(new FollowerCounts(120, 80, T0))
                .email(EmailAddress.of(id.nativeId() + "@mail.example"), true)
                .attribute("oauth_subject", "sub-" + id.nativeId())
                .observedAt(T0)
                .build();
    }

    public static IdentityLink link(String rule) {
        return new IdentityLink(LinkMethod.DETERMINISTIC_RULE, 0.99, rule, T0);
    }

    public static ConsentDecision decision(ConsentStatus status, Instant at) {
        return new ConsentDecision(status, at, "web_form");
    }

    public static Interaction interaction(String platform, String nativeId, PlatformAccountId author,
            InteractionKind kind, Instant at) {
        return Interaction.builder(InteractionId.of(platform, nativeId))
                .kind(kind)
                .direction(Direction.INBOUND)
                .occurredAt(at)
                .author(author)
                .text("great service, thanks! #" + nativeId)
                .language("en")
                .conversationId("conv-" + nativeId)
                .url(URI.create("https://social.example/p/" + nativeId))
                .engagement(Engagement.of(3, 1, 2))
                .sentiment(new Sentiment(0.6, 0.5, 0.5, 0.0, "vader", "1"))
                .brand("acme")
                .topic("service")
                .attribute("campaign", "spring")
                .raw(RawPayload.json("{\"id\":\"" + nativeId + "\",\"n\":[1,2,3]}"))
                .provenance(Provenance.of("connector:" + platform, at.plusSeconds(5)))
                .build();
    }
}
