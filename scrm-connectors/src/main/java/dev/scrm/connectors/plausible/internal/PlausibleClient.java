package dev.scrm.connectors.plausible.internal;

import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.FigureMetric;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.http.Auth;
import dev.scrm.connectors.http.HttpSettings;
import dev.scrm.connectors.http.internal.DailyFigureClient;
import dev.scrm.connectors.http.internal.DailyFigures;
import dev.scrm.connectors.http.internal.ErrorClassifier;
import dev.scrm.connectors.http.internal.FigureSpan;
import dev.scrm.connectors.http.internal.Json;
import dev.scrm.connectors.http.internal.JsonResponse;
import dev.scrm.connectors.http.internal.RequestBudget;
import dev.scrm.connectors.http.internal.Urls;
import dev.scrm.connectors.http.internal.Verdict;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Plausible Stats API v2 queries by {@code time:day}, paged by limit and offset. Thread-safe. */
public final class PlausibleClient extends DailyFigureClient {

    private static final MediaType JSON = MediaType.get("application/json");
    /** Most result pages read for one stretch, a guard against a server that never ends a listing. */
    private static final int MAX_PAGES = 1000;

    private final int limit;

    public PlausibleClient(ConnectorId id, URI base, Secret key, HttpSettings settings, ZoneId zone, int trailingDays,
            int daysPerRequest, int limit, long budget, Duration budgetWindow) {
        super("plausible", id, Urls.at(base, "api/v2/query").build(), settings, settings.client().newBuilder()
                .addInterceptor(new RequestBudget(budget, budgetWindow, settings.clock(), settings.sleeper())).build(),
                Auth.bearer(key), PlausibleClient::classify, zone, trailingDays, daysPerRequest);
        this.limit = limit;
    }

    static Verdict classify(int status, JsonNode body, okhttp3.Headers headers) {
        if (status == 401 || status == 403) {
            return Verdict.of(Verdict.Kind.AUTH_FAILED, "Plausible refused the API key");
        }
        if (status == 400 || status == 422) {
            return Verdict.of(Verdict.Kind.INVALID, "Plausible refused the query");
        }
        Verdict v = ErrorClassifier.byStatus(status);
        if (v.kind() == Verdict.Kind.OK) {
            JsonNode results = Json.child(body, "results");
            if (results == null || !results.isArray()) {
                return Verdict.of(Verdict.Kind.TRANSIENT, "expected a results array");
            }
        }
        return v;
    }

    private static String name(FigureMetric m) {
        return switch (m) {
            case VISITS -> "visits";
            case VISITORS -> "visitors";
            case PAGEVIEWS -> "pageviews";
            case BOUNCES -> "bounce_rate";
            case VISIT_SECONDS -> "visit_duration";
            default -> null;
        };
    }

    @Override
    protected void read(FigureQuery query, FigureSpan span, DailyFigures out) {
        List<FigureMetric> asked = new ArrayList<>();
        for (FigureMetric m : query.metrics()) {
            if (name(m) != null && out.wanted(m)) {
                asked.add(m);
            }
        }
        boolean derived = asked.contains(FigureMetric.BOUNCES) || asked.contains(FigureMetric.VISIT_SECONDS);
        if (derived && !asked.contains(FigureMetric.VISITS)) {
            asked.add(FigureMetric.VISITS);
        }
        if (!asked.isEmpty()) {
            read(query.target().value(), span, asked, out);
            for (FigureMetric m : asked) {
                out.zeroFill(m);
            }
        }
    }

    private void read(String site, FigureSpan span, List<FigureMetric> asked, DailyFigures out) {
        int offset = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("site_id", site);
            ArrayNode metrics = body.putArray("metrics");
            asked.forEach(m -> metrics.add(name(m)));
            body.putArray("date_range").add(span.start().toString()).add(span.end().toString());
            body.putArray("dimensions").add("time:day");
            body.putArray("order_by").addArray().add("time:day").add("asc");
            body.putObject("include").put("total_rows", true);
            body.putObject("pagination").put("limit", limit).put("offset", offset);
            RequestBody payload = RequestBody.create(Json.write(body), JSON);
            JsonResponse response = transport.execute("query", () -> new Request.Builder().url(endpoint).post(payload));
            if (response.notFound()) {
                throw new ConnectorException(id, "query", response.status(), false, "no such site or API", null);
            }
            JsonNode rows = Json.child(response.body(), "results");
            for (JsonNode row : rows) {
                take(row, asked, out);
            }
            offset += rows.size();
            long total = Json.count(Json.child(response.body(), "meta"), "total_rows");
            if (rows.isEmpty() || (total >= 0 ? offset >= total : rows.size() < limit)) {
                return;
            }
        }
        throw new ConnectorException(id, "query", 0, false, "more than " + MAX_PAGES + " result pages", null);
    }

    private static void take(JsonNode row, List<FigureMetric> asked, DailyFigures out) {
        JsonNode dims = Json.child(row, "dimensions");
        JsonNode values = Json.child(row, "metrics");
        if (dims == null || !dims.isArray() || dims.isEmpty() || values == null || !values.isArray()
                || values.size() != asked.size()) {
            return;
        }
        String text = dims.get(0).isString() ? dims.get(0).stringValue() : "";
        LocalDate day;
        try {
            day = LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return;
        }
        double visits = -1;
        for (int i = 0; i < asked.size(); i++) {
            if (asked.get(i) == FigureMetric.VISITS && values.get(i).isNumber()) {
                visits = values.get(i).asDouble();
            }
        }
        for (int i = 0; i < asked.size(); i++) {
            JsonNode v = values.get(i);
            if (!v.isNumber()) {
                continue;
            }
            double value = v.asDouble();
            FigureMetric m = asked.get(i);
            if (m == FigureMetric.BOUNCES || m == FigureMetric.VISIT_SECONDS) {
                if (visits < 0) {
                    continue;
                }
                value = m == FigureMetric.BOUNCES ? Math.round(visits * value / 100.0) : Math.round(visits * value);
            }
            out.put(m, day, value);
        }
    }
}
