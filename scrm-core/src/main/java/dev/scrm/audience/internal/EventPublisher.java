package dev.scrm.audience.internal;

import dev.scrm.audience.Audience;
import dev.scrm.audience.AudienceEvent;
import dev.scrm.audience.AudienceListener;
import dev.scrm.audience.SegmentId;
import dev.scrm.store.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * Publishes audience events as they happen: hands each to every listener, then records it in the audit log when
 * one is set ({@link Audience#SEGMENT_ENTERED}, {@link Audience#SEGMENT_LEFT}, {@link Audience#STAGE_CHANGED}).
 * A listener that throws is logged (the first failure at WARN, later ones at DEBUG) and does not stop the
 * others. Called under the engine's write lock; not meant for concurrent use.
 */
final class EventPublisher {

    private final List<AudienceListener> listeners;
    private final AuditLog audit;
    private final String auditActor;
    private final Logger log;
    private final AtomicBoolean listenerWarned = new AtomicBoolean();

    /**
     * Creates a publisher.
     *
     * @param listeners the listeners, called in order (copied)
     * @param audit the audit log, or {@code null}
     * @param auditActor the actor recorded on audit events
     * @param log where listener failures are logged (the engine's logger, so its configuration covers them)
     */
    EventPublisher(List<AudienceListener> listeners, AuditLog audit, String auditActor, Logger log) {
        this.listeners = List.copyOf(listeners);
        this.audit = audit;
        this.auditActor = Objects.requireNonNull(auditActor, "auditActor");
        this.log = log;
    }

    /** Publishes one event. */
    void publish(AudienceEvent event) {
        for (AudienceListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                if (listenerWarned.compareAndSet(false, true)) {
                    log.warn("an audience listener threw {}; further failures are logged at DEBUG",
                            e.getClass().getName());
                } else {
                    log.debug("an audience listener threw {}", e.getClass().getName());
                }
            }
        }
        if (audit != null) {
            if (event instanceof AudienceEvent.SegmentEntered) {
                SegmentId s = ((AudienceEvent.SegmentEntered) event).segment();
                audit.append(Audience.SEGMENT_ENTERED, auditActor, event.customer(), "segment:" + s,
                        Map.of("segment", s.value()));
            } else if (event instanceof AudienceEvent.SegmentLeft) {
                SegmentId s = ((AudienceEvent.SegmentLeft) event).segment();
                audit.append(Audience.SEGMENT_LEFT, auditActor, event.customer(), "segment:" + s,
                        Map.of("segment", s.value()));
            } else {
                AudienceEvent.StageChanged sc = (AudienceEvent.StageChanged) event;
                audit.append(Audience.STAGE_CHANGED, auditActor, event.customer(), null,
                        Map.of("from", sc.from().label(), "to", sc.to().label()));
            }
        }
    }
}
