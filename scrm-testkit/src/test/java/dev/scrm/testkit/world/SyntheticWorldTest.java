package dev.scrm.testkit.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticWorldTest {

    private static final SyntheticWorld WORLD = SyntheticWorld.generate(WorldConfig.ofDefaults());

    @Test
    void generate_sameConfig_sameWorld() {
        SyntheticWorld again = SyntheticWorld.generate(WorldConfig.ofDefaults());
        assertThat(again.identities()).isEqualTo(WORLD.identities());
        assertThat(again.interactions()).isEqualTo(WORLD.interactions());
        assertThat(again.webVisits()).isEqualTo(WORLD.webVisits());
        assertThat(again.truth().mentionCounts()).isEqualTo(WORLD.truth().mentionCounts());
    }

    @Test
    void generate_otherSeed_otherWorld() {
        SyntheticWorld other = SyntheticWorld.generate(WorldConfig.ofDefaults().withSeed(7).withPersons(200));
        assertThat(other.persons()).hasSize(200);
        assertThat(other.interactions()).isNotEqualTo(WORLD.interactions());
    }

    @Test
    void persons_haveAccountsOnSeveralPlatforms() {
        assertThat(WORLD.persons()).hasSize(3_000);
        Map<PersonId, Long> perPerson = WORLD.truth().owners().values().stream()
                .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        assertThat(perPerson).hasSize(3_000);
        long several = perPerson.values().stream().filter(n -> n >= 2).count();
        assertThat(several).isGreaterThan(2_400);
        for (Platform p : List.of(Platform.MASTODON, Platform.BLUESKY, Platform.REDDIT, Platform.X)) {
            assertThat(WORLD.identities(p)).hasSizeGreaterThan(800);
        }
        assertThat(WORLD.truth().samePersonPairs()).isGreaterThan(3_000);
    }

    @Test
    void handles_areUniquePerPlatformAndFollowPlatformRules() {
        Map<Platform, Set<String>> seen = new HashMap<>();
        for (SocialIdentity id : WORLD.identities()) {
            String h = id.handle();
            assertThat(seen.computeIfAbsent(id.id().platform(), k -> new HashSet<>())
                    .add(h.toLowerCase(Locale.ROOT))).as("unique handle").isTrue();
            switch (id.id().platform().id()) {
                case "x" -> assertThat(h).matches("[A-Za-z0-9_]{3,15}");
                case "reddit" -> assertThat(h).matches("[A-Za-z0-9_-]{3,20}");
                case "mastodon" -> assertThat(h).matches("[a-z0-9_]+@[a-z0-9.-]+");
                case "bluesky" -> assertThat(h).matches("[a-z0-9.-]+\\.[a-z]+");
                default -> throw new AssertionError("unexpected platform");
            }
        }
    }

    @Test
    void handles_varyAcrossOnePersonsAccounts() {
        long personsWithDifferentHandles = WORLD.persons().stream()
                .map(p -> WORLD.truth().accountsOf(p.id()))
                .filter(accounts -> accounts.size() >= 2)
                .filter(accounts -> accounts.stream()
                        .map(a -> core(WORLD.identity(a).orElseThrow().handle())).distinct().count() > 1)
                .count();
        assertThat(personsWithDifferentHandles).isGreaterThan(1_000);
    }

    private static String core(String handle) {
        return handle.replaceAll("[@.].*$", "").replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    @Test
    void interactions_areTimeOrderedInsideTheWorldWithKnownAuthors() {
        Instant previous = Instant.MIN;
        for (Interaction i : WORLD.interactions()) {
            assertThat(i.occurredAt()).isAfterOrEqualTo(previous).isAfterOrEqualTo(WORLD.start())
                    .isBefore(WORLD.end());
            previous = i.occurredAt();
            assertThat(WORLD.identity(i.author())).isPresent();
            assertThat(i.text()).isNotBlank();
            if (i.id().platform().equals(Platform.X)) {
                assertThat(i.text().length()).isLessThanOrEqualTo(280);
            }
        }
        assertThat(WORLD.interactions()).hasSizeGreaterThan(8_000);
    }

    @Test
    void replies_pointToEarlierItemsOnTheSamePlatform() {
        int replies = 0;
        for (Interaction i : WORLD.interactions()) {
            if (i.inReplyTo() != null) {
                replies++;
                Interaction parent = WORLD.interaction(i.inReplyTo()).orElseThrow();
                assertThat(parent.occurredAt()).isBefore(i.occurredAt());
                assertThat(parent.id().platform()).isEqualTo(i.id().platform());
            }
        }
        assertThat(replies).isGreaterThan(1_000);
    }

    @Test
    void truth_shareOfVoiceSumsTo100AndFollowsTheBrandWeights() {
        double sum = 0;
        for (WorldBrand b : WORLD.brands()) {
            sum += WORLD.truth().shareOfVoice(b.id());
        }
        assertThat(sum).isCloseTo(100.0, within(1e-9));
        assertThat(WORLD.truth().shareOfVoice("lumetra")).isGreaterThan(WORLD.truth().shareOfVoice("sonaro"));
        assertThat(WORLD.truth().shareOfVoice("halcyon")).isLessThan(WORLD.truth().shareOfVoice("vantix"));
    }

    @Test
    void truth_brandsNamedAreInTheText() {
        for (Interaction i : WORLD.interactions()) {
            if (i.direction() == Direction.OUTBOUND) {
                continue;
            }
            String text = i.text().toLowerCase(Locale.ROOT);
            for (String brandId : WORLD.truth().brandsOf(i.id())) {
                WorldBrand b = WORLD.brands().stream().filter(x -> x.id().equals(brandId)).findFirst().orElseThrow();
                boolean named = text.contains(b.name().toLowerCase(Locale.ROOT)) || text.contains("#" + b.hashtag())
                        || text.contains(b.handle()) || text.contains("#" + b.name().replace(" ", "").toLowerCase(Locale.ROOT))
                        || b.products().stream().anyMatch(p -> text.contains(p.toLowerCase(Locale.ROOT)));
                assertThat(named).as("brand named in %s", i.id()).isTrue();
            }
        }
    }

    @Test
    void truth_decoysNameNoBrand() {
        assertThat(WORLD.truth().decoys()).isNotEmpty();
        for (InteractionId id : WORLD.truth().decoys()) {
            assertThat(WORLD.truth().brandsOf(id)).isEmpty();
            assertThat(WORLD.interaction(id).orElseThrow().text().toLowerCase(Locale.ROOT)).contains("halcyon")
                    .doesNotContain("halcyon audio");
        }
    }

    @Test
    void truth_hasTheConfiguredInboundQuestionsAddressedToTheBrand() {
        List<InteractionId> questions = WORLD.truth().inboundQuestions();
        assertThat(questions).hasSize(WorldConfig.DEFAULT_INBOUND_QUESTIONS);
        for (InteractionId id : questions) {
            Interaction q = WORLD.interaction(id).orElseThrow();
            assertThat(q.text()).contains("?").containsAnyOf("@lumetra", "u/lumetra");
            assertThat(WORLD.truth().categoryOf(id)).contains(PostCategory.QUESTION);
        }
    }

    @Test
    void world_containsOneScriptProbeThatMustBeEscaped() {
        assertThat(WORLD.interactions()).filteredOn(i -> i.text().contains("<script>")).hasSize(1);
    }

    @Test
    void spikes_areVisibleInTheOwnBrandsDailyMentions() {
        Map<LocalDate, Long> perDay = new HashMap<>();
        for (Interaction i : WORLD.interactions()) {
            if (WORLD.truth().brandsOf(i.id()).contains("lumetra")) {
                perDay.merge(LocalDate.ofInstant(i.occurredAt(), ZoneOffset.UTC), 1L, Long::sum);
            }
        }
        List<Long> sorted = new ArrayList<>(perDay.values());
        sorted.sort(null);
        long median = sorted.get(sorted.size() / 2);
        for (PlannedSpike s : WORLD.truth().spikes()) {
            assertThat(perDay.get(s.day())).as("mentions on %s", s.day()).isGreaterThan(median * 3 / 2);
        }
    }

    @Test
    void campaign_hashtagAppearsOnlyWhileItRuns() {
        Campaign c = WORLD.campaign();
        List<Interaction> tagged = WORLD.interactions().stream()
                .filter(i -> i.text().contains("#" + c.hashtag())).toList();
        assertThat(tagged).hasSizeGreaterThan(50).allSatisfy(i -> assertThat(c.runsAt(i.occurredAt())).isTrue());
    }

    @Test
    void followerCounts_changeOverTime() {
        PlatformAccountId account = WORLD.brandAccounts().get(0).identity().id();
        long first = WORLD.followersAt(account, WORLD.start()).orElseThrow().followers();
        long last = WORLD.followersAt(account, WORLD.end()).orElseThrow().followers();
        assertThat(last).isGreaterThan(first);
        assertThat(WORLD.followerHistory()).hasSize(WORLD.brands().size() * 4 * WORLD.config().days());
        assertThat(WORLD.followersAt(WORLD.identities().get(0).id(), WORLD.end())).isEmpty();
    }

    @Test
    void webVisits_includeReturningVisitorsConsistentWithTheirHistory() {
        Set<String> seen = new HashSet<>();
        long returning = 0;
        for (WebVisit v : WORLD.webVisits()) {
            assertThat(v.returning()).isEqualTo(!seen.add(v.visitorId()));
            if (v.returning()) {
                returning++;
            }
        }
        assertThat(returning).isBetween(WORLD.webVisits().size() / 5L, WORLD.webVisits().size() * 3 / 5L);
        assertThat(WORLD.webVisits().get(0).toInteraction().attributes()).containsKeys("visitor_id", "returning");
    }

    @Test
    void searchVolume_risesDuringTheCampaign() {
        double inside = WORLD.searchVolume().stream()
                .filter(s -> s.brandId().equals("lumetra") && WORLD.campaign().runsAt(
                        s.day().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .mapToLong(SearchVolume::searches).average().orElseThrow();
        double outside = WORLD.searchVolume().stream()
                .filter(s -> s.brandId().equals("lumetra") && !WORLD.campaign().runsAt(
                        s.day().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .mapToLong(SearchVolume::searches).average().orElseThrow();
        assertThat(inside).isGreaterThan(outside * 1.3);
    }

    @Test
    void generate_smallAndLongWorldsOfManySeeds_keepTheirInvariants() {
        for (long seed = 1; seed <= 6; seed++) {
            WorldConfig c = WorldConfig.ofDefaults().withSeed(seed).withPersons(10 + (int) seed * 7)
                    .withSpan(Instant.parse("2027-01-01T00:00:00Z"), seed % 2 == 0 ? 14 : 120)
                    .withInboundQuestions((int) seed);
            SyntheticWorld w = SyntheticWorld.generate(c);
            assertThat(w.truth().inboundQuestions()).hasSize((int) seed);
            assertThat(w.truth().owners()).hasSize(w.identities().size());
            assertThat(w.interactions()).allSatisfy(i -> assertThat(i.occurredAt()).isBefore(w.end()));
            assertThat(w.followerHistory()).hasSize(w.brands().size() * 4 * c.days());
            double sum = w.brands().stream().mapToDouble(b -> w.truth().shareOfVoice(b.id())).sum();
            assertThat(sum).isCloseTo(100.0, within(1e-9));
        }
    }

    @Test
    void config_rejectsBadValuesNamingTheField() {
        WorldConfig d = WorldConfig.ofDefaults();
        assertThatThrownBy(() -> d.withPersons(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("persons");
        assertThatThrownBy(() -> d.withSpan(Instant.parse("2026-01-01T10:00:00Z"), 20))
                .hasMessageContaining("midnight");
        assertThatThrownBy(() -> d.withBrands(List.of(WorldBrand.defaults().get(1), WorldBrand.defaults().get(2))))
                .hasMessageContaining("client brand");
        assertThatThrownBy(() -> d.withBrands(List.of(WorldBrand.defaults().get(0), WorldBrand.defaults().get(1), WorldBrand.defaults().get(1))))
                .hasMessageContaining("distinct");
    }
}
