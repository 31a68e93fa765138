/** JMH benchmarks of identity resolution: scoring throughput and incremental latency. */
package dev.scrm.benchmarks.identity;
