package dev.scrm.store.jdbc.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A minimal {@link DataSource} that asks {@link DriverManager} for a new connection each time; thread-safe. */
public final class DriverDataSource implements DataSource {

    private final String url;

    /**
     * Creates the data source.
     *
     * @param url the JDBC URL
     */
    public DriverDataSource(String url) {
        this.url = Objects.requireNonNull(url, "url");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logging is not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    /** Shows the URL without its parameters, which may hold credentials. */
    @Override
    public String toString() {
        int semi = url.indexOf(';');
        int query = url.indexOf('?');
        int cut = semi < 0 ? query : query < 0 ? semi : Math.min(semi, query);
        return "DriverDataSource[" + (cut < 0 ? url : url.substring(0, cut)) + "]";
    }
}
