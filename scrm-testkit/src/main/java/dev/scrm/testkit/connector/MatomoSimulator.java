package dev.scrm.testkit.connector;

import dev.scrm.connector.FigureMetric;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Matomo's Reporting API dialect: {@code POST /index.php} with a form body ({@code module=API},
 * {@code method=VisitsSummary.get} or {@code VisitFrequency.get}, {@code idSite}, {@code period=day},
 * {@code date=from,to}, {@code format=JSON}, {@code token_auth}); answers are objects keyed by date with
 * {@code []} for a day without visits, numbers sometimes as strings, and every error as
 * {@code {"result":"error"}} inside HTTP 200. Thread-safe.
 */
public final class MatomoSimulator extends AnalyticsSimulator {

    /**
     * A Matomo serving one site to one token.
     *
     * @param site the {@code idSite}
     * @param token the valid {@code token_auth}
     * @param figures the site's figures
     */
    public MatomoSimulator(String site, String token, SimFigures figures) {
        super(site, token, "token", figures);
    }

    @Override
    public Set<FigureMetric> exactMetrics() {
        return EnumSet.of(FigureMetric.VISITS, FigureMetric.VISITORS, FigureMetric.PAGEVIEWS, FigureMetric.BOUNCES,
                FigureMetric.VISIT_SECONDS, FigureMetric.RETURNING_VISITS, FigureMetric.RETURNING_VISITORS);
    }

    static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public boolean isListing(SimRequest request) {
        return request.path().endsWith("/index.php");
    }

    @Override
    public boolean authorized(SimRequest request, Instant now) {
        return accepts(form(request.body()).get("token_auth"));
    }

    @Override
    public SimResponse authFailure() {
        return SimResponse.json(200, "{\"result\":\"error\",\"message\":\"You can't access this resource as it requires"
                + " 'view' access for the website id = " + site() + ".\"}");
    }

    @Override
    public String rateLimitedBody() {
        return "{\"result\":\"error\",\"message\":\"Too many requests\"}";
    }

    @Override
    public SimResponse serve(SimRequest request, SimWorld world, Instant now) {
        if (!isListing(request) || !"POST".equals(request.method())) {
            return SimResponse.json(404, "{\"result\":\"error\",\"message\":\"Not found\"}");
        }
        Map<String, String> f = form(request.body());
        if (!site().equals(f.get("idSite"))) {
            return SimResponse.json(200, "{\"result\":\"error\",\"message\":\"The website was not found\"}");
        }
        String method = f.getOrDefault("method", "");
        boolean frequency = method.equals("VisitFrequency.get");
        if (!frequency && !method.equals("VisitsSummary.get") || !"day".equals(f.get("period"))) {
            return SimResponse.json(200, "{\"result\":\"error\",\"message\":\"The method or period is not supported\"}");
        }
        String[] range = f.getOrDefault("date", "").split(",");
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(range[0]);
            to = LocalDate.parse(range.length > 1 ? range[1] : range[0]);
        } catch (DateTimeParseException e) {
            return SimResponse.json(200, "{\"result\":\"error\",\"message\":\"The date is not valid\"}");
        }
        StringBuilder json = new StringBuilder("{");
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(d).append("\":");
            Map<FigureMetric, Long> v = figures().at(d, now);
            long visits = v.get(FigureMetric.VISITS);
            if (visits == 0) {
                json.append("[]");
            } else if (frequency) {
                long ret = v.get(FigureMetric.RETURNING_VISITS);
                json.append("{\"nb_uniq_visitors_new\":").append(v.get(FigureMetric.VISITORS)
                        - v.get(FigureMetric.RETURNING_VISITORS)).append(",\"nb_visits_new\":").append(visits - ret)
                        .append(",\"nb_uniq_visitors_returning\":").append(v.get(FigureMetric.RETURNING_VISITORS))
                        .append(",\"nb_visits_returning\":\"").append(ret).append("\",\"bounce_rate_returning\":\"0%\"}");
            } else {
                json.append("{\"nb_uniq_visitors\":").append(v.get(FigureMetric.VISITORS)).append(",\"nb_users\":0")
                        .append(",\"nb_visits\":").append(visits).append(",\"nb_actions\":\"")
                        .append(v.get(FigureMetric.PAGEVIEWS)).append("\",\"bounce_count\":")
                        .append(v.get(FigureMetric.BOUNCES)).append(",\"sum_visit_length\":")
                        .append(v.get(FigureMetric.VISIT_SECONDS)).append(",\"bounce_rate\":\"")
                        .append(100 * v.get(FigureMetric.BOUNCES) / visits).append("%\"}");
            }
        }
        return SimResponse.json(200, json.append('}').toString());
    }
}
