package dev.scrm.core;

/** A person's decision about one purpose of processing. */
public enum ConsentStatus {
    /** The person agreed. */
    GRANTED,
    /** The person refused or withdrew consent. */
    DENIED,
    /** No decision is known; treat as not granted where consent is required. */
    UNKNOWN
}
