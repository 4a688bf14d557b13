package it.milano.levacivica.portal.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source of the portal. Its address and account come from MicroProfile Config
 * ({@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD} in the environment, or
 * {@code -Dportal.db.*}); the war holds no credentials. The validation properties make the pool drop
 * dead connections after a database restart; {@link FailFastDataSource} and the pool's wait limit make a
 * hanging database fail requests within seconds instead of holding them.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "it.milano.levacivica.portal.infrastructure.persistence.FailFastDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            // every connection lent is validated by a query, half of the dashboard page's round trips (issue 16); both
            // cheaper ways were tried and refused by ResilienceIT: validating once per 10 s lent again a connection the
            // driver had closed on an answer timeout (503), and Connection.isValid (JDBC40ConnectionValidation) pings
            // without the answer timeout, so the first request of a hang waited 32 s
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // no connection-leak-timeout: Payara's leak tracing takes a global lock and the thread's whole stack on
            // every borrow and return (JFR of the scale benchmark, issue 16); the Jakarta transactions close every connection
            "fish.payara.statement-timeout-in-seconds=30",
            // a request waits at most 2 s for a connection when the database hangs, then fails with a 503
            "fish.payara.max-wait-time-in-millis=2000"
        })
@Singleton
public class PortalDataSource {
}
