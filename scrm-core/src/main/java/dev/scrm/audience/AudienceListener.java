package dev.scrm.audience;

/**
 * Receives {@link AudienceEvent}s: segment entries and exits and advocacy stage changes.
 *
 * <p>Called on the thread that applied the change, in order, while the audience holds its write lock.
 * A listener must be fast, must not block, must not throw and must not call back into the
 * {@link Audience}; hand work to a queue instead. An exception a listener throws anyway is caught and
 * logged (at WARN once, then at DEBUG) and does not stop the other listeners.
 */
@FunctionalInterface
public interface AudienceListener {

    /**
     * Handles one event.
     *
     * @param event the event
     */
    void onEvent(AudienceEvent event);

    /**
     * A listener that ignores every event.
     *
     * @return the no-op listener
     */
    static AudienceListener noop() {
        return event -> { };
    }
}
