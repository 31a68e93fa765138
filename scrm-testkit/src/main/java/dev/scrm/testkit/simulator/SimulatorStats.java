package dev.scrm.testkit.simulator;

/**
 * What one platform simulator has done since it started. Immutable and thread-safe.
 *
 * @param requests requests received
 * @param faultsInjected requests answered with an injected fault
 * @param rateLimited requests refused because the rate-limit window was used up
 */
public record SimulatorStats(long requests, long faultsInjected, long rateLimited) {
}
