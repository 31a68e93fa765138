package dev.scrm.testkit.connector;

import dev.scrm.connector.FigureMetric;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plausible's Stats API v2 dialect: {@code POST /api/v2/query} with a bearer key and a JSON query
 * ({@code site_id}, positional {@code metrics}, {@code date_range} as two dates, {@code dimensions:["time:day"]},
 * {@code pagination{limit, offset}}); rows only for days with visitors, {@code meta.total_rows}, 401 with
 * {@code {"error"}} for a bad key and 429 beyond the budget. Thread-safe.
 */
public final class PlausibleSimulator extends AnalyticsSimulator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A Plausible serving one site to one key.
     *
     * @param site the domain
     * @param key the valid API key
     * @param figures the site's figures
     */
    public PlausibleSimulator(String site, String key, SimFigures figures) {
        super(site, key, "key", figures);
    }

    @Override
    public Set<FigureMetric> exactMetrics() {
        return EnumSet.of(FigureMetric.VISITS, FigureMetric.VISITORS, FigureMetric.PAGEVIEWS);
    }

    @Override
    public boolean isListing(SimRequest request) {
        return request.path().endsWith("/api/v2/query");
    }

    @Override
    public boolean authorized(SimRequest request, Instant now) {
        String authorization = request.header().apply("Authorization");
        return authorization != null && authorization.startsWith("Bearer ")
                && accepts(authorization.substring("Bearer ".length()));
    }

    @Override
    public SimResponse authFailure() {
        return SimResponse.json(401, "{\"error\":\"Invalid API key or site ID.\"}");
    }

    @Override
    public String rateLimitedBody() {
        return "{\"error\":\"Too many API requests\"}";
    }

    private static String metric(String name, Map<FigureMetric, Long> v) {
        long visits = v.get(FigureMetric.VISITS);
        return switch (name) {
            case "visits" -> Long.toString(visits);
            case "visitors" -> Long.toString(v.get(FigureMetric.VISITORS));
            case "pageviews" -> Long.toString(v.get(FigureMetric.PAGEVIEWS));
            case "bounce_rate" -> Long.toString(visits == 0 ? 0 : Math.round(100.0 * v.get(FigureMetric.BOUNCES) / visits));
            case "visit_duration" -> Long.toString(visits == 0 ? 0 : Math.round(
                    (double) v.get(FigureMetric.VISIT_SECONDS) / visits));
            default -> null;
        };
    }

    @Override
    public SimResponse serve(SimRequest request, SimWorld world, Instant now) {
        if (!isListing(request) || !"POST".equals(request.method())) {
            return SimResponse.json(404, "{\"error\":\"Not found\"}");
        }
        JsonNode q;
        try {
            q = JSON.readTree(request.body());
        } catch (JacksonException e) {
            return SimResponse.json(400, "{\"error\":\"Invalid JSON\"}");
        }
        if (!site().equals(q.path("site_id").asString(""))) {
            return SimResponse.json(400, "{\"error\":\"Invalid API key or site ID.\"}");
        }
        List<String> names = new ArrayList<>();
        q.path("metrics").forEach(m -> names.add(m.asString("")));
        for (String n : names) {
            if (metric(n, Map.of(FigureMetric.VISITS, 1L, FigureMetric.VISITORS, 1L, FigureMetric.PAGEVIEWS, 1L,
                    FigureMetric.BOUNCES, 1L, FigureMetric.VISIT_SECONDS, 1L)) == null) {
                return SimResponse.json(400, "{\"error\":\"Unknown metric\"}");
            }
        }
        LocalDate from = LocalDate.parse(q.path("date_range").path(0).asString(""));
        LocalDate to = LocalDate.parse(q.path("date_range").path(1).asString(""));
        int limit = q.path("pagination").path("limit").asInt(10_000);
        int offset = q.path("pagination").path("offset").asInt(0);
        List<String> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Map<FigureMetric, Long> v = figures().at(d, now);
            if (v.get(FigureMetric.VISITS) == 0) {
                continue;
            }
            List<String> values = new ArrayList<>();
            names.forEach(n -> values.add(metric(n, v)));
            rows.add("{\"metrics\":[" + String.join(",", values) + "],\"dimensions\":[\"" + d + "\"]}");
        }
        List<String> page = rows.subList(Math.min(offset, rows.size()), Math.min(rows.size(), offset + limit));
        return SimResponse.json(200, "{\"results\":[" + String.join(",", page) + "],\"meta\":{\"total_rows\":"
                + rows.size() + "},\"query\":{\"site_id\":\"" + site() + "\",\"date_range\":[\"" + from
                + "T00:00:00+00:00\",\"" + to + "T23:59:59+00:00\"]}}");
    }
}
