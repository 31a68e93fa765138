package dev.scrm.connectors.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.connector.Checkpoint;
import dev.scrm.connector.FigureMetric;
import dev.scrm.connector.FigureQuery;
import dev.scrm.connector.FigureSource;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FigureSpanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static FigureQuery query(LocalDate from, LocalDate to) {
        return FigureQuery.webTraffic("1", from, to, EnumSet.of(FigureMetric.VISITS));
    }

    private static Checkpoint closed(String day) {
        return Checkpoint.empty().with(FigureSource.CLOSED_THROUGH, day);
    }

    @Test
    void firstRead_startsAtFrom_andClosesBeforeToday() {
        FigureSpan s = FigureSpan.next(query(TODAY.minusDays(5), null), Checkpoint.empty(), TODAY, 2, 90, "t");
        assertThat(s.start()).isEqualTo(TODAY.minusDays(5));
        assertThat(s.end()).isEqualTo(TODAY);
        assertThat(s.closedThrough()).isEqualTo(TODAY.minusDays(1));
        assertThat(s.last()).isTrue();
        assertThat(s.partial(TODAY)).isTrue();
        assertThat(s.partial(TODAY.minusDays(1))).isFalse();
    }

    @Test
    void resume_rereadsTheTrailingDaysAndNeverGoesBeforeFrom() {
        FigureSpan s = FigureSpan.next(query(TODAY.minusDays(30), null), closed("2026-11-20"), TODAY, 2, 90, "t");
        assertThat(s.start()).isEqualTo(LocalDate.of(2026, 11, 19));
        FigureSpan clipped = FigureSpan.next(query(LocalDate.of(2026, 11, 20), null), closed("2026-11-20"), TODAY, 5,
                90, "t");
        assertThat(clipped.start()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void trailingLongerThanAStretch_stillMovesPastTheCheckpoint() {
        FigureSpan s = FigureSpan.next(query(TODAY.minusDays(30), null), closed("2026-11-10"), TODAY, 5, 2, "t");
        assertThat(s.end()).isAfter(LocalDate.of(2026, 11, 10));
        assertThat(s.closedThrough()).isAfter(LocalDate.of(2026, 11, 10));
    }

    @Test
    void rangeAlreadyRead_orInTheFuture_isEmptyAndLast() {
        FigureSpan done = FigureSpan.next(query(TODAY.minusDays(30), TODAY.minusDays(20)), closed("2026-11-24"),
                TODAY, 2, 90, "t");
        assertThat(done.empty()).isTrue();
        assertThat(done.last()).isTrue();
        assertThat(done.next(closed("2026-11-24"))).isEqualTo(closed("2026-11-24"));
        FigureSpan future = FigureSpan.next(query(TODAY.plusDays(3), null), Checkpoint.empty(), TODAY, 2, 90, "t");
        assertThat(future.empty()).isTrue();
    }

    @Test
    void badCheckpoint_isRefusedWithoutItsValue() {
        assertThatThrownBy(() -> FigureSpan.next(query(TODAY.minusDays(3), null), closed("yesterday"), TODAY, 2, 90,
                "matomo figures")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("matomo figures").hasMessageNotContaining("yesterday");
    }
}
