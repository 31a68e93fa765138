package dev.scrm.testkit.connector;

import dev.scrm.connectors.http.HttpSettings;

/** What every conformance test configures its connector with. */
final class KitSettings {

    private KitSettings() {
    }

    /**
     * HTTP settings for a kit environment: its clock, sleeper, read timeout and jitter seed.
     *
     * @param env the environment
     * @return the settings
     */
    static HttpSettings http(KitEnvironment env) {
        return HttpSettings.builder().clock(env.clock()).sleeper(env.sleeper()).readTimeout(env.readTimeout())
                .seed(env.seed()).build();
    }
}
