/**
 * Synthetic social identities with ground truth, for testing and measuring identity resolution.
 *
 * <p>{@link dev.scrm.testkit.identity.SyntheticIdentities} generates persons with accounts on several
 * platforms and a CRM, with named, switchable {@link dev.scrm.testkit.identity.Corruption corruptions}; every
 * record carries the id of the person it belongs to. Output is seeded and deterministic.
 */
package dev.scrm.testkit.identity;
