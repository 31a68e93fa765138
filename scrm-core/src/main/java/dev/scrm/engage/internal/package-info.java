/**
 * Implementation of the service desk: the case state machine, SLA clocks, threading, routing and compiled
 * triage rules. Not API.
 */
package dev.scrm.engage.internal;
