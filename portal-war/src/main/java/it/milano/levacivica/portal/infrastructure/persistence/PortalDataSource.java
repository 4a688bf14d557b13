package it.milano.levacivica.portal.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source of the portal. Its address and account come from MicroProfile Config
 * ({@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD} in the environment, or
 * {@code -Dportal.db.*}); the war holds no credentials. The validation properties make the pool drop
 * dead connections after a database restart.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-leak-timeout-in-seconds=60",
            "fish.payara.statement-timeout-in-seconds=30"
        })
@Singleton
public class PortalDataSource {
}
