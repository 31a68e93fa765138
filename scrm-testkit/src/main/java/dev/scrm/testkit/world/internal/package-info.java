/**
 * Implementation of the synthetic world: word lists and text templates. Not API; may change without notice.
 */
package dev.scrm.testkit.world.internal;
