package dev.scrm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.Platform;
import dev.scrm.core.SentimentLabel;
import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WorldConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    private static final SyntheticWorld WORLD = SyntheticWorld.generate(WorldConfig.ofDefaults().withPersons(600));
    private final HtmlReportWriter writer = new HtmlReportWriter();

    @Test
    void render_isSelfContainedWithoutAnyScript() {
        String html = writer.render(ReportFixtures.fromTruth(WORLD));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy", "default-src 'none'");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "javascript:", "<link rel=\"stylesheet\"",
                "@import", "url(http", "src=\"http");
        assertThat(html).contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;");
    }

    @Test
    void render_drawsEverySectionAndChart() {
        DemoReport report = ReportFixtures.fromTruth(WORLD);
        String html = writer.render(report);
        assertThat(html).contains("id=\"share-of-voice\"", "id=\"spikes\"", "id=\"awareness\"", "id=\"sales\"",
                "id=\"customers\"", "id=\"posts\"", "Why these two identities were linked", "<polyline");
        int expectedSvgs = 1 + report.charts().size() + report.bars().size()
                + report.topCustomers().stream().mapToInt(c -> c.links().size()).sum();
        assertThat(svgs(html)).hasSize(expectedSvgs);
    }

    @Test
    void render_everySvgIsWellFormedXmlEvenWithHostileNames() throws Exception {
        LocalDate d = LocalDate.of(2026, 11, 2);
        String hostile = "<b>Evil & \"Co\"</b> '\u0001";
        DemoReport report = new DemoReport(hostile, Instant.parse("2026-11-30T00:00:00Z"), List.of(hostile),
                new ShareOfVoice(hostile, List.of(new ShareOfVoice.Row(hostile,
                        List.of(new ShareOfVoice.BrandShare(hostile, 3, 75, true),
                                new ShareOfVoice.BrandShare("Other", 1, 25, false))))),
                List.of(new TimeSeries(hostile, hostile, hostile,
                        List.of(new Series(hostile, List.of(new Point(d, -3), new Point(d.plusDays(1), 5)))),
                        List.of(d))),
                List.of(new BarChart(hostile, hostile, hostile, List.of(new BarChart.Bar(hostile, 2)))),
                List.of(new KpiValue(hostile, hostile, hostile, hostile)), List.of(),
                List.of(new SpikeFinding(d, hostile, 9, 2, 4.5, hostile)),
                List.of(new CustomerSummary(hostile, hostile, 4, 50,
                        List.of(new CustomerSummary.Identity(Platform.X, hostile, hostile,
                                java.net.URI.create("javascript:alert(1)"), 5, hostile)),
                        List.of(new LinkExplanation(hostile, hostile, -3,
                                List.of(new LinkExplanation.Contribution(hostile, 7)), 0.9)))),
                List.of(new PostSample("p1", Platform.X, hostile, Instant.parse("2026-11-03T10:00:00Z"), hostile,
                        SentimentLabel.NEGATIVE, -0.5, List.of(hostile))));
        String html = writer.render(report);
        assertThat(html).doesNotContain("<b>Evil").doesNotContain("\u0001").doesNotContain("href=\"javascript:");
        var factory = DocumentBuilderFactory.newInstance();
        for (String svg : svgs(html)) {
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void write_createsTheFolderAndReplacesAnEarlierReport(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("out/nested");
        Path first = writer.write(ReportFixtures.fromTruth(WORLD), folder);
        assertThat(first).isEqualTo(folder.resolve("report.html"));
        Path second = writer.write(ReportFixtures.fromTruth(WORLD), folder);
        assertThat(Files.readString(second)).isEqualTo(writer.render(ReportFixtures.fromTruth(WORLD)));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(second);
        }
    }

    @Test
    void model_rejectsBadValues() {
        assertThatThrownBy(() -> new ShareOfVoice.BrandShare("a", 1, 101, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percent");
        assertThatThrownBy(() -> new Series("s", List.of(new Point(LocalDate.of(2026, 1, 2), 1),
                new Point(LocalDate.of(2026, 1, 1), 2)))).hasMessageContaining("increasing");
        assertThatThrownBy(() -> new PostSample("bad id", Platform.X, "a", Instant.EPOCH, "t",
                SentimentLabel.NEUTRAL, 0, List.of())).hasMessageContaining("post id");
    }

    private static List<String> svgs(String html) {
        Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
