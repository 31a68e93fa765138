package dev.scrm.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void backoff_growsExponentiallyAndIsCapped() {
        RetryPolicy p = RetryPolicy.ofDefaults();
        assertThat(p.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(p.backoff(30)).isEqualTo(RetryPolicy.DEFAULT_MAX_BACKOFF);
    }

    @Test
    void invalidValues_areRejectedByName() {
        assertThatThrownBy(() -> RetryPolicy.ofDefaults().withMaxAttempts(0)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetryPolicy.ofDefaults().withBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 2, 1.5, 0, Duration.ZERO))
                .hasMessageContaining("jitter");
    }
}
