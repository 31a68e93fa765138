package dev.scrm.store.internal;

import dev.scrm.core.CustomerId;
import dev.scrm.store.AuditAction;
import dev.scrm.store.AuditEvent;
import dev.scrm.store.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The in-memory {@link AuditLog}: a list with indexes by customer and subject; thread-safe by one monitor. */
public final class InMemoryAuditLog implements AuditLog {

    private final Clock clock;
    private final List<AuditEvent> events = new ArrayList<>();
    private final Map<CustomerId, List<Integer>> byCustomer = new HashMap<>();
    private final Map<String, List<Integer>> bySubject = new HashMap<>();

    /**
     * Creates an empty log.
     *
     * @param clock stamps events
     */
    public InMemoryAuditLog(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized AuditEvent append(AuditAction action, String actor, CustomerId customer, String subject,
            Map<String, String> details) {
        AuditEvent event = new AuditEvent(events.size() + 1L, clock.instant(), action, actor, customer, subject,
                details, false);
        int index = events.size();
        events.add(event);
        if (customer != null) {
            byCustomer.computeIfAbsent(customer, k -> new ArrayList<>()).add(index);
        }
        if (subject != null) {
            bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(index);
        }
        return event;
    }

    @Override
    public synchronized List<AuditEvent> eventsOf(CustomerId customer) {
        return collect(byCustomer.get(Objects.requireNonNull(customer, "customer")));
    }

    @Override
    public synchronized List<AuditEvent> eventsAbout(String subject) {
        return collect(bySubject.get(Objects.requireNonNull(subject, "subject")));
    }

    @Override
    public synchronized List<AuditEvent> read(long afterSequence, int limit) {
        if (afterSequence < 0) {
            throw new IllegalArgumentException("afterSequence must be >= 0, was " + afterSequence);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        int from = (int) Math.min(afterSequence, events.size());
        int to = (int) Math.min((long) from + limit, events.size());
        return List.copyOf(events.subList(from, to));
    }

    @Override
    public synchronized long lastSequence() {
        return events.size();
    }

    @Override
    public synchronized int redact(CustomerId customer, Set<String> subjects) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(subjects, "subjects");
        int redacted = 0;
        List<Integer> indexes = new ArrayList<>(byCustomer.getOrDefault(customer, List.of()));
        for (String subject : subjects) {
            List<Integer> bySubj = bySubject.remove(subject);
            if (bySubj != null) {
                indexes.addAll(bySubj);
            }
        }
        for (int index : indexes) {
            AuditEvent e = events.get(index);
            if (e.subject() != null) {
                List<Integer> others = bySubject.get(e.subject());
                if (others != null) {
                    others.remove(Integer.valueOf(index));
                    if (others.isEmpty()) {
                        bySubject.remove(e.subject());
                    }
                }
            }
            if (!e.redacted() || e.subject() != null || !e.details().isEmpty()) {
                events.set(index, e.redact());
                redacted++;
            }
        }
        return redacted;
    }

    private List<AuditEvent> collect(List<Integer> indexes) {
        if (indexes == null) {
            return List.of();
        }
        List<AuditEvent> out = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            out.add(events.get(i));
        }
        return List.copyOf(out);
    }
}
