package dev.scrm.connector;

import dev.scrm.core.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds {@link ConnectorProvider}s on the class path, only when asked. Immutable and thread-safe.
 */
public final class ConnectorProviders {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorProviders.class);

    private final Map<Platform, ConnectorProvider> byPlatform;

    private ConnectorProviders(Map<Platform, ConnectorProvider> byPlatform) {
        this.byPlatform = byPlatform;
    }

    /**
     * Runs the {@link ServiceLoader} for {@link ConnectorProvider} on a class loader. The first provider
     * found for a platform wins; each one found is logged at DEBUG.
     *
     * @param loader the class loader to search
     * @return the providers found
     */
    public static ConnectorProviders discover(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        Map<Platform, ConnectorProvider> found = new LinkedHashMap<>();
        for (ConnectorProvider p : ServiceLoader.load(ConnectorProvider.class, loader)) {
            Platform platform = p.platform();
            if (found.putIfAbsent(platform, p) == null) {
                LOG.debug("found connector provider {} for platform {}", p.getClass().getName(), platform);
            } else {
                LOG.debug("ignored second connector provider {} for platform {}", p.getClass().getName(), platform);
            }
        }
        return new ConnectorProviders(Map.copyOf(found));
    }

    /**
     * The provider for a platform.
     *
     * @param platform the platform
     * @return the provider, or empty when none was found
     */
    public Optional<ConnectorProvider> forPlatform(Platform platform) {
        return Optional.ofNullable(byPlatform.get(Objects.requireNonNull(platform, "platform")));
    }

    /**
     * The platforms that have a provider, sorted.
     *
     * @return the platforms
     */
    public List<Platform> platforms() {
        List<Platform> list = new ArrayList<>(byPlatform.keySet());
        list.sort(null);
        return List.copyOf(list);
    }
}
