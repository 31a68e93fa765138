/** Benchmarks of the testkit: synthetic world generation and the platform simulators. */
package dev.scrm.benchmarks.testkit;
