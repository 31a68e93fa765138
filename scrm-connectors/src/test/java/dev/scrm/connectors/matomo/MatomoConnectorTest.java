package dev.scrm.connectors.matomo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.scrm.connector.AuthenticationException;
import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorException;
import dev.scrm.connector.FigureBatch;
import dev.scrm.connector.FigureMetric;
import dev.scrm.connector.FigurePoint;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.FigureSeries;
import dev.scrm.connector.FigureSource;
import dev.scrm.connector.Secret;
import dev.scrm.connectors.Fixtures;
import dev.scrm.connectors.http.HttpSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatomoConnectorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");
    private static final String TOKEN = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final FigureQuery ALL = FigureQuery.webTraffic("3", LocalDate.of(2026, 11, 20),
            LocalDate.of(2026, 11, 22), EnumSet.of(FigureMetric.VISITS, FigureMetric.VISITORS, FigureMetric.PAGEVIEWS,
                    FigureMetric.BOUNCES, FigureMetric.VISIT_SECONDS, FigureMetric.RETURNING_VISITS,
                    FigureMetric.RETURNING_VISITORS));
    private WireMockServer server;
    private MatomoConnector connector;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        connector = MatomoConnector.builder().baseUrl(URI.create("http://127.0.0.1:" + server.port() + "/matomo"))
                .token(Secret.of(TOKEN))
                .settings(HttpSettings.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).sleeper(d -> { }).build())
                .build();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void stub(String method, String fixture) {
        server.stubFor(post(urlPathEqualTo("/matomo/index.php")).withRequestBody(containing("method=" + method))
                .willReturn(aResponse().withStatus(200).withBody(Fixtures.read("matomo/" + fixture))));
    }

    private static Map<FigureMetric, FigureSeries> byMetric(FigureBatch batch) {
        return batch.series().stream().collect(Collectors.toMap(FigureSeries::metric, s -> s));
    }

    @Test
    void figures_mapsSummaryAndFrequencyPerDay_emptyDayIsZero_todayPartial() {
        stub("VisitsSummary.get", "VisitsSummary.get_range.json");
        stub("VisitFrequency.get", "VisitFrequency.get_range.json");
        FigureBatch batch = connector.figures(ALL, Checkpoint.empty());
        Map<FigureMetric, FigureSeries> s = byMetric(batch);
        assertThat(s).hasSize(7);
        assertThat(s.get(FigureMetric.VISITS).points()).containsExactly(
                new FigurePoint(LocalDate.of(2026, 11, 20), 57, false),
                new FigurePoint(LocalDate.of(2026, 11, 21), 0, false),
                new FigurePoint(LocalDate.of(2026, 11, 22), 14, true));
        assertThat(s.get(FigureMetric.PAGEVIEWS).points().get(0).value()).isEqualTo(163);
        assertThat(s.get(FigureMetric.BOUNCES).points().get(2).value()).isEqualTo(9);
        assertThat(s.get(FigureMetric.VISIT_SECONDS).points().get(0).value()).isEqualTo(6912);
        assertThat(s.get(FigureMetric.VISITORS).points().get(0).value()).isEqualTo(41);
        assertThat(s.get(FigureMetric.RETURNING_VISITS).points()).extracting(FigurePoint::value)
                .containsExactly(22.0, 0.0, 4.0);
        assertThat(s.get(FigureMetric.RETURNING_VISITORS).points().get(0).value()).isEqualTo(11);
        assertThat(s.get(FigureMetric.VISITS).source()).isEqualTo("matomo");
        assertThat(batch.last()).isTrue();
        assertThat(batch.next().value(FigureSource.CLOSED_THROUGH)).contains("2026-11-21");
    }

    @Test
    void figures_postsTheTokenInTheBodyNeverInTheUrl() {
        stub("VisitsSummary.get", "VisitsSummary.get_range.json");
        connector.figures(FigureQuery.webTraffic("3", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22),
                EnumSet.of(FigureMetric.VISITS)), Checkpoint.empty());
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo("/matomo/index.php")));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getUrl()).doesNotContain(TOKEN);
        assertThat(requests.get(0).getBodyAsString()).contains("token_auth=" + TOKEN).contains("idSite=3")
                .contains("period=day").contains("date=2026-11-20%2C2026-11-22").contains("format=JSON");
    }

    @Test
    void errorInsideHttp200_isNeverRetried() {
        stub("VisitsSummary.get", "error_parameter.json");
        assertThatThrownBy(() -> connector.figures(ALL, Checkpoint.empty()))
                .isInstanceOf(ConnectorException.class)
                .satisfies(e -> assertThat(((ConnectorException) e).retryable()).isFalse())
                .hasMessageNotContaining(TOKEN);
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/matomo/index.php")))).hasSize(1);
    }

    @Test
    void accessError_isAnAuthenticationFailureWithoutTheToken() {
        stub("VisitsSummary.get", "error_token.json");
        assertThatThrownBy(() -> connector.figures(ALL, Checkpoint.empty()))
                .isInstanceOf(AuthenticationException.class).hasMessageNotContaining(TOKEN);
    }

    @Test
    void resume_rereadsTheTrailingClosedDays() {
        stub("VisitsSummary.get", "VisitsSummary.get_range.json");
        FigureQuery q = FigureQuery.webTraffic("3", LocalDate.of(2026, 10, 1), null, EnumSet.of(FigureMetric.VISITS));
        FigureBatch batch = connector.figures(q, Checkpoint.empty().with(FigureSource.CLOSED_THROUGH, "2026-11-21"));
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/matomo/index.php"))).get(0).getBodyAsString())
                .contains("date=2026-11-20%2C2026-11-22");
        assertThat(batch.series().get(0).points()).hasSize(3);
        assertThat(batch.next().value(FigureSource.CLOSED_THROUGH)).contains("2026-11-21");
    }

    @Test
    void longRange_isReadInStretchesOfPageSizeDays() {
        server.stubFor(post(urlPathEqualTo("/index.php")).willReturn(aResponse().withStatus(200)
                .withBody("{}")));
        MatomoConnector small = MatomoConnector.builder().baseUrl(URI.create("http://127.0.0.1:" + server.port()))
                .token(Secret.of(TOKEN)).pageSize(30)
                .settings(HttpSettings.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).sleeper(d -> { }).build())
                .build();
        FigureQuery q = FigureQuery.webTraffic("3", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31),
                EnumSet.of(FigureMetric.VISITS));
        FigureBatch first = small.figures(q, Checkpoint.empty());
        assertThat(first.last()).isFalse();
        assertThat(first.next().value(FigureSource.CLOSED_THROUGH)).contains("2026-09-30");
        FigureBatch second = small.figures(q, first.next());
        FigureBatch third = small.figures(q, second.next());
        assertThat(third.last()).isTrue();
        assertThat(third.next().value(FigureSource.CLOSED_THROUGH)).contains("2026-10-31");
    }

    @Test
    void manifest_declaresFiguresAndNoDeletions() {
        assertThat(connector.manifest().supports(dev.scrm.connector.Capability.REPEAT_VISITS)).isTrue();
        assertThat(connector.manifest().supports(dev.scrm.connector.Capability.DELETION_CHECK)).isFalse();
        assertThatThrownBy(() -> connector.fetch(dev.scrm.connector.ListeningQuery.hashtag("x"), Checkpoint.empty()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(connector.toString()).doesNotContain(TOKEN);
    }

    @Test
    void provider_refusesAZoneOptionThatIsNotATimeZone_namingTheOption() {
        dev.scrm.connectors.ConnectorConfig bad = dev.scrm.connectors.ConnectorConfig
                .builder(dev.scrm.connector.ConnectorId.of("matomo-main"))
                .baseUrl(URI.create("http://127.0.0.1:1/")).secret("token", Secret.of("t0k3n"))
                .option("zone", "Mars/Olympus").build();
        dev.scrm.connectors.ConnectorConfig good = dev.scrm.connectors.ConnectorConfig
                .builder(dev.scrm.connector.ConnectorId.of("matomo-main"))
                .baseUrl(URI.create("http://127.0.0.1:1/")).secret("token", Secret.of("t0k3n"))
                .option("zone", "Europe/Paris").build();

        assertThatThrownBy(() -> new MatomoConnectorProvider().create(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("option 'zone'").hasMessageContaining("Mars/Olympus")
                .hasMessageNotContaining("t0k3n");
        assertThat(new MatomoConnectorProvider().create(good)).isInstanceOf(MatomoConnector.class);
    }
}
