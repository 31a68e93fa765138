package dev.scrm.testkit.connector;

import dev.scrm.connector.FigureSource;
import dev.scrm.connectors.plausible.PlausibleConnector;
import java.time.Duration;
import java.time.ZoneOffset;

/** The Plausible connector against the figure conformance kit, with a small budget so windows fill quickly. */
class PlausibleConformanceTest extends FigureSourceConformanceKit {

    @Override
    protected FigureSimulator simulator(String validSecret) {
        return new PlausibleSimulator("shop.example.org", validSecret, new SimFigures(23, ZoneOffset.UTC));
    }

    @Override
    protected FigureSource source(KitEnvironment env) {
        return PlausibleConnector.builder()
                .baseUrl(env.baseUrl())
                .apiKey(env.secret())
                .daysPerRequest(20)
                .pageSize(7)
                .budget(4, Duration.ofMinutes(1))
                .settings(KitSettings.http(env))
                .build();
    }
}
