package dev.scrm.testkit.connector;

import dev.scrm.connector.FigureSource;
import dev.scrm.connectors.matomo.MatomoConnector;
import java.time.ZoneId;

/** The Matomo connector against the figure conformance kit. */
class MatomoConformanceTest extends FigureSourceConformanceKit {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Override
    protected FigureSimulator simulator(String validSecret) {
        return new MatomoSimulator("7", validSecret, new SimFigures(11, ZONE));
    }

    @Override
    protected FigureSource source(KitEnvironment env) {
        return MatomoConnector.builder()
                .baseUrl(env.baseUrl())
                .token(env.secret())
                .zone(ZONE)
                .pageSize(45)
                .settings(KitSettings.http(env))
                .build();
    }
}
