package dev.scrm.testkit.connector;

import dev.scrm.connector.Connector;
import dev.scrm.connectors.reddit.RedditConnector;

/** The Reddit connector against the conformance kit, with access tokens that expire during long pulls. */
class RedditConformanceTest extends ConnectorConformanceKit {

    @Override
    protected PlatformSimulator simulator(String validSecret) {
        return new RedditSimulator("acmewidgets", "kit-client", validSecret);
    }

    @Override
    protected Connector connector(KitEnvironment env) {
        return RedditConnector.builder()
                .baseUrl(env.baseUrl())
                .tokenUrl(env.baseUrl().resolve("/api/v1/access_token"))
                .client("kit-client", env.secret())
                .userAgent("java:dev.scrm.testkit:1.0 (by /u/scrm_kit)")
                .pageSize(25)
                .settings(KitSettings.http(env))
                .build();
    }
}
