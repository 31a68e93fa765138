package dev.scrm.examples.report.internal;

import dev.scrm.examples.report.BarChart;
import dev.scrm.examples.report.LinkExplanation;
import dev.scrm.examples.report.Point;
import dev.scrm.examples.report.Series;
import dev.scrm.examples.report.ShareOfVoice;
import dev.scrm.examples.report.TimeSeries;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws the report's charts as inline SVG; every text is escaped. Stateless and thread-safe. */
public final class Svg {

    /** The series colours, chosen to stay distinguishable for the common colour-vision deficiencies. */
    public static final List<String> PALETTE = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9",
            "#d55e00", "#f0e442", "#000000");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

    private Svg() {
    }

    /**
     * A line chart with one line per series, y-axis ticks, day labels, markers and a legend.
     *
     * @param chart the chart
     * @return the SVG element
     */
    public static String lineChart(TimeSeries chart) {
        int w = 760;
        int h = 280;
        int left = 56;
        int right = 16;
        int top = 16;
        int bottom = 56;
        LocalDate first = null;
        LocalDate last = null;
        double min = 0;
        double max = 0;
        for (Series s : chart.series()) {
            for (Point p : s.points()) {
                first = first == null || p.day().isBefore(first) ? p.day() : first;
                last = last == null || p.day().isAfter(last) ? p.day() : last;
                min = Math.min(min, p.value());
                max = Math.max(max, p.value());
            }
        }
        StringBuilder sb = open(w, h, chart.title());
        if (first == null) {
            sb.append(text(w / 2.0, h / 2.0, "middle", "no data", "muted"));
            return sb.append("</svg>").toString();
        }
        double[] ticks = niceTicks(min, max == min ? min + 1 : max, 5);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double plotW = w - left - right;
        double plotH = h - top - bottom;
        for (double t : ticks) {
            double y = top + plotH - (t - lo) / (hi - lo) * plotH;
            sb.append(line(left, y, w - right, y, "grid"));
            sb.append(text(left - 6, y + 4, "end", fmt(t), "axis"));
        }
        if (lo < 0 && hi > 0) {
            double y0 = top + plotH - (0 - lo) / (hi - lo) * plotH;
            sb.append(line(left, y0, w - right, y0, "zero"));
        }
        int step = (int) Math.max(1, Math.ceil(span / 8.0));
        for (long d = 0; d <= span; d += step) {
            double x = left + d * plotW / span;
            sb.append(line(x, top + plotH, x, top + plotH + 4, "axisline"));
            sb.append(text(x, top + plotH + 16, "middle", DAY.format(first.plusDays(d)), "axis"));
        }
        for (LocalDate m : chart.markers()) {
            if (!m.isBefore(first) && !m.isAfter(last)) {
                double x = left + ChronoUnit.DAYS.between(first, m) * plotW / span;
                sb.append(line(x, top, x, top + plotH, "marker"));
            }
        }
        int k = 0;
        for (Series s : chart.series()) {
            String colour = PALETTE.get(k % PALETTE.size());
            StringBuilder pts = new StringBuilder();
            for (Point p : s.points()) {
                double x = left + ChronoUnit.DAYS.between(first, p.day()) * plotW / span;
                double y = top + plotH - (p.value() - lo) / (hi - lo) * plotH;
                pts.append(num(x)).append(',').append(num(y)).append(' ');
            }
            sb.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                    .append(pts.toString().trim()).append("\"><title>").append(Html.escape(s.name()))
                    .append("</title></polyline>");
            k++;
        }
        legend(sb, chart.series().stream().map(Series::name).toList(), left, h - 18);
        sb.append(text(12, top + plotH / 2, "middle", chart.unit(), "axis", "rotate(-90 12 " + num(top + plotH / 2) + ")"));
        return sb.append("</svg>").toString();
    }

    /**
     * A horizontal bar chart.
     *
     * @param chart the chart
     * @return the SVG element
     */
    public static String barChart(BarChart chart) {
        int w = 760;
        int rowH = 26;
        int left = 170;
        int right = 90;
        int h = 16 + chart.bars().size() * rowH + 8;
        double max = chart.bars().stream().mapToDouble(BarChart.Bar::value).max().orElse(1);
        max = max <= 0 ? 1 : max;
        StringBuilder sb = open(w, h, chart.title());
        int y = 16;
        for (BarChart.Bar b : chart.bars()) {
            double bw = b.value() / max * (w - left - right);
            sb.append(text(left - 8, y + 13, "end", b.label(), "label"));
            sb.append("<rect x=\"").append(left).append("\" y=\"").append(y).append("\" width=\"").append(num(bw))
                    .append("\" height=\"18\" fill=\"").append(PALETTE.get(0)).append("\"><title>")
                    .append(Html.escape(b.label())).append(": ").append(fmt(b.value())).append(' ')
                    .append(Html.escape(chart.unit())).append("</title></rect>");
            sb.append(text(left + bw + 6, y + 13, "start", fmt(b.value()) + " " + chart.unit(), "value"));
            y += rowH;
        }
        return sb.append("</svg>").toString();
    }

    /**
     * Share of voice as stacked 100 % bars, one per row, with a legend.
     *
     * @param sov the share of voice
     * @return the SVG element
     */
    public static String shareOfVoice(ShareOfVoice sov) {
        int w = 760;
        int rowH = 34;
        int left = 120;
        int right = 16;
        int h = 12 + sov.rows().size() * rowH + 30;
        StringBuilder sb = open(w, h, "Share of voice");
        List<String> brands = new ArrayList<>();
        for (ShareOfVoice.Row r : sov.rows()) {
            for (ShareOfVoice.BrandShare s : r.shares()) {
                if (!brands.contains(s.brand())) {
                    brands.add(s.brand());
                }
            }
        }
        double plotW = w - left - right;
        int y = 12;
        for (ShareOfVoice.Row r : sov.rows()) {
            sb.append(text(left - 8, y + 16, "end", r.label(), "label"));
            double x = left;
            for (ShareOfVoice.BrandShare s : r.shares()) {
                double sw = s.percent() / 100.0 * plotW;
                String colour = PALETTE.get(brands.indexOf(s.brand()) % PALETTE.size());
                sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(y).append("\" width=\"")
                        .append(num(sw)).append("\" height=\"24\" fill=\"").append(colour).append('"')
                        .append(s.own() ? " stroke=\"#111\" stroke-width=\"2\"" : "").append("><title>")
                        .append(Html.escape(s.brand())).append(": ").append(String.format(Locale.ROOT, "%.1f", s.percent()))
                        .append(" % (").append(s.mentions()).append(" mentions)</title></rect>");
                if (sw > 44) {
                    sb.append(text(x + sw / 2, y + 16, "middle", String.format(Locale.ROOT, "%.1f %%", s.percent()),
                            "inbar"));
                }
                x += sw;
            }
            y += rowH;
        }
        legend(sb, brands, left, h - 12);
        return sb.append("</svg>").toString();
    }

    /**
     * A waterfall of a link explanation: the prior, then each field's weight floating from the running
     * total, then the final weight.
     *
     * @param link the explanation
     * @return the SVG element
     */
    public static String waterfall(LinkExplanation link) {
        int n = link.contributions().size() + 2;
        int colW = Math.max(52, Math.min(96, 700 / n));
        int left = 44;
        int w = left + n * colW + 16;
        int h = 230;
        int top = 14;
        int bottom = 74;
        double running = link.prior();
        double min = Math.min(0, running);
        double max = Math.max(0, running);
        for (LinkExplanation.Contribution c : link.contributions()) {
            running += c.weight();
            min = Math.min(min, running);
            max = Math.max(max, running);
        }
        double[] ticks = niceTicks(min, max == min ? min + 1 : max, 4);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        double plotH = h - top - bottom;
        StringBuilder sb = open(w, h, "Why these two identities were linked");
        for (double t : ticks) {
            double y = top + plotH - (t - lo) / (hi - lo) * plotH;
            sb.append(line(left, y, w - 16, y, t == 0 ? "zero" : "grid"));
            sb.append(text(left - 4, y + 4, "end", fmt(t), "axis"));
        }
        List<String> labels = new ArrayList<>();
        List<double[]> spans = new ArrayList<>();
        labels.add("prior");
        spans.add(new double[] {0, link.prior()});
        double acc = link.prior();
        for (LinkExplanation.Contribution c : link.contributions()) {
            labels.add(c.feature());
            spans.add(new double[] {acc, acc + c.weight()});
            acc += c.weight();
        }
        labels.add("total");
        spans.add(new double[] {0, acc});
        for (int i = 0; i < spans.size(); i++) {
            double a = spans.get(i)[0];
            double b = spans.get(i)[1];
            double y1 = top + plotH - (Math.max(a, b) - lo) / (hi - lo) * plotH;
            double y2 = top + plotH - (Math.min(a, b) - lo) / (hi - lo) * plotH;
            boolean ends = i == 0 || i == spans.size() - 1;
            String colour = ends ? "#555" : b >= a ? "#009e73" : "#d55e00";
            double x = left + i * colW + 6;
            sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y1)).append("\" width=\"")
                    .append(colW - 12).append("\" height=\"").append(num(Math.max(1, y2 - y1))).append("\" fill=\"")
                    .append(colour).append("\"><title>").append(Html.escape(labels.get(i))).append(": ")
                    .append(String.format(Locale.ROOT, "%+.2f", ends ? b : b - a)).append("</title></rect>");
            sb.append(text(x + (colW - 12) / 2.0, y1 - 3, "middle",
                    String.format(Locale.ROOT, ends ? "%.1f" : "%+.1f", ends ? b : b - a), "value"));
            double lx = x + (colW - 12) / 2.0;
            double ly = top + plotH + 12;
            sb.append(text(lx, ly, "end", shorten(labels.get(i), 18), "axis",
                    "rotate(-35 " + num(lx) + " " + num(ly) + ")"));
        }
        return sb.append("</svg>").toString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private static void legend(StringBuilder sb, List<String> names, double x0, double y) {
        double x = x0;
        for (int i = 0; i < names.size(); i++) {
            sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y - 9)).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(PALETTE.get(i % PALETTE.size())).append("\"/>");
            sb.append(text(x + 14, y, "start", names.get(i), "legend"));
            x += 24 + Math.min(30, names.get(i).length()) * 7;
        }
    }

    private static StringBuilder open(int w, int h, String title) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\"><title>")
                .append(Html.escape(title)).append("</title>");
        return sb;
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\""
                + num(y2) + "\"/>";
    }

    private static String text(double x, double y, String anchor, String content, String cls) {
        return text(x, y, anchor, content, cls, null);
    }

    private static String text(double x, double y, String anchor, String content, String cls, String transform) {
        return "<text class=\"" + cls + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\""
                + (transform == null ? "" : " transform=\"" + transform + "\"") + ">" + Html.escape(content) + "</text>";
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String fmt(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%.2f", v);
    }

    /**
     * Round tick values covering [min, max].
     *
     * @param min the smallest value
     * @param max the largest value, above min
     * @param target about how many intervals
     * @return the ticks, ascending, first at or below min and last at or above max
     */
    static double[] niceTicks(double min, double max, int target) {
        double range = max - min;
        double rough = range / target;
        double mag = Math.pow(10, Math.floor(Math.log10(rough)));
        double norm = rough / mag;
        double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
        double start = Math.floor(min / step) * step;
        double end = Math.ceil(max / step) * step;
        int count = (int) Math.round((end - start) / step) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = start + i * step;
        }
        return ticks;
    }
}
