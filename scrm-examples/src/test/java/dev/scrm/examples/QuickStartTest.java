package dev.scrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void quickStart_recordsTheCustomersHistory() {
        assertThat(QuickStart.run(Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC)))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.CUSTOMER_CREATED, AuditAction.IDENTITY_LINKED,
                        AuditAction.INTERACTION_APPENDED);
    }
}
