package dev.scrm.engage.internal;

import dev.scrm.engage.ServiceEvent;
import dev.scrm.engage.ServiceEventListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service events raised by the operation in progress, numbered in order and held until the operation
 * finishes, then handed to every listener. A listener that throws is logged (once at WARN per listener class,
 * then at DEBUG) and does not stop the others. Not thread-safe: the desk's lock guards it, and
 * {@link DeskEngine} delivers before it releases the lock.
 */
final class Outbox {

    /** Under the engine's name, so that logging configured for the desk keeps covering listener failures. */
    private static final Logger LOG = LoggerFactory.getLogger(DeskEngine.class);

    private final List<ServiceEventListener> listeners;
    private final List<ServiceEvent> pending = new ArrayList<>();
    private final Set<Class<?>> listenerWarned = new HashSet<>();
    private long eventNumbers;

    Outbox(List<ServiceEventListener> listeners) {
        this.listeners = listeners;
    }

    /** The sequence number of the next event. */
    long next() {
        return ++eventNumbers;
    }

    /** Holds an event until {@link #deliver()}. */
    void add(ServiceEvent e) {
        pending.add(e);
    }

    /** The number of events held, to mark where an operation's own events start. */
    int mark() {
        return pending.size();
    }

    /** The events held since a {@link #mark()}. */
    List<ServiceEvent> since(int mark) {
        return List.copyOf(pending.subList(mark, pending.size()));
    }

    /** Hands the held events to the listeners in order and forgets them. */
    void deliver() {
        if (pending.isEmpty()) {
            return;
        }
        List<ServiceEvent> batch = new ArrayList<>(pending);
        pending.clear();
        for (ServiceEvent e : batch) {
            for (ServiceEventListener l : listeners) {
                try {
                    l.onEvent(e);
                } catch (RuntimeException ex) {
                    if (listenerWarned.add(l.getClass())) {
                        LOG.warn("service event listener {} threw {}; further failures are logged at DEBUG",
                                l.getClass().getName(), ex.getClass().getName());
                    } else {
                        LOG.debug("service event listener {} threw", l.getClass().getName(), ex);
                    }
                }
            }
        }
    }
}
