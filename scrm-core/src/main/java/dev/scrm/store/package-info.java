/**
 * Storage and audit SPI: where customers, identities and interactions live, and the history of every change.
 *
 * <p>{@link dev.scrm.store.ScrmStore} combines the {@link dev.scrm.store.CustomerStore} (customers and the
 * identities linked to them, with optimistic versions) and the {@link dev.scrm.store.InteractionStore}
 * (idempotent by platform and native id), writes every mutation to an {@link dev.scrm.store.AuditLog}, and
 * erases a person everywhere on request, leaving a non-personal tombstone.
 * {@link dev.scrm.store.ScrmStore#inMemory(java.time.Clock)} is the thread-safe default; durable
 * implementations plug in behind the same interfaces.
 */
package dev.scrm.store;
