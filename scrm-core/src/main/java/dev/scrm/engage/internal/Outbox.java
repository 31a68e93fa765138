package dev.scrm.engage.internal;

import dev.scrm.engage.ServiceEvent;
import dev.scrm.engage.ServiceEventListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;

/**
 * The service events raised by the operation in progress, numbered in order and held until the operation
 * finishes, then handed to every listener. A listener that throws is logged (once at WARN per listener class,
 * then at DEBUG) and does not stop the others. Not thread-safe: the desk's lock guards it, and the desk
 * delivers before it releases the lock.
 */
final class Outbox {

    private final List<ServiceEventListener> listeners;
    private final Logger log;
    private final List<ServiceEvent> pending = new ArrayList<>();
    private final Set<Class<?>> listenerWarned = new HashSet<>();
    private long eventNumbers;

    /**
     * Creates an empty outbox.
     *
     * @param listeners the listeners, called in order
     * @param log where listener failures are logged (the desk's logger, so its configuration covers them)
     */
    Outbox(List<ServiceEventListener> listeners, Logger log) {
        this.listeners = listeners;
        this.log = log;
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
                        log.warn("service event listener {} threw {}; further failures are logged at DEBUG",
                                l.getClass().getName(), ex.getClass().getName());
                    } else {
                        log.debug("service event listener {} threw", l.getClass().getName(), ex);
                    }
                }
            }
        }
    }
}
