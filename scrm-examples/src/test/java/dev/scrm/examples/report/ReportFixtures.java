package dev.scrm.examples.report;

import dev.scrm.core.Direction;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SentimentLabel;
import dev.scrm.core.SocialIdentity;
import dev.scrm.testkit.world.WorldBrand;
import dev.scrm.testkit.world.PersonId;
import dev.scrm.testkit.world.PlannedSpike;
import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WebVisit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a report model from a synthetic world's ground truth: test data for the writer and the browser
 * test, standing in for the figures the demo computes from the real stages.
 */
final class ReportFixtures {

    private static final List<Platform> PLATFORMS = List.of(Platform.MASTODON, Platform.BLUESKY, Platform.REDDIT,
            Platform.X);

    private ReportFixtures() {
    }

    static DemoReport fromTruth(SyntheticWorld world) {
        List<WorldBrand> brands = world.brands();
        WorldBrand own = world.config().ownBrand();
        List<ShareOfVoice.Row> rows = new ArrayList<>();
        rows.add(row("all platforms", world.truth().mentionCounts(), brands));
        for (Platform p : PLATFORMS) {
            rows.add(row(p.id(), world.truth().mentionCounts(p, Instant.MIN, Instant.MAX), brands));
        }
        ShareOfVoice sov = new ShareOfVoice("share_of_voice.mentions@1: a brand's mentions / all brands' mentions"
                + " x 100; a post naming two brands counts for each (ground truth of the synthetic world).", rows);

        Map<String, Map<LocalDate, Long>> perDay = new LinkedHashMap<>();
        Map<LocalDate, long[]> sentiment = new HashMap<>();
        brands.forEach(b -> perDay.put(b.id(), new HashMap<>()));
        for (Interaction i : world.interactions()) {
            if (i.direction() != Direction.INBOUND) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(i.occurredAt(), ZoneOffset.UTC);
            for (String b : world.truth().brandsOf(i.id())) {
                perDay.get(b).merge(day, 1L, Long::sum);
                if (b.equals(own.id())) {
                    long[] pn = sentiment.computeIfAbsent(day, d -> new long[3]);
                    SentimentLabel l = world.truth().intendedSentiment(i.id()).orElseThrow();
                    pn[l == SentimentLabel.POSITIVE ? 0 : l == SentimentLabel.NEGATIVE ? 1 : 2]++;
                }
            }
        }
        List<Series> mentionSeries = new ArrayList<>();
        for (WorldBrand b : brands) {
            List<Point> pts = new ArrayList<>();
            for (LocalDate d : world.days()) {
                pts.add(new Point(d, perDay.get(b.id()).getOrDefault(d, 0L)));
            }
            mentionSeries.add(new Series(b.name(), pts));
        }
        List<Point> net = new ArrayList<>();
        for (LocalDate d : world.days()) {
            long[] pn = sentiment.getOrDefault(d, new long[3]);
            long all = pn[0] + pn[1] + pn[2];
            net.add(new Point(d, all == 0 ? 0 : 100.0 * (pn[0] - pn[1]) / all));
        }
        List<LocalDate> spikeDays = world.truth().spikes().stream().map(PlannedSpike::day).toList();
        List<TimeSeries> charts = List.of(
                new TimeSeries("Mentions per day", "mentions", "Inbound posts and replies naming each brand, per UTC day.",
                        mentionSeries, spikeDays),
                new TimeSeries("Net sentiment of " + own.name(), "%", "(positive - negative) / mentions x 100 per day.",
                        List.of(new Series(own.name(), net)), spikeDays));

        Map<String, Long> searches = new LinkedHashMap<>();
        world.searchVolume().forEach(s -> searches.merge(s.brandId(), s.searches(), Long::sum));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (WorldBrand b : brands) {
            bars.add(new BarChart.Bar(b.name(), searches.getOrDefault(b.id(), 0L)));
        }
        List<BarChart> barCharts = List.of(new BarChart("Search volume", "searches",
                "search.volume@1: absolute searches for the brand name over the period.", bars));

        long visits = world.webVisits().size();
        long returning = world.webVisits().stream().filter(WebVisit::returning).count();
        List<KpiValue> awareness = List.of(
                new KpiValue("share_of_voice.mentions@1", "Share of voice",
                        String.format(Locale.ROOT, "%.1f %%", world.truth().shareOfVoice(own.id())),
                        "Mentions of the brand / mentions of all tracked brands x 100."),
                new KpiValue("web.return_visit_rate@1", "Return visit rate",
                        String.format(Locale.ROOT, "%.1f %%", 100.0 * returning / visits),
                        "Visits by returning visitors / visits x 100."));
        List<KpiValue> sales = List.of(new KpiValue("sales.conversion_rate@1", "Conversion rate", "UNDEFINED",
                "Purchases / visits x 100; no purchases were pulled."));

        List<SpikeFinding> spikes = new ArrayList<>();
        for (PlannedSpike s : world.truth().spikes()) {
            spikes.add(new SpikeFinding(s.day(), own.name(), perDay.get(s.brandId()).getOrDefault(s.day(), 0L),
                    0, 0, s.reason()));
        }

        Map<PersonId, Long> activity = new HashMap<>();
        for (Interaction i : world.interactions()) {
            world.truth().personOf(i.author()).ifPresent(p -> activity.merge(p, 1L, Long::sum));
        }
        List<PersonId> top = activity.entrySet().stream()
                .filter(e -> world.truth().accountsOf(e.getKey()).size() >= 2)
                .sorted(Map.Entry.<PersonId, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).toList();
        List<CustomerSummary> customers = new ArrayList<>();
        for (PersonId p : top) {
            List<CustomerSummary.Identity> ids = new ArrayList<>();
            List<SocialIdentity> accounts = new ArrayList<>();
            for (PlatformAccountId a : world.truth().accountsOf(p)) {
                SocialIdentity s = world.identity(a).orElseThrow();
                accounts.add(s);
                ids.add(new CustomerSummary.Identity(a.platform(), s.handle(), s.displayName(), s.profileUrl(),
                        s.followerCounts() == null ? -1 : s.followerCounts().followers(), "ground truth"));
            }
            List<LinkExplanation> links = new ArrayList<>();
            for (int k = 1; k < accounts.size(); k++) {
                links.add(explain(accounts.get(0), accounts.get(k)));
            }
            String name = world.persons().stream().filter(x -> x.id().equals(p)).findFirst().orElseThrow().fullName();
            customers.add(new CustomerSummary("customer-" + p.value(), name, activity.get(p), 0, ids, links));
        }

        List<PostSample> posts = new ArrayList<>();
        int n = 0;
        for (InteractionId id : world.truth().inboundQuestions()) {
            posts.add(sample("q" + (n++), world, world.interaction(id).orElseThrow()));
        }
        world.interactions().stream().filter(i -> i.text().contains("<script>")).findFirst()
                .ifPresent(i -> posts.add(sample("probe", world, i)));
        posts.sort(Comparator.comparing(PostSample::at));

        return new DemoReport("Social CRM demo: " + own.name() + " & competitors", world.end(),
                List.of(world.identities().size() + " identities of " + world.persons().size() + " persons on 4 platforms",
                        world.interactions().size() + " posts and replies"),
                sov, charts, barCharts, awareness, sales, spikes, customers, posts);
    }

