package dev.scrm.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.testkit.simulator.PlatformSimulators;
import dev.scrm.testkit.simulator.SimulatorSettings;
import dev.scrm.testkit.world.PersonId;
import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WorldBrand;
import dev.scrm.testkit.world.WorldConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the demo end to end on small worlds and checks its figures against the world's ground truth. */
class DemoRunnerTest {

    private static final int PERSONS = 600;
    private static final long SEED = 7L;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void demo_recoversTheTruthOfTheWorld_andWritesACompleteEscapedReport(@TempDir Path out) throws Exception {
        List<String> progress = new ArrayList<>();
        DemoResult r = DemoRunner.builder().persons(PERSONS).seed(SEED).out(out).clock(CLOCK)
                .progress(progress::add).build().run();
        SyntheticWorld world = SyntheticWorld.generate(WorldConfig.ofDefaults().withPersons(PERSONS).withSeed(SEED));
        progress.forEach(System.out::println);

        assertThat(r.persons()).isEqualTo(PERSONS);
        assertThat(r.interactionsPulled()).isPositive();
        for (WorldBrand b : world.brands()) {
            assertThat(r.shareOfVoice().get(b.id())).as("share of voice of %s", b.id())
                    .isCloseTo(world.truth().shareOfVoice(b.id()), within(1.0));
        }

        long pairs = 0;
        long right = 0;
        for (List<PlatformAccountId> cluster : r.linkedClusters()) {
            for (int i = 0; i < cluster.size(); i++) {
                for (int j = i + 1; j < cluster.size(); j++) {
                    pairs++;
                    if (world.truth().samePerson(cluster.get(i), cluster.get(j))) {
                        right++;
                    }
                }
            }
        }
        // recall counts the true pairs whose two accounts were both pulled: the others could not be linked
        Map<PersonId, Long> pulledPerPerson = r.personAccounts().stream().map(a -> world.truth().personOf(a))
                .flatMap(Optional::stream).collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        long reachable = pulledPerPerson.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
        System.out.printf("identity links: %d pairs, precision %.4f, recall %.4f of %d true pairs among the %d"
                + " pulled accounts (%d true pairs in the world)%n", pairs, pairs == 0 ? 1.0 : (double) right / pairs,
                (double) right / reachable, reachable, r.personAccounts().size(), world.truth().samePersonPairs());
        assertThat(pairs).as("cross-platform links").isPositive();
        assertThat((double) right / pairs).as("identity link precision").isGreaterThanOrEqualTo(0.99);

        assertThat(r.report()).isEqualTo(out.resolve(DemoRunner.REPORT_FILE)).exists();
        String html = Files.readString(r.report(), StandardCharsets.UTF_8);
        for (WorldBrand b : world.brands()) {
            assertThat(html).contains(b.name());
        }
        assertThat(html).doesNotContain("<script>alert(");
        assertThat(html).doesNotContain("<script");
        for (String section : List.of("spikes", "awareness", "sales", "customers")) {
            assertThat(section(html, section)).as("section %s", section).contains("<td");
        }
        assertThat(html).contains("Mentions per day", "Net sentiment per day", "<polyline");
        assertThat(section(html, "awareness")).contains("share_of_voice.mentions@1", "sentiment.net@1")
                .doesNotContain(">UNDEFINED<");
        assertThat(section(html, "sales")).contains("web.bounce_rate@1", "content.acceptance_rate.item@1");
        assertThat(section(html, "sales")).containsPattern("[0-9.]+ % \\([0-9]+ of [0-9]+\\)");
        assertThat(section(html, "customers")).contains("linked by rule", "&harr;");
        assertThat(r.spikes()).isPositive();
    }

    @Test
    void secondRun_onTheSameFolder_carriesTheHistoryOver_withoutDuplicates(@TempDir Path out) throws Exception {
        DemoRunner runner = DemoRunner.builder().persons(60).seed(11L).out(out).clock(CLOCK).faultRate(0)
                .progress(System.out::println).build();
        DemoResult first = runner.run();
        DemoResult second = runner.run();

        assertThat(out.resolve(DemoRunner.DATABASE_FOLDER)).isDirectory();
        // H2 writes a trace file only when something went wrong
        assertThat(out.resolve(DemoRunner.DATABASE_FOLDER).resolve("scrm.trace.db")).doesNotExist();
        assertThat(first.run()).isEqualTo(1);
        assertThat(first.earlierInteractions()).isZero();
        assertThat(first.newInteractions()).isEqualTo(first.interactionsPulled());
        assertThat(second.run()).isEqualTo(2);
        assertThat(second.earlierInteractions()).isEqualTo(first.interactionsPulled());
        assertThat(second.newInteractions()).isZero();
        assertThat(second.customers()).isEqualTo(first.customers());
        assertThat(second.shareOfVoice()).isEqualTo(first.shareOfVoice());
        String html = Files.readString(second.report(), StandardCharsets.UTF_8);
        assertThat(html).contains("Run 2 on this database: " + first.interactionsPulled()
                + " interactions from earlier runs, 0 new; " + first.customers() + " customers stored ("
                + first.customers() + " before this run)");
    }

    @Test
    void withoutHistory_nothingIsWrittenBesideTheReport(@TempDir Path out) {
        DemoResult r = DemoRunner.builder().persons(60).seed(3L).out(out).clock(CLOCK).faultRate(0).history(false)
                .build().run();
        assertThat(r.run()).isZero();
        assertThat(out.resolve(DemoRunner.DATABASE_FOLDER)).doesNotExist();
        assertThat(r.report()).exists();
    }

    @Test
    void liveMastodon_readsTheGivenServerByHashtag_insteadOfTheSimulator(@TempDir Path out) {
        // a loopback simulator of another world stands in for the real server: no test reaches the network
        SyntheticWorld other = SyntheticWorld.generate(WorldConfig.ofDefaults().withPersons(80).withSeed(99L));
        WorldBrand own = other.config().ownBrand();
        try (PlatformSimulators server = PlatformSimulators.start(other,
                SimulatorSettings.ofDefaults().withoutRateLimits())) {
            DemoResult r = DemoRunner.builder().persons(60).seed(5L).out(out).clock(CLOCK).faultRate(0)
                    .history(false).liveMastodon(server.baseUrl(Platform.MASTODON), "#" + own.hashtag())
                    .build().run();
            long tagged = other.interactions(Platform.MASTODON).stream()
                    .filter(i -> i.text() != null && i.text().toLowerCase().contains("#" + own.hashtag())).count();
            assertThat(tagged).isPositive();
            assertThat(server.stats(Platform.MASTODON).requests()).isPositive();
            assertThat(r.interactionsPulled()).isPositive();
            assertThat(r.report()).exists();
        }
    }

    /** The HTML of the section with this id, or an empty string. */
    private static String section(String html, String id) {
        Matcher m = Pattern.compile("<section id=\"" + id + "\">(.*?)</section>", Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1) : "";
    }
}
