/**
 * The in-memory store and audit log, and the rules every store implementation shares (audit subjects,
 * event details, how a merge combines two customers). Not API.
 */
package dev.scrm.store.internal;
