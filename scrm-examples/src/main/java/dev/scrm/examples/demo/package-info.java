/**
 * The end-to-end demo behind {@code scrm demo}: a synthetic world served by simulated platforms on loopback,
 * pulled through the real connectors, resolved into customers, analysed, measured and written as an HTML
 * report. See {@link dev.scrm.examples.demo.DemoRunner}.
 */
package dev.scrm.examples.demo;
