package it.milano.levacivica.portal.infrastructure.persistence;

import java.sql.SQLException;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * MariaDB's data source with timeouts that make a hanging or unreachable database fail fast: a
 * connection is given up after {@code portal.db.connectTimeoutMillis} (default 1,000 ms) and an answer
 * after {@code portal.db.socketTimeoutMillis} (default 2,500 ms), unless the configured address already
 * says otherwise. Without them a stopped database keeps every request waiting until it returns;
 * with them the request ends with a 503 within seconds (the first request of a hang waits for the pool's validation query, then for a new connection) and the pool drops the broken
 * connection (see {@link PortalDataSource}).
 */
public class FailFastDataSource extends org.mariadb.jdbc.MariaDbDataSource {

    /**
     * Default time to open a connection, in milliseconds. MariaDB Connector/J applies it to the TCP connection and to
     * the server's greeting (measured: a listener that never answers fails the connection in 2.3 s with 2,000 ms), so a
     * frozen server costs a new connection this long.
     */
    static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    /**
     * Default time to wait for an answer, in milliseconds: well above the slowest query of the scale benchmark, and low
     * enough that the first request of a hang ends within 5 s. That request waits for the pool's validation query (this
     * long), then for two new connections (about 1.1 s each): measured 5.1 s with 3,000 ms, 8.1 s with 4,000 and 2,000.
     */
    static final int SOCKET_TIMEOUT_MILLIS = 2_500;

    @Override
    public void setUrl(String url) throws SQLException {
        super.setUrl(withTimeouts(url, setting("portal.db.connectTimeoutMillis", CONNECT_TIMEOUT_MILLIS), answerTimeoutMillis()));
    }

    /** @return how long a query's answer may take: a request's, {@code portal.db.socketTimeoutMillis} */
    protected int answerTimeoutMillis() {
        return setting("portal.db.socketTimeoutMillis", SOCKET_TIMEOUT_MILLIS);
    }

    /**
     * @param url a MariaDB JDBC address
     * @param connectMillis the connection timeout to add if the address has none
     * @param socketMillis the answer timeout to add if the address has none
     * @return the address with both timeouts
     */
    static String withTimeouts(String url, int connectMillis, int socketMillis) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(url);
        char sep = url.indexOf('?') < 0 ? '?' : '&';
        if (!lower.contains("connecttimeout=")) {
            out.append(sep).append("connectTimeout=").append(connectMillis);
            sep = '&';
        }
        if (!lower.contains("sockettimeout=")) {
            out.append(sep).append("socketTimeout=").append(socketMillis);
        }
        return out.toString();
    }

    static int setting(String name, int fallback) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(name, Integer.class).orElse(fallback);
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
