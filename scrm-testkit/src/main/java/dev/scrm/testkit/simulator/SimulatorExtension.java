package dev.scrm.testkit.simulator;

import dev.scrm.core.Platform;
import dev.scrm.testkit.world.SyntheticWorld;
import dev.scrm.testkit.world.WorldConfig;
import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs the {@link PlatformSimulators} around tests.
 *
 * <p>Register it with {@code @RegisterExtension}: on a {@code static} field the simulators start once before
 * all tests of the class and stop after them; on an instance field they start before and stop after each
 * test. Test methods may take {@link PlatformSimulators} or {@link SyntheticWorld} parameters.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SimulatorExtension SIMULATORS = SimulatorExtension.of(WorldConfig.ofDefaults().withPersons(300));
 *
 * @Test
 * void pullsMentions() {
 *     URI mastodon = SIMULATORS.baseUrl(Platform.MASTODON);
 *     // ...
 * }
 * }</pre>
 *
 * <p>The world is generated once, on first start. Not thread-safe for registration; the running simulators
 * are thread-safe.
 */
public final class SimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final Supplier<SyntheticWorld> worldSupplier;
    private final SimulatorSettings settings;
    private SyntheticWorld world;
    private PlatformSimulators simulators;
    private boolean startedForClass;

    private SimulatorExtension(Supplier<SyntheticWorld> worldSupplier, SimulatorSettings settings) {
        this.worldSupplier = worldSupplier;
        this.settings = settings;
    }

    /**
     * Simulators for the world a configuration describes, with default settings.
     *
     * @param config the world's configuration
     * @return the extension
     */
    public static SimulatorExtension of(WorldConfig config) {
        Objects.requireNonNull(config, "config");
        return new SimulatorExtension(() -> SyntheticWorld.generate(config), SimulatorSettings.ofDefaults());
    }

    /**
     * Simulators for a world, with default settings.
     *
     * @param world the world
     * @return the extension
     */
    public static SimulatorExtension of(SyntheticWorld world) {
        Objects.requireNonNull(world, "world");
        return new SimulatorExtension(() -> world, SimulatorSettings.ofDefaults());
    }

    /**
     * A copy of this extension with other settings.
     *
     * @param value the settings
     * @return the new extension
     */
    public SimulatorExtension withSettings(SimulatorSettings value) {
        return new SimulatorExtension(worldSupplier, Objects.requireNonNull(value, "settings"));
    }

    /**
     * The running simulators.
     *
     * @return the simulators
     * @throws IllegalStateException if they are not running
     */
    public PlatformSimulators simulators() {
        if (simulators == null) {
            throw new IllegalStateException("the simulators are not running");
        }
        return simulators;
    }

    /**
     * The base URL of one platform's simulator.
     *
     * @param platform the platform
     * @return the base URL
     * @throws IllegalStateException if the simulators are not running
     */
    public URI baseUrl(Platform platform) {
        return simulators().baseUrl(platform);
    }

    /**
     * The world served.
     *
     * @return the world
     * @throws IllegalStateException if the simulators were never started
     */
    public SyntheticWorld world() {
        if (world == null) {
            throw new IllegalStateException("the simulators were never started");
        }
        return world;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
        startedForClass = true;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
        startedForClass = false;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!startedForClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!startedForClass) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == PlatformSimulators.class || type == SyntheticWorld.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == PlatformSimulators.class ? simulators() : world();
    }

    private void start() {
        if (world == null) {
            world = worldSupplier.get();
        }
        if (simulators == null) {
            simulators = PlatformSimulators.start(world, settings);
        }
    }

    private void stop() {
        if (simulators != null) {
            simulators.close();
            simulators = null;
        }
    }
}
