package dev.scrm.testkit.connector;

import dev.scrm.connector.Connector;
import dev.scrm.connectors.youtube.YouTubeConnector;

/** The YouTube connector against the conformance kit. */
class YouTubeConformanceTest extends ConnectorConformanceKit {

    @Override
    protected PlatformSimulator simulator(String validSecret) {
        return new YouTubeSimulator("vid0acme01", validSecret);
    }

    @Override
    protected Connector connector(KitEnvironment env) {
        return YouTubeConnector.builder()
                .baseUrl(env.baseUrl().resolve("/youtube/v3"))
                .apiKey(env.secret())
                .pageSize(25)
                .settings(KitSettings.http(env))
                .build();
    }
}
