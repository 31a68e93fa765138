package dev.scrm.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of scrm on the class path, read from a resource that the build fills in, so that every
 * support report can name the exact version.
 */
public final class ScrmVersion {

    private static final String CURRENT = load();

    private ScrmVersion() {
    }

    /**
     * The version of this build, for example {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version
     */
    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = ScrmVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scrm version resource", e);
        }
    }
}
