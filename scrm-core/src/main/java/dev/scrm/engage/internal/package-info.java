/**
 * Implementation of the service desk: the case state machine, SLA clocks, threading, routing and compiled
 * triage rules. {@link dev.scrm.engage.internal.DeskEngine} is the entry point; its package-private
 * collaborators are guarded by its lock. Not API.
 */
package dev.scrm.engage.internal;
