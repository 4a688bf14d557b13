package it.milano.levacivica.portal.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with Flyway before anything else touches the database. */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.profile")
    private String profile;

    /** A separate owner account for migrations (DDL); the application's own account then needs data rights only. */
    @Inject
    @ConfigProperty(name = "portal.db.migrationUser")
    private java.util.Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "portal.db.migrationPassword")
    private java.util.Optional<String> migrationPassword;

    @Inject
    @ConfigProperty(name = "portal.db.url")
    private String url;

    @Inject
    @ConfigProperty(name = "portal.db.user")
    private String appUser;

    @Inject
    @ConfigProperty(name = "portal.db.password")
    private java.util.Optional<String> appPassword;

    @PostConstruct
    void migrate() {
        try (Connection c = dataSource.getConnection()) {
            String url = safeUrl(c);
            String user = user(c);
            LOG.info(() -> "Portal profile '" + profile + "', database " + url + " as " + user);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
        var config = Flyway.configure(getClass().getClassLoader()).locations("classpath:db/migration");
        if (migrationUser.filter(u -> !u.isBlank()).isPresent()) {
            LOG.info(() -> "Migrations run as " + migrationUser.get());
            config.dataSource(url, migrationUser.get(), migrationPassword.orElse(""));
        } else {
            // a connection of its own, without the pool's answer timeout: a migration of a large table may
            // run for minutes (FailFastDataSource gives up after seconds)
            config.dataSource(url, appUser, appPassword.orElse(""));
        }
        MigrateResult result = config.load().migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private static String safeUrl(Connection c) throws SQLException {
        String url = c.getMetaData().getURL();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static String user(Connection c) throws SQLException {
        return c.getMetaData().getUserName();
    }
}
