/**
 * The scrm domain model: the records every other part of the SDK reads and writes.
 *
 * <p>{@link dev.scrm.core.Customer} is the golden record of a person, reached through its stable
 * {@link dev.scrm.core.CustomerId}. It owns {@link dev.scrm.core.SocialIdentity social identities}, one per
 * account on a {@link dev.scrm.core.Platform}, each keyed by a {@link dev.scrm.core.PlatformAccountId}.
 * {@link dev.scrm.core.Interaction Interactions} are the events between people and the brand, keyed by
 * {@link dev.scrm.core.InteractionId} so that ingesting one twice changes nothing, and
 * {@link dev.scrm.core.Metric Metrics} are KPI values with their provenance.
 *
 * <p>All types here are immutable records that validate in their compact constructors: a bad field gets an
 * {@link java.lang.IllegalArgumentException} (or a {@link java.lang.NullPointerException} for a missing one)
 * naming the field, never the personal value. Optional fields are {@code null} when unknown and collections
 * are empty, never null. Every type is thread-safe. {@link dev.scrm.core.ScrmJson} reads and writes all of
 * them as JSON, and {@link dev.scrm.core.ScrmException} is the root of scrm's own exceptions.
 */
package dev.scrm.core;
