package dev.scrm.metrics;

import dev.scrm.core.Direction;
import dev.scrm.core.Engagement;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.KpiId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.Sentiment;
import dev.scrm.core.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** Builders of test inputs. */
final class Fixtures {

    static final Instant DAY1 = Instant.parse("2026-03-02T00:00:00Z");
    static final Provenance SOURCE = Provenance.of("test", Instant.parse("2026-01-01T00:00:00Z"));

    private Fixtures() {
    }

    static Instant day(int n) {
        return DAY1.plusSeconds(86_400L * (n - 1));
    }

    static Window days(int first, int count) {
        return Window.of(day(first), day(first + count));
    }

    static Window date(LocalDate d, int days) {
        Instant s = d.atStartOfDay(ZoneOffset.UTC).toInstant();
        return Window.of(s, s.plusSeconds(86_400L * days));
    }

    static KpiId kpi(String id) {
        return KpiId.parse(id);
    }

    static Sentiment sentiment(double compound) {
        return new Sentiment(compound, Math.max(compound, 0), 1 - Math.abs(compound), Math.max(-compound, 0),
                "test", "1");
    }

    static Interaction.Builder item(String platform, String id, InteractionKind kind, Instant at, String... brands) {
        Interaction.Builder b = Interaction.builder(InteractionId.of(platform, id)).kind(kind).occurredAt(at)
                .provenance(SOURCE).direction(kind == InteractionKind.POST ? Direction.OUTBOUND : Direction.INBOUND);
        for (String brand : brands) {
            b.brand(brand);
        }
        return b;
    }

    static Interaction mention(String id, Instant at, String... brands) {
        return item("mastodon", id, InteractionKind.MENTION, at, brands).build();
    }

    static Interaction mention(String id, Instant at, double compound, String... brands) {
        return item("mastodon", id, InteractionKind.MENTION, at, brands).sentiment(sentiment(compound)).build();
    }

    static Interaction post(String platform, String id, Instant at, Engagement e, Map<String, String> attrs,
            String brand) {
        Interaction.Builder b = item(platform, id, InteractionKind.POST, at, brand).engagement(e);
        attrs.forEach(b::attribute);
        return b.build();
    }

    static Engagement engagement(long likes, long shares, long replies, long quotes) {
        return new Engagement(Map.of(EngagementType.LIKES, likes, EngagementType.SHARES, shares,
                EngagementType.REPLIES, replies, EngagementType.QUOTES, quotes));
    }

    static AudienceSnapshot followers(String account, String brand, long n, Instant at) {
        return AudienceSnapshot.of(PlatformAccountId.of("mastodon", account), brand, n, at);
    }

    static Platform mastodon() {
        return Platform.MASTODON;
    }
}
