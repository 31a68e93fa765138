/**
 * Identity resolution: which accounts, e-mail addresses, phone numbers and CRM rows belong to one person.
 *
 * <p>{@link dev.scrm.identity.IdentityResolver} resolves a batch of {@link dev.scrm.identity.IdentityRecord
 * records} described by an {@link dev.scrm.identity.IdentitySchema} of typed fields
 * ({@link dev.scrm.identity.FieldKind}) into a {@link dev.scrm.identity.Resolution}: deterministic rules for
 * verified evidence, then an unsupervised Fellegi-Sunter model over blocked candidate pairs, then clustering with
 * guards. Every pair can be explained as a {@link dev.scrm.identity.MatchExplanation}: the rule that fired, or the
 * prior and each comparison's weight, which add up to the score. {@link dev.scrm.identity.IncrementalResolver}
 * keeps customers current one identity at a time, with stable customer ids, merge and split events and
 * {@code unmerge}. {@link dev.scrm.identity.LinkPolicy} gates links that need consent.
 *
 * <p>All public types are immutable and thread-safe unless their documentation says otherwise. Messages and
 * {@code toString()} never contain the personal values being matched.
 */
package dev.scrm.identity;
