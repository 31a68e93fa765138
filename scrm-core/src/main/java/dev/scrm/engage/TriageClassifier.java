package dev.scrm.engage;

/**
 * Labels an inbound message with an {@link Intent} and a {@link Priority}: the triage SPI.
 *
 * <p>{@link RuleBasedTriageClassifier} is the default; a statistical model or a remote service can take its
 * place. Implementations must be thread-safe, fast (the desk calls them on the ingest path, under its lock)
 * and must not call back into the {@link ServiceDesk}; they should not throw for unusual input.
 */
@FunctionalInterface
public interface TriageClassifier {

    /**
     * Labels one message.
     *
     * @param input the message and what is known about its sender
     * @return the labels, never null
     */
    Triage classify(TriageInput input);
}
