package dev.scrm.connectors.matomo.internal;

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
import dev.scrm.connectors.http.internal.Urls;
import dev.scrm.connectors.http.internal.Verdict;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/** Matomo Reporting API calls: VisitsSummary.get and VisitFrequency.get per day range. Thread-safe. */
public final class MatomoClient extends DailyFigureClient {

    private static final Map<String, FigureMetric> SUMMARY = Map.of(
            "nb_visits", FigureMetric.VISITS,
            "nb_uniq_visitors", FigureMetric.VISITORS,
            "nb_actions", FigureMetric.PAGEVIEWS,
            "bounce_count", FigureMetric.BOUNCES,
            "sum_visit_length", FigureMetric.VISIT_SECONDS);
    private static final Map<String, FigureMetric> FREQUENCY = Map.of(
            "nb_visits_returning", FigureMetric.RETURNING_VISITS,
            "nb_uniq_visitors_returning", FigureMetric.RETURNING_VISITORS);

    public MatomoClient(ConnectorId id, URI base, Secret token, HttpSettings settings, ZoneId zone, int trailingDays,
            int daysPerRequest) {
        super("matomo", id, Urls.at(base, "index.php").build(), settings, settings.client(),
                Auth.formParameter("token_auth", token), MatomoClient::classify, zone, trailingDays, daysPerRequest);
    }

    /**
     * Matomo reports errors as {@code {"result":"error","message":...}}, usually with HTTP 200: never retried;
     * an access or token message is an authentication failure. A non-2xx status (an exception that carries an
     * HTTP code, a proxy's 5xx or 429) decides by the status first.
     */
    static Verdict classify(int status, JsonNode body, okhttp3.Headers headers) {
        if (status == 401 || status == 403) {
            return Verdict.of(Verdict.Kind.AUTH_FAILED, "Matomo refused access");
        }
        if (status < 200 || status >= 300) {
            return ErrorClassifier.byStatus(status);
        }
        if (body != null && body.isObject() && "error".equals(Json.text(body, "result"))) {
            String message = Json.text(body, "message");
            String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
            if (m.contains("token") || m.contains("access") || m.contains("authenticat")) {
                return Verdict.of(Verdict.Kind.AUTH_FAILED, "Matomo refused access");
            }
            return Verdict.of(Verdict.Kind.INVALID, "Matomo reported an error for the request");
        }
        if (body == null || !body.isObject()) {
            return Verdict.of(Verdict.Kind.TRANSIENT, "expected a JSON object keyed by date");
        }
        return Verdict.of(Verdict.Kind.OK);
    }

    @Override
    protected void read(FigureQuery query, FigureSpan span, DailyFigures out) {
        if (SUMMARY.values().stream().anyMatch(out::wanted)) {
            read("VisitsSummary.get", query.target().value(), span, SUMMARY, out);
        }
        if (FREQUENCY.values().stream().anyMatch(out::wanted)) {
            read("VisitFrequency.get", query.target().value(), span, FREQUENCY, out);
        }
    }

    private void read(String method, String site, FigureSpan span, Map<String, FigureMetric> fields,
            DailyFigures out) {
        FormBody form = new FormBody.Builder().add("module", "API").add("method", method).add("idSite", site)
                .add("period", "day").add("date", span.start() + "," + span.end()).add("format", "JSON").build();
        JsonResponse response = transport.execute(method, () -> new Request.Builder().url(endpoint).post(form));
        if (response.notFound()) {
            throw new ConnectorException(id, method, response.status(), false, "no Matomo API at the base URL", null);
        }
        JsonNode body = response.body();
        boolean anyUniques = false;
        for (LocalDate d = span.start(); !d.isAfter(span.end()); d = d.plusDays(1)) {
            JsonNode day = body.get(d.toString());
            if (day == null) {
                continue;
            }
            boolean empty = day.isArray() && day.isEmpty();
            for (Map.Entry<String, FigureMetric> f : fields.entrySet()) {
                double v = empty ? 0 : DailyFigures.number(day, f.getKey());
                if (v >= 0) {
                    out.put(f.getValue(), d, v);
                    anyUniques |= f.getValue() == FigureMetric.VISITORS && !empty;
                }
            }
        }
        if (fields == SUMMARY && !anyUniques && out.wanted(FigureMetric.VISITORS) && hasVisits(body, span)) {
            out.unavailable(FigureMetric.VISITORS, "Matomo has no unique-visitor processing for this period");
        }
    }

    private static boolean hasVisits(JsonNode body, FigureSpan span) {
        for (LocalDate d = span.start(); !d.isAfter(span.end()); d = d.plusDays(1)) {
            if (DailyFigures.number(body.get(d.toString()), "nb_visits") > 0) {
                return true;
            }
        }
        return false;
    }
}
