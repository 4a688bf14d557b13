package it.milano.levacivica.portal.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the database answers {@code SELECT 1} within 3 seconds. The probe runs on a managed
 * executor so that a hung database cannot hang {@code /health/ready}; the pool validates connections,
 * so the check turns UP again by itself when the database returns.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Override
    public HealthCheckResponse call() {
        Future<Boolean> probe = executor.submit(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.setQueryTimeout(3);
                return s.execute("SELECT 1");
            }
        });
        try {
            probe.get(3, TimeUnit.SECONDS);
            return HealthCheckResponse.named("database").up().build();
        } catch (TimeoutException e) {
            probe.cancel(true);
            return HealthCheckResponse.named("database").down().withData("error", "no answer within 3 s").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("database").down().build();
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return HealthCheckResponse.named("database").down().withData("error", cause.getClass().getSimpleName()).build();
        }
    }
}
