/** JMH benchmarks of text analysis: VADER sentiment, tokenisation and listening queries. */
package dev.scrm.benchmarks.text;
