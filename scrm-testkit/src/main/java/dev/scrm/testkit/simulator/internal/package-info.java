/**
 * Implementation of the platform simulators: the WireMock dispatcher, the per-platform API shapes and the
 * search-query matcher. Not API; may change without notice.
 */
package dev.scrm.testkit.simulator.internal;
