/**
 * The stages of the demo, each a small class: {@link dev.scrm.examples.demo.internal.Sources} (simulated or
 * live platforms and their connectors), {@link dev.scrm.examples.demo.internal.Pull} (listening, with
 * {@link dev.scrm.examples.demo.internal.Analysis} scoring and tagging each item and
 * {@link dev.scrm.examples.demo.internal.ProfileLookup} completing thin author profiles),
 * {@link dev.scrm.examples.demo.internal.Resolve} (identity resolution into stable customers),
 * {@link dev.scrm.examples.demo.internal.Measure} (KPIs, series and spikes) and
 * {@link dev.scrm.examples.demo.internal.ReportAssembly} (the report's content);
 * {@link dev.scrm.examples.demo.internal.DemoDatabase} keeps the history between runs. Not an API.
 */
package dev.scrm.examples.demo.internal;
