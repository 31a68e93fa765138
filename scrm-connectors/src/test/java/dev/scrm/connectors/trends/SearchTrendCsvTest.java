package dev.scrm.connectors.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.ConnectorId;
import dev.scrm.connector.FigureBatch;
import dev.scrm.connector.FigureGranularity;
import dev.scrm.connector.FigurePoint;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.FigureSeries;
import dev.scrm.connector.FigureSource;
import dev.scrm.connector.SearchTrendScope;
import dev.scrm.connectors.Fixtures;
import dev.scrm.core.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTrendCsvTest {

    private final SearchTrendCsv csv = SearchTrendCsv.ofDefaults();

    @Test
    void googleExport_readsPreambleHeaderBelowOneAndScope() {
        List<FigureSeries> series = csv.read("multiTimeline.csv", Fixtures.read("trends/multiTimeline_weekly_de.csv"));
        assertThat(series).hasSize(2);
        FigureSeries acme = series.get(0);
        FigureSeries globex = series.get(1);
        assertThat(acme.subject()).isEqualTo("acme widgets");
        assertThat(globex.subject()).isEqualTo("globex, inc");
        assertThat(acme.granularity()).isEqualTo(FigureGranularity.WEEK);
        assertThat(acme.points()).extracting(FigurePoint::value).containsExactly(41.0, 100.0, 57.0, 62.0, 38.0);
        assertThat(globex.points()).extracting(FigurePoint::value).containsExactly(3.0, 0.5, 2.0, 0.5, 1.0);
        SearchTrendScope scope = acme.normalisation().orElseThrow();
        assertThat(scope.provider()).isEqualTo("google-trends");
        assertThat(scope.terms()).containsExactly("acme widgets", "globex, inc");
        assertThat(scope.geo()).isEqualTo("Germany");
        assertThat(scope.range()).isEqualTo("2026-10-25..2026-11-22");
        assertThat(scope.consistentlyScaled()).isFalse();
        assertThat(scope.requestId()).startsWith("multiTimeline.csv#");
        assertThat(scope.isComparableWith(globex.normalisation().orElseThrow())).isTrue();
        assertThat(scope.requestId()).isEqualTo(globex.normalisation().orElseThrow().requestId());
    }

    @Test
    void plainForm_groupsByTermAndGeo_infersGranularity_readsPartial() {
        List<FigureSeries> series = SearchTrendCsv.of("trends-api", true).read("plain.csv",
                Fixtures.read("trends/plain_daily.csv"));
        assertThat(series).hasSize(2);
        assertThat(series.get(0).normalisation().orElseThrow().geo()).isEqualTo("DE");
        assertThat(series.get(1).normalisation().orElseThrow().geo()).isEqualTo("FR");
        assertThat(series.get(0).granularity()).isEqualTo(FigureGranularity.DAY);
        assertThat(series.get(1).points().get(2).partial()).isTrue();
        assertThat(series.get(0).points().get(1).value()).isEqualTo(1350);
        assertThat(series.get(0).source()).isEqualTo("trends-api");
        assertThat(series.get(0).normalisation().orElseThrow().consistentlyScaled()).isTrue();
    }

    @Test
    void plainForm_weeklyAndMonthlyDates() {
        List<FigureSeries> weekly = csv.read("w.csv", "date,term,geo,value\n2026-11-01,a,,5\n2026-11-08,a,,6\n");
        assertThat(weekly.get(0).granularity()).isEqualTo(FigureGranularity.WEEK);
        List<FigureSeries> monthly = csv.read("m.csv", "date,term,geo,value\n2026-09-01,a,,5\n2026-10-01,a,,6\n");
        assertThat(monthly.get(0).granularity()).isEqualTo(FigureGranularity.MONTH);
    }

    @Test
    void badValue_namesFileLineAndColumnButNotTheValue() {
        String text = "Category: All categories\n\nWeek,acme: (Worldwide)\n2026-11-01,12\n2026-11-08,secret-ish\n";
        assertThatThrownBy(() -> csv.read("export.csv", text)).isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.source()).contains("export.csv");
                    assertThat(v.line()).isEqualTo(5);
                    assertThat(v.field()).contains("column 2");
                })
                .hasMessageNotContaining("secret-ish");
        assertThatThrownBy(() -> csv.read("e.csv", "Week,acme: (Worldwide)\n2026-11-01,101\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("e.csv:2");
        assertThatThrownBy(() -> csv.read("e.csv", "Week,acme\n2026-11-01,1\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("column 2");
        assertThatThrownBy(() -> csv.read("e.csv", "date,term,geo,value\n2026-13-01,a,,1\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'date'");
        assertThatThrownBy(() -> csv.read("e.csv", "date,term,geo,value\n2026-11-01,a,,-4\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'value'");
        assertThatThrownBy(() -> csv.read("e.csv", "date,term,geo,value\n2026-11-01,\"a,,1\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unclosed quote");
        assertThatThrownBy(() -> csv.read("e.csv", "when,what\n1,2\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("e.csv:1");
        assertThatThrownBy(() -> csv.read("e.csv", "Week,a: (Worldwide)\n2026-11-08,1\n2026-11-01,1\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ascend");
    }

    @Test
    void source_readsEveryFileOfADirectory_filtersTermAndRange_marksOpenBucketsPartial(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("a.csv"), Fixtures.read("trends/multiTimeline_weekly_de.csv"));
        Files.writeString(dir.resolve("b.csv"), "Week,Acme Widgets: (Worldwide)\n2026-11-15,80\n2026-11-22,90\n");
        Files.writeString(dir.resolve("notes.txt"), "not a csv");
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        SearchTrendSource source = SearchTrendSource.of(ConnectorId.of("trends"), List.of(dir),
                SearchTrendCsv.ofDefaults(), clock);
        FigureBatch batch = source.figures(FigureQuery.searchInterest("ACME widgets", LocalDate.of(2026, 11, 8),
                null), Checkpoint.empty());
        assertThat(batch.series()).hasSize(2);
        assertThat(batch.series().get(0).points()).extracting(FigurePoint::start).containsExactly(
                LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 22));
        assertThat(batch.series().get(0).points().get(2).partial()).isTrue();
        assertThat(batch.series().get(0).normalisation().orElseThrow()
                .isComparableWith(batch.series().get(1).normalisation().orElseThrow())).isFalse();
        assertThat(batch.last()).isTrue();
        assertThat(batch.next().value(FigureSource.CLOSED_THROUGH)).contains("2026-11-15");
    }
}
