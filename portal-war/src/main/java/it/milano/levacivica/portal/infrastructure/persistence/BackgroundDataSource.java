package it.milano.levacivica.portal.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The data source of background work whose queries may take minutes (the year's report at national scale, issue 16;
 * {@code @LongQueries}), apart from the requests' {@link PortalDataSource}: the same database and account, with an
 * answer timeout of {@code portal.db.longQuerySeconds} (default 900 s) instead of a request's 2.5 s, no statement
 * timeout, and at most two connections. Not {@code fail-all-connections}: a request that gives up on a hanging
 * database has the requests' pool close all of its connections, which must not end a report being made here; this
 * pool validates each connection it lends instead. Its own persistence unit, {@code portal-background}.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal-background",
        className = "it.milano.levacivica.portal.infrastructure.persistence.BackgroundDataSource$LongAnswers",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 0,
        maxPoolSize = 2,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            // a make that finds both connections taken waits for one (makes run one at a time per instance)
            "fish.payara.max-wait-time-in-millis=60000"
        })
@Singleton
public class BackgroundDataSource {

    /** MariaDB's data source with the long answer timeout (added to the address unless it has {@code socketTimeout}). */
    public static class LongAnswers extends FailFastDataSource {

        /** Default time a background query's answer may take, in seconds. */
        static final int LONG_QUERY_SECONDS = 900;

        @Override
        protected int answerTimeoutMillis() {
            return Math.multiplyExact(setting("portal.db.longQuerySeconds", LONG_QUERY_SECONDS), 1000);
        }
    }
}
