package dev.scrm.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WorldConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a generated report in a real headless Chromium from a {@code file://} URL: no console errors, the
 * post containing {@code <script>} shows as text, and a screenshot is saved under
 * {@code target/browser-report/}. Skipped, with a message, when no Chromium binary is installed.
 */
class ReportInBrowserTest {

    private static final Path OUT = Path.of("target", "browser-report");

    @Test
    void report_opensInChromiumWithoutConsoleErrorsAndShowsMarkupAsText(@TempDir Path profile) throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), "no Chromium binary found on PATH or in $SCRM_CHROMIUM; install Debian's"
                + " chromium package (.ci/chromium.sh) to run the browser test");
        SyntheticWorld world = SyntheticWorld.generate(WorldConfig.ofDefaults().withPersons(600));
        Path report = new HtmlReportWriter().write(ReportFixtures.fromTruth(world), OUT).toAbsolutePath();

        try (HeadlessChromium browser = HeadlessChromium.launch(chromium.get(), profile.resolve("profile"))) {
            HeadlessChromium.Page page = browser.open(report.toUri().toString(), 1200, 900);
            assertThat(page.errors()).as("console errors and exceptions").isEmpty();

            assertThat(browser.evaluate(page, "document.scripts.length").asInt()).isZero();
            assertThat(browser.evaluate(page, "document.querySelectorAll('svg').length").asInt()).isGreaterThan(3);
            String probe = browser.evaluate(page,
                    "document.querySelector('tr[data-post-id=\"probe\"] td.text').textContent").asString();
            assertThat(probe).contains("<script>alert('hi')</script>");
            assertThat(browser.evaluate(page, "document.body.innerText.includes(\"<script>alert('hi')</script>\")")
                    .asBoolean()).isTrue();

            byte[] png = browser.screenshot(page);
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            Files.write(OUT.resolve("report.png"), png);
            assertThat(Files.size(OUT.resolve("report.png"))).isGreaterThan(10_000);
        }
    }

    @Test
    void consoleErrorCheck_catchesAnErrorOnAPageThatHasOne(@TempDir Path profile) throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), "no Chromium binary found; see the other test in this class");
        String page = "<!DOCTYPE html><title>t</title><p>x</p><script>console.error('boom'); undefinedCall();</script>";
        String url = "data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20");
        try (HeadlessChromium browser = HeadlessChromium.launch(chromium.get(), profile.resolve("profile"))) {
            HeadlessChromium.Page loaded = browser.open(url, 800, 600);
            assertThat(loaded.errors()).anySatisfy(e -> assertThat(e).contains("boom"))
                    .anySatisfy(e -> assertThat(e).contains("undefinedCall"));
        }
    }
}
