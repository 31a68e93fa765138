package dev.scrm.connectors.plausible;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.scrm.connector.AuthenticationException;
import dev.scrm.connector.Capability;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.FigureBatch;
import dev.scrm.connector.FigureMetric;
import dev.scrm.connector.FigurePoint;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.FigureSeries;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.Fixtures;
import dev.scrm.connectors.TestClock;
import dev.scrm.connectors.http.HttpSettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlausibleConnectorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");
    private static final String KEY = "plausible-key-9f8e7d6c5b4a39281706";
    private static final FigureQuery QUERY = FigureQuery.webTraffic("shop.example.org", LocalDate.of(2026, 11, 18),
            null, EnumSet.of(FigureMetric.VISITORS, FigureMetric.VISITS, FigureMetric.PAGEVIEWS,
                    FigureMetric.RETURNING_VISITS));
    private WireMockServer server;
    private final List<Duration> sleeps = new ArrayList<>();
    private final TestClock clock = new TestClock(NOW);

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private PlausibleConnector connector(int pageSize) {
        return PlausibleConnector.builder().baseUrl(URI.create("http://127.0.0.1:" + server.port()))
                .apiKey(Secret.of(KEY)).pageSize(pageSize)
                .settings(HttpSettings.builder().clock(clock).sleeper(d -> {
                    sleeps.add(d);
                    clock.advance(d);
                }).build())
                .build();
    }

    @Test
    void query_pagesByOffset_bindsMetricsByPosition_fillsEmptyDays_returningUnavailable() {
        server.stubFor(post(urlPathEqualTo("/api/v2/query")).withRequestBody(containing("\"offset\":0"))
                .willReturn(aResponse().withStatus(200).withBody(Fixtures.read("plausible/query_time_day_p1.json"))));
        server.stubFor(post(urlPathEqualTo("/api/v2/query")).withRequestBody(containing("\"offset\":2"))
                .willReturn(aResponse().withStatus(200).withBody(Fixtures.read("plausible/query_time_day_p2.json"))));
        FigureBatch batch = connector(2).figures(QUERY, Checkpoint.empty());
        Map<FigureMetric, FigureSeries> s = batch.series().stream()
                .collect(Collectors.toMap(FigureSeries::metric, x -> x));
        assertThat(s.get(FigureMetric.VISITORS).points()).extracting(FigurePoint::value)
                .containsExactly(31.0, 27.0, 0.0, 44.0, 9.0);
        assertThat(s.get(FigureMetric.VISITS).points()).extracting(FigurePoint::value)
                .containsExactly(38.0, 30.0, 0.0, 51.0, 9.0);
        assertThat(s.get(FigureMetric.PAGEVIEWS).points().get(3).value()).isEqualTo(140);
        assertThat(s.get(FigureMetric.VISITS).points().get(4).partial()).isTrue();
        assertThat(s.get(FigureMetric.RETURNING_VISITS).available()).isFalse();
        assertThat(s.get(FigureMetric.RETURNING_VISITS).unavailability()).isPresent();
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/api/v2/query")))).hasSize(2);
        server.verify(postRequestedFor(urlPathEqualTo("/api/v2/query"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(containing("\"dimensions\":[\"time:day\"]"))
                .withRequestBody(containing("\"date_range\":[\"2026-11-18\",\"2026-11-22\"]")));
        assertThat(batch.last()).isTrue();
    }

    @Test
    void repeatVisits_isNotDeclared() {
        PlausibleConnector c = connector(100);
        assertThat(c.manifest().supports(Capability.REPEAT_VISITS)).isFalse();
        assertThat(c.manifest().limits().get(0).requests()).isEqualTo(600);
    }

    @Test
    void invalidKey_failsAtOnceWithoutTheKey() {
        server.stubFor(post(urlPathEqualTo("/api/v2/query")).willReturn(aResponse().withStatus(401)
                .withBody(Fixtures.read("plausible/error_invalid_key.json"))));
        assertThatThrownBy(() -> connector(100).figures(QUERY, Checkpoint.empty()))
                .isInstanceOf(AuthenticationException.class).hasMessageNotContaining(KEY);
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/api/v2/query")))).hasSize(1);
    }

    @Test
    void tooManyRequests_isWaitedOutThenRetried() {
        server.stubFor(post(urlPathEqualTo("/api/v2/query")).inScenario("429").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                        .withBody("{\"error\":\"Too many API requests\"}")).willSetStateTo("ok"));
        server.stubFor(post(urlPathEqualTo("/api/v2/query")).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody("{\"results\":[],\"meta\":{\"total_rows\":0}}")));
        FigureBatch batch = connector(100).figures(QUERY, Checkpoint.empty());
        assertThat(batch.series().get(0).points()).allMatch(p -> p.value() == 0);
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/api/v2/query")))).hasSize(2);
        assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void budget_neverSendsMoreThanTheAllowancePerWindow() {
        server.stubFor(post(urlPathEqualTo("/api/v2/query")).willReturn(aResponse().withStatus(200)
                .withBody("{\"results\":[],\"meta\":{\"total_rows\":0}}")));
        PlausibleConnector c = PlausibleConnector.builder().baseUrl(URI.create("http://127.0.0.1:" + server.port()))
                .apiKey(Secret.of(KEY)).daysPerRequest(1).budget(3, Duration.ofMinutes(1))
                .settings(HttpSettings.builder().clock(clock).sleeper(clock.sleeper()).build()).build();
        FigureQuery tenDays = FigureQuery.webTraffic("shop.example.org", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 10), EnumSet.of(FigureMetric.VISITS));
        Checkpoint cp = Checkpoint.empty();
        FigureBatch b;
        do {
            b = c.figures(tenDays, cp);
            cp = b.next();
        } while (!b.last());
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/api/v2/query")))).hasSize(10);
        assertThat(Duration.between(NOW, clock.instant())).isEqualTo(Duration.ofMinutes(3));
    }
}
