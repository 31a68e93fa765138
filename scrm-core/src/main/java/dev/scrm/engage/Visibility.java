package dev.scrm.engage;

/** Whether a message is public (a post, reply or comment anyone can read) or private (a direct message). */
public enum Visibility {
    /** Readable by anyone on the platform. */
    PUBLIC,
    /** Readable only by the participants. */
    PRIVATE
}
