package dev.scrm.connector;

/** Why an item is no longer available. */
public enum TombstoneReason {
    /** Deleted by its author. */
    DELETED,
    /** Removed by a moderator or the platform. */
    REMOVED,
    /** No longer returned, without a reason (a 404 on re-fetch, a protected or suspended author). */
    UNAVAILABLE
}
