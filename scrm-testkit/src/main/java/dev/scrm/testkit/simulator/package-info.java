/**
 * Platform simulators: WireMock servers on 127.0.0.1 that serve a {@link dev.scrm.testkit.world.SyntheticWorld}
 * through the real API shapes of Mastodon, Bluesky, Reddit and X.
 *
 * <p>{@link dev.scrm.testkit.simulator.PlatformSimulators} starts one server per platform and tells each one's
 * base URL; {@link dev.scrm.testkit.simulator.SimulatorExtension} does the same around JUnit 5 tests.
 * {@link dev.scrm.testkit.simulator.SimulatorSettings} chooses the fault rate and kinds
 * ({@link dev.scrm.testkit.simulator.FaultKind}), the rate limits ({@link dev.scrm.testkit.simulator.RateLimit})
 * and the clock that drives the rate-limit windows. Each server answers the read endpoints a listening
 * connector uses (hashtag timelines and search, profile lookup, author feeds) with each platform's own
 * pagination (Mastodon {@code Link} headers, Bluesky cursors, Reddit {@code after}, X {@code next_token}),
 * rate-limit headers in each platform's own units, its own error bodies, and faults injected at a seeded,
 * reproducible rate. {@link dev.scrm.testkit.simulator.SimulatorStats} counts what each server did.
 */
package dev.scrm.testkit.simulator;
