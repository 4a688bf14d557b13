package it.milano.levacivica.portal.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code mvn -Pdemo verify}: starts an embedded MariaDB (data kept in {@code .demo/} at the root),
 * then Payara Micro with the portal at {@code http://localhost:8080/} and demo data. Ctrl-C stops both.
 * A run killed hard leaves pid files behind; the next run stops those processes first.
 */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    /** config/payara-preboot.txt: no server banner, no X-Powered-By (docs/security.md). */
    static Path preboot() {
        Path p = Path.of(System.getProperty("demo.preboot", "config/payara-preboot.txt")).toAbsolutePath();
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing " + p);
        }
        return p;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("demo.dataDir", ".demo")).toAbsolutePath();
        Path microJar = Path.of(System.getProperty("demo.microJar"));
        Path war = Path.of(System.getProperty("demo.war"));
        int port = Integer.getInteger("demo.port", 8080);
        Files.createDirectories(root);
        Path payaraPid = root.resolve("payara.pid");
        stopStale(payaraPid);
        stopStale(root.resolve("data").resolve("mariadbd.pid"));

        // Payara Micro redeploys what its root directory holds: start from an empty one, so only this build's war runs
        deleteTree(root.resolve("payara"));

        long t0 = System.nanoTime();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(root.resolve("mariadb"), root.resolve("data"), 0, "portal", "portal");
        System.out.printf("Embedded MariaDB ready on 127.0.0.1:%d (data in %s)%n", db.port(), root.resolve("data"));
        // the reminders' mail server: GreenMail on 127.0.0.1; the administrator's "Promemoria inviati" page reads it back over IMAP
        DemoSmtp smtp = DemoSmtp.start();
        System.out.printf("Embedded SMTP server ready on 127.0.0.1:%d (IMAP %d)%n", smtp.smtpPort(), smtp.imapPort());

        int oidcPort = Integer.getInteger("demo.oidcPort", 8090);
        DemoIdentityProvider identities = DemoIdentityProvider.start(oidcPort, root);
        System.out.printf("Demo SPID/CIE provider ready at %s and %s%n", identities.issuer("spid"), identities.issuer("cie"));

        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("demo.heap", "768m"), // -Ddemo.heap=512m for the export memory check (docs/operations.md)
                "-jar", microJar.toString(),
                "--deploy", DemoWar.build(war).toString(),
                "--prebootcommandfile", preboot().toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nocluster",
                "--rootdir", root.resolve("payara").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("PORTAL_DB_URL", db.jdbcUrl());
        pb.environment().put("PORTAL_DB_USER", db.appUser());
        pb.environment().put("PORTAL_DB_PASSWORD", db.appPassword());
        pb.environment().put("PORTAL_DB_MIGRATIONUSER", db.user());
        pb.environment().put("PORTAL_DB_MIGRATIONPASSWORD", db.password());
        pb.environment().put("PORTAL_PROFILE", "demo");
        pb.environment().put("PORTAL_DEMO", "true");
        pb.environment().put("PORTAL_MAIL_HOST", "127.0.0.1");
        pb.environment().put("PORTAL_MAIL_PORT", Integer.toString(smtp.smtpPort()));
        pb.environment().put("PORTAL_MAIL_FROM", "leva-civica@localhost");
        pb.environment().put("PORTAL_MAIL_LINKBASE", "http://localhost:" + port);
        pb.environment().put("PORTAL_DEMO_IMAPPORT", Integer.toString(smtp.imapPort()));
        identities.configure(pb.environment());
        // -Ddemo.loadVolunteers=1000 grows the demo for the load test (docs/operations.md)
        pb.environment().put("PORTAL_DEMO_LOADVOLUNTEERS", System.getProperty("demo.loadVolunteers", "0"));
        if (!"0".equals(System.getProperty("demo.loadVolunteers", "0"))) {
            // loading thousands of volunteers in batches takes longer than a request may wait for the database
            pb.environment().put("PORTAL_DB_SOCKETTIMEOUTMILLIS", "120000");
            // a load run lasts longer than the 5 minutes a Basic check is remembered: without this, its later scenarios
            // would measure PBKDF2 (0.3 s of CPU per request) instead of the endpoint
            pb.environment().put("PORTAL_LOGIN_BASICCACHESECONDS", "3600");
        }
        Process payara = pb.start();
        Files.writeString(payaraPid, Long.toString(payara.pid()));

        Thread stopper = new Thread(() -> {
            System.out.println("Stopping the portal and the database...");
            payara.destroy();
            try {
                if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                    payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            smtp.close();
            identities.stop();
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("Could not stop the database cleanly: " + e.getMessage());
            }
            try {
                Files.deleteIfExists(payaraPid);
            } catch (IOException ignored) {
                // nothing to do
            }
            System.out.println("Stopped.");
        }, "demo-stopper");
        Runtime.getRuntime().addShutdownHook(stopper);

        // the start-up work (load data, the first reminders pass) grows with the load volunteers: 70,000 take minutes
        long readySeconds = 240 + Long.parseLong(System.getProperty("demo.loadVolunteers", "0")) / 50;
        if (waitUntilReady(port, payara, readySeconds)) {
            System.out.printf("%n  Portal ready in %.0f s at http://localhost:%d/%n"
                    + "  Sign in as volunteer, volunteer2, volunteer3, tutor, socialworker, coordinator or admin; password: demo%n"
                    + "  or with \"Entra con SPID\" / \"Entra con CIE\": the demo provider on 127.0.0.1:%d lists the same people%n"
                    + "  API: http://localhost:%d/api/v1/me (HTTP Basic)  OpenAPI: http://localhost:%d/openapi  Health: http://localhost:%d/health/ready%n"
                    + "  Ctrl-C stops the portal and the database.%n%n",
                    (System.nanoTime() - t0) / 1e9, port, oidcPort, port, port, port);
        } else {
            System.err.printf("The portal did not become ready in %d s; see the log above.%n", readySeconds);
        }
        int code = payara.waitFor();
        System.exit(code == 0 ? 0 : 1);
    }

    private static boolean waitUntilReady(int port, Process payara, long seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && payara.isAlive()) {
            if (ok(http, "http://localhost:" + port + "/health/ready") && ok(http, "http://localhost:" + port + "/login.xhtml")) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static boolean ok(HttpClient http, String url) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void stopStale(Path pidFile) throws IOException, InterruptedException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile).trim();
        Files.deleteIfExists(pidFile);
        if (text.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> stale = ProcessHandle.of(Long.parseLong(text));
        if (stale.isPresent() && stale.get().isAlive()) {
            System.out.println("Stopping a process left over by an earlier run: pid " + text);
            stale.get().destroy();
            try {
                stale.get().onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                stale.get().destroyForcibly();
            }
        }
    }
}