    private static ShareOfVoice.Row row(String label, Map<String, Long> counts, List<WorldBrand> brands) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<ShareOfVoice.BrandShare> shares = new ArrayList<>();
        for (WorldBrand b : brands) {
            long m = counts.getOrDefault(b.id(), 0L);
            shares.add(new ShareOfVoice.BrandShare(b.name(), m, total == 0 ? 0 : 100.0 * m / total, b.own()));
        }
        return new ShareOfVoice.Row(label, shares);
    }

    /** A simple explanation from exact comparisons; the real one comes from identity resolution. */
    private static LinkExplanation explain(SocialIdentity a, SocialIdentity b) {
        List<LinkExplanation.Contribution> c = new ArrayList<>();
        c.add(new LinkExplanation.Contribution("display name", a.displayName() != null
                && a.displayName().equalsIgnoreCase(String.valueOf(b.displayName())) ? 6.5 : -1.5));
        c.add(new LinkExplanation.Contribution("handle", core(a.handle()).equals(core(b.handle())) ? 8.0 : -2.0));
        c.add(new LinkExplanation.Contribution("bio link", !a.bioLinks().isEmpty() && a.bioLinks().equals(b.bioLinks())
                ? 9.0 : 0.0));
        c.add(new LinkExplanation.Contribution("location", a.location() != null
                && a.location().equals(b.location()) ? 2.5 : 0.0));
        double prior = -9.0;
        double total = prior + c.stream().mapToDouble(LinkExplanation.Contribution::weight).sum();
        double p = 1 / (1 + Math.pow(2, -total));
        return new LinkExplanation(a.id().platform() + ": " + a.handle(), b.id().platform() + ": " + b.handle(), prior,
                c, p);
    }

    private static String core(String handle) {
        return handle.replaceAll("[@.].*$", "").replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static PostSample sample(String id, SyntheticWorld world, Interaction i) {
        SentimentLabel label = world.truth().intendedSentiment(i.id()).orElse(SentimentLabel.NEUTRAL);
        double compound = label == SentimentLabel.POSITIVE ? 0.6 : label == SentimentLabel.NEGATIVE ? -0.6 : 0.0;
        return new PostSample(id, i.id().platform(), world.identity(i.author()).orElseThrow().handle(), i.occurredAt(),
                i.text(), label, compound, new ArrayList<>(world.truth().brandsOf(i.id())));
    }
}
