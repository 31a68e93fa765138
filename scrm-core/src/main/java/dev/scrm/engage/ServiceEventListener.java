package dev.scrm.engage;

/**
 * Receives the {@link ServiceEvent}s of a {@link ServiceDesk}, for example to feed service KPIs in
 * scrm-metrics or to alert on breaches.
 *
 * <p>The desk calls listeners in event order on the thread that caused the event, while it holds its lock:
 * a listener must be fast, must not block, must not throw (an exception is logged and dropped) and must not
 * call back into the desk. Hand the event to a queue when more work is needed.
 */
@FunctionalInterface
public interface ServiceEventListener {

    /**
     * Called once per event, in sequence order.
     *
     * @param event the event
     */
    void onEvent(ServiceEvent event);
}
