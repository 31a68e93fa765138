/**
 * Implementation of the audience engine: compiled criteria, per-identity interaction histories in primitive
 * arrays, the order-statistics tree behind influence percentiles, the stage-transition log and the
 * exporters. Not API: nothing here is compatibility-checked.
 */
package dev.scrm.audience.internal;
