package dev.scrm.examples.report;

import dev.scrm.examples.report.internal.Html;
import dev.scrm.examples.report.internal.Svg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a {@link DemoReport} as one self-contained HTML page.
 *
 * <p>The page has inline CSS and inline SVG charts only: no {@code <script>}, no external style sheet, font or
 * image, and a {@code Content-Security-Policy} that forbids fetching or running anything, so it opens the
 * same offline, from a {@code file://} URL or as an e-mail attachment. Every piece of text from the model is
 * HTML-escaped, so a post that contains markup shows that markup as text. Stateless and thread-safe.
 *
 * <pre>{@code
 * Path html = new HtmlReportWriter().write(report, Path.of("scrm-demo"));
 * }</pre>
 */
public final class HtmlReportWriter {

    /** The name of the file {@link #write(DemoReport, Path)} writes. */
    public static final String FILE_NAME = "report.html";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /** A writer. */
    public HtmlReportWriter() {
        // stateless
    }

    /**
     * Writes {@value #FILE_NAME} into a folder, creating the folder when needed and replacing an earlier
     * report atomically where the file system allows.
     *
     * @param report the report
     * @param folder the folder
     * @return the written file
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path write(DemoReport report, Path folder) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(folder, "folder");
        String html = render(report);
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(FILE_NAME);
            Path tmp = folder.resolve("." + FILE_NAME + ".tmp");
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException atomicNotSupported) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report into the folder", e);
        }
    }

    /**
     * Renders the report as HTML text.
     *
     * @param report the report
     * @return the complete HTML document
     * @throws NullPointerException if the report is null
     */
    public String render(DemoReport report) {
        Objects.requireNonNull(report, "report");
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(esc(report.title())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header><h1>").append(esc(report.title())).append("</h1><p class=\"muted\">Generated ")
                .append(STAMP.format(report.generatedAt())).append(" by scrm. Self-contained: no scripts, fonts or images are loaded.</p></header>\n<main>\n");
        if (!report.summary().isEmpty()) {
            sb.append("<section id=\"summary\"><h2>Summary</h2><ul>");
            report.summary().forEach(s -> sb.append("<li>").append(esc(s)).append("</li>"));
            sb.append("</ul></section>\n");
        }
        sb.append("<section id=\"share-of-voice\"><h2>Share of voice</h2>").append(Svg.shareOfVoice(report.shareOfVoice()))
                .append("<p class=\"def\">").append(esc(report.shareOfVoice().definition())).append("</p>")
                .append(sovTable(report.shareOfVoice())).append("</section>\n");
        int n = 0;
        for (TimeSeries chart : report.charts()) {
            sb.append("<section class=\"chart\" id=\"chart-").append(n++).append("\"><h2>").append(esc(chart.title()))
                    .append("</h2>").append(Svg.lineChart(chart)).append("<p class=\"def\">")
                    .append(esc(chart.definition())).append("</p></section>\n");
        }
        for (BarChart chart : report.bars()) {
            sb.append("<section class=\"chart\" id=\"chart-").append(n++).append("\"><h2>").append(esc(chart.title()))
                    .append("</h2>").append(Svg.barChart(chart)).append("<p class=\"def\">")
                    .append(esc(chart.definition())).append("</p></section>\n");
        }
        if (!report.spikes().isEmpty()) {
            sb.append("<section id=\"spikes\"><h2>Spikes found</h2><table><thead><tr><th>Day</th><th>Brand</th>")
                    .append("<th class=\"num\">Mentions</th><th class=\"num\">Expected</th><th class=\"num\">Score</th>")
                    .append("<th>Note</th></tr></thead><tbody>");
            for (SpikeFinding s : report.spikes()) {
                sb.append("<tr><td>").append(s.day()).append("</td><td>").append(esc(s.brand()))
                        .append("</td><td class=\"num\">").append(s.mentions()).append("</td><td class=\"num\">")
                        .append(String.format(Locale.ROOT, "%.1f", s.baseline())).append("</td><td class=\"num\">")
                        .append(String.format(Locale.ROOT, "%.1f", s.score())).append("</td><td>").append(esc(s.note()))
                        .append("</td></tr>");
            }
            sb.append("</tbody></table></section>\n");
        }
        kpis(sb, "awareness", "Awareness KPIs", report.awareness());
        kpis(sb, "sales", "Sales KPIs", report.sales());
        if (!report.topCustomers().isEmpty()) {
            sb.append("<section id=\"customers\"><h2>Top customers</h2>");
            for (CustomerSummary c : report.topCustomers()) {
                customer(sb, c);
            }
            sb.append("</section>\n");
        }
        if (!report.posts().isEmpty()) {
            sb.append("<section id=\"posts\"><h2>Posts</h2><table><thead><tr><th>When</th><th>Where</th><th>Who</th>")
                    .append("<th>Text</th><th>Sentiment</th><th>Brands</th></tr></thead><tbody>");
            for (PostSample p : report.posts()) {
                sb.append("<tr data-post-id=\"").append(esc(p.id())).append("\"><td>").append(STAMP.format(p.at()))
                        .append("</td><td>").append(esc(p.platform().id())).append("</td><td>").append(esc(p.author()))
                        .append("</td><td class=\"text\">").append(esc(p.text())).append("</td><td class=\"")
                        .append(p.sentiment().name().toLowerCase(Locale.ROOT)).append("\">")
                        .append(p.sentiment().name().toLowerCase(Locale.ROOT))
                        .append(String.format(Locale.ROOT, " (%+.2f)", p.compound())).append("</td><td>")
                        .append(esc(String.join(", ", p.brands()))).append("</td></tr>");
            }
            sb.append("</tbody></table></section>\n");
        }
        sb.append("</main>\n<footer class=\"muted\">Social CRM report by scrm. Figures are computed from the data pulled; ")
                .append("definitions are shown beside each figure.</footer>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String sovTable(ShareOfVoice sov) {
        StringBuilder sb = new StringBuilder("<table class=\"compact\"><thead><tr><th></th>");
        List<ShareOfVoice.BrandShare> head = sov.rows().get(0).shares();
        head.forEach(s -> sb.append("<th class=\"num\">").append(esc(s.brand())).append("</th>"));
        sb.append("</tr></thead><tbody>");
        for (ShareOfVoice.Row r : sov.rows()) {
            sb.append("<tr><th>").append(esc(r.label())).append("</th>");
            for (ShareOfVoice.BrandShare h : head) {
                ShareOfVoice.BrandShare s = r.shares().stream().filter(x -> x.brand().equals(h.brand())).findFirst()
                        .orElse(null);
                sb.append("<td class=\"num\">").append(s == null ? "&ndash;"
                        : String.format(Locale.ROOT, "%.1f %% <span class=\"muted\">(%d)</span>", s.percent(), s.mentions()))
                        .append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    private static void kpis(StringBuilder sb, String id, String title, List<KpiValue> kpis) {
        if (kpis.isEmpty()) {
            return;
        }
        sb.append("<section id=\"").append(id).append("\"><h2>").append(title)
                .append("</h2><table><thead><tr><th>KPI</th><th class=\"num\">Value</th><th>Definition</th></tr></thead><tbody>");
        for (KpiValue k : kpis) {
            sb.append("<tr><td>").append(esc(k.name())).append("<br><code>").append(esc(k.id()))
                    .append("</code></td><td class=\"num\">").append(esc(k.value())).append("</td><td>")
                    .append(esc(k.definition())).append("</td></tr>");
        }
        sb.append("</tbody></table></section>\n");
    }

    private static void customer(StringBuilder sb, CustomerSummary c) {
        sb.append("<article class=\"customer\"><h3>").append(esc(c.name())).append(" <span class=\"muted\">")
                .append(esc(c.customerId())).append("</span></h3><p>").append(c.interactions())
                .append(" interactions, net sentiment ").append(String.format(Locale.ROOT, "%+.0f", c.netSentiment()))
                .append("</p><table class=\"compact\"><thead><tr><th>Platform</th><th>Handle</th><th>Name</th>")
                .append("<th class=\"num\">Followers</th><th>Linked by</th></tr></thead><tbody>");
        for (CustomerSummary.Identity i : c.identities()) {
            sb.append("<tr><td>").append(esc(i.platform().id())).append("</td><td>");
            if (i.profileUrl() != null && ("https".equals(i.profileUrl().getScheme())
                    || "http".equals(i.profileUrl().getScheme()))) {
                sb.append("<a rel=\"noopener noreferrer nofollow\" href=\"").append(esc(i.profileUrl().toString()))
                        .append("\">").append(esc(i.handle())).append("</a>");
            } else {
                sb.append(esc(i.handle()));
            }
            sb.append("</td><td>").append(esc(i.displayName())).append("</td><td class=\"num\">")
                    .append(i.followers() < 0 ? "&ndash;" : String.format(Locale.ROOT, "%,d", i.followers()))
                    .append("</td><td>").append(esc(i.linkMethod())).append("</td></tr>");
        }
        sb.append("</tbody></table>");
        for (LinkExplanation l : c.links()) {
            sb.append("<figure class=\"waterfall\">").append(Svg.waterfall(l)).append("<figcaption>")
                    .append(esc(l.left())).append(" &harr; ").append(esc(l.right()))
                    .append(String.format(Locale.ROOT, ": match weight %.1f, probability %.4f", l.total(), l.probability()));
            if (l.rule() != null) {
                sb.append("; linked by rule <code>").append(esc(l.rule())).append("</code>");
            }
            sb.append("</figcaption></figure>");
        }
        sb.append("</article>");
    }

    private static String esc(String s) {
        return Html.escape(s);
    }

    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}",
            "header{background:#0b3d5c;color:#fff;padding:18px 28px}header .muted{color:#cfe3ef}",
            "h1{margin:0 0 4px;font-size:1.6rem}h2{font-size:1.2rem;margin:0 0 10px}h3{margin:12px 0 4px;font-size:1.05rem}",
            "main{max-width:1000px;margin:0 auto;padding:12px 20px 40px}",
            "section{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:14px 18px;margin:16px 0;overflow-x:auto}",
            "table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eee;vertical-align:top}",
            "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}table.compact{width:auto;margin-top:8px}",
            "td.text{white-space:pre-wrap;word-break:break-word;max-width:420px}",
            ".muted{color:#6b6b6b;font-weight:normal}.def{color:#444;font-size:.85rem;margin:6px 0 0}",
            "td.positive{color:#00734f}td.negative{color:#b03a00}td.neutral{color:#555}",
            "svg{max-width:100%;height:auto;font-size:11px}svg .grid{stroke:#e6e6e6}svg .zero{stroke:#999}",
            "svg .axisline{stroke:#999}svg .marker{stroke:#d55e00;stroke-dasharray:4 3}",
            "svg .axis{fill:#555}svg .label{fill:#222;font-size:12px}svg .value{fill:#222}svg .legend{fill:#222;font-size:12px}",
            "svg .inbar{fill:#fff;font-weight:600}svg .muted{fill:#888}",
            "article.customer{border-top:1px solid #eee;padding-top:6px}figure.waterfall{margin:8px 0}",
            "figcaption{font-size:.85rem;color:#444}code{font-size:.8rem;color:#555}",
            "footer{text-align:center;font-size:.8rem;padding:20px}");
}
