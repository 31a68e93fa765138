/**
 * Implementation of the metrics engine: bucket arithmetic, sharded counters, deduplication and the standard
 * KPI formulas. Not part of the API.
 */
package dev.scrm.metrics.internal;
