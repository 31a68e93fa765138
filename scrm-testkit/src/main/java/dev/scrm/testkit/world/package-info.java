/**
 * A seeded, deterministic synthetic social world with its ground truth kept beside it.
 *
 * <p>{@link dev.scrm.testkit.world.SyntheticWorld#generate(dev.scrm.testkit.world.WorldConfig)} builds, from a
 * {@link dev.scrm.testkit.world.WorldConfig}, a brand and its competitors ({@link dev.scrm.testkit.world.WorldBrand}),
 * a few thousand {@link dev.scrm.testkit.world.Person persons} with accounts on several of Mastodon, Bluesky,
 * Reddit and X (as {@link dev.scrm.core.SocialIdentity} values whose handles and display names vary across
 * platforms the way real people's do), posts and replies whose text carries sentiment (as
 * {@link dev.scrm.core.Interaction} values), brand follower counts that change day by day
 * ({@link dev.scrm.testkit.world.FollowerSnapshot}), web visits with returning visitors
 * ({@link dev.scrm.testkit.world.WebVisit}), daily search volumes ({@link dev.scrm.testkit.world.SearchVolume}),
 * a {@link dev.scrm.testkit.world.Campaign} and a handful of inbound customer questions.
 *
 * <p>{@link dev.scrm.testkit.world.WorldTruth} records what a perfect pipeline would find: which accounts
 * belong to one person, which brands each post names, the intended sentiment class of each post, the true
 * share of voice, the planned spikes and the inbound questions. Tests compare what the SDK computes with it.
 *
 * <p>The same configuration always yields the same world, on any JVM. Every type here is immutable and
 * thread-safe.
 */
package dev.scrm.testkit.world;
