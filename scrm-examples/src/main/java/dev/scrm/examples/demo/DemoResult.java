package dev.scrm.examples.demo;

import dev.scrm.core.PlatformAccountId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the {@link DemoRunner demo} produced: counts, the measured share of voice, the identity
 * clusters it formed and where the report was written. Immutable and thread-safe.
 *
 * @param persons persons in the synthetic world
 * @param interactionsPulled distinct interactions pulled through the connectors
 * @param identitiesPulled distinct accounts seen on the pulled pages (brand accounts included)
 * @param customers customers formed by identity resolution
 * @param linkedClusters the customers with two or more accounts, each as its accounts (sorted)
 * @param shareOfVoice measured share of voice per brand id in percent, in brand order
 * @param spikes how many spikes were found
 * @param requests HTTP requests the simulators answered
 * @param faults faults the simulators injected (and the connectors survived)
 * @param report the written report file
 * @param elapsed the wall time of the run
 * @param run the run's number on the output folder's database, 1 for the first; 0 when history is off
 * @param earlierInteractions interactions stored by earlier runs
 * @param newInteractions interactions this run stored that no earlier run had
 * @param personAccounts the person accounts that were resolved (brand accounts left out), sorted
 */
public record DemoResult(int persons, long interactionsPulled, long identitiesPulled, long customers,
        List<List<PlatformAccountId>> linkedClusters, Map<String, Double> shareOfVoice, int spikes, long requests,
        long faults, Path report, Duration elapsed, int run, long earlierInteractions, long newInteractions,
        List<PlatformAccountId> personAccounts) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a field is null
     */
    public DemoResult {
        linkedClusters = Objects.requireNonNull(linkedClusters, "linkedClusters").stream().map(List::copyOf).toList();
        shareOfVoice = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                Objects.requireNonNull(shareOfVoice, "shareOfVoice")));
        personAccounts = List.copyOf(Objects.requireNonNull(personAccounts, "personAccounts"));
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
