package dev.scrm.examples.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.connector.AuthScheme;
import dev.scrm.connector.Capability;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.Connector;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.ConnectorManifest;
import dev.scrm.connector.ListeningQuery;
import dev.scrm.connector.Page;
import dev.scrm.core.FollowerCounts;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProfileLookupTest {

    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void complete_boundsConcurrency_keepsThinProfilesOnFailureOrUnknown_andStopsAtTheBudget() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Connector c = new FakeConnector(EnumSet.of(Capability.PROFILE_LOOKUP)) {
            @Override
            public Optional<SocialIdentity> profile(String account) {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    switch (account) {
                        case "hang" -> never.await();
                        case "gone" -> {
                            return Optional.empty();
                        }
                        case "broken" -> throw new ConnectorException(ConnectorId.of("fake"), "profile", 500, false,
                                "server error", null);
                        default -> {
                            return Optional.of(thin(account).toBuilder().bio("full profile of " + account)
                                    .followerCounts(new FollowerCounts(10, 5, T)).build());
                        }
                    }
                    return Optional.empty();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        };
        List<SocialIdentity> accounts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            accounts.add(thin("a" + i));
        }
        accounts.add(thin("hang"));
        accounts.add(thin("gone"));
        accounts.add(thin("broken"));

        ProfileLookup.Outcome o = new ProfileLookup(3, Duration.ofMillis(500)).complete(c, accounts);

        assertThat(o.completed()).isEqualTo(20);
        assertThat(o.missing()).isEqualTo(1);
        assertThat(o.failed()).isEqualTo(2);
        assertThat(most.get()).isLessThanOrEqualTo(3);
        assertThat(o.profiles()).extracting(SocialIdentity::id).containsExactlyElementsOf(
                accounts.stream().map(SocialIdentity::id).toList());
        assertThat(o.profiles().get(0).bio()).isEqualTo("full profile of a0");
        assertThat(o.profiles().subList(20, 23)).containsExactlyElementsOf(accounts.subList(20, 23));
        never.countDown();
    }

    @Test
    void complete_withoutTheCapability_returnsTheAccountsAsTheyWere() {
        List<SocialIdentity> accounts = List.of(thin("a"), thin("b"));
        ProfileLookup.Outcome o = new ProfileLookup(2, Duration.ofSeconds(1))
                .complete(new FakeConnector(EnumSet.of(Capability.SEARCH_MENTIONS)), accounts);
        assertThat(o.profiles()).isEqualTo(accounts);
        assertThat(o.completed() + o.missing() + o.failed()).isZero();
    }

    @Test
    void thin_isAProfileWithoutFollowerCounts() {
        assertThat(ProfileLookup.thin(thin("a"))).isTrue();
        assertThat(ProfileLookup.thin(thin("a").toBuilder().followerCounts(new FollowerCounts(1, 1, T)).build()))
                .isFalse();
    }

    private static SocialIdentity thin(String name) {
        return SocialIdentity.builder(PlatformAccountId.of(Platform.BLUESKY, name)).handle(name).observedAt(T).build();
    }

    private static class FakeConnector implements Connector {
        private final ConnectorManifest manifest;

        FakeConnector(EnumSet<Capability> caps) {
            this.manifest = new ConnectorManifest(ConnectorId.of("fake"), Platform.BLUESKY, caps, AuthScheme.NONE,
                    List.of(), null, "fake@1");
        }

        @Override
        public ConnectorManifest manifest() {
            return manifest;
        }

        @Override
        public Page fetch(ListeningQuery query, Checkpoint from) {
            throw new UnsupportedOperationException("not used");
        }
    }
}
