package it.milano.levacivica.portal.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code mvn -Pcluster verify}: the demo on two Payara Micro instances joined in Payara's Data Grid, behind Debian's
 * HAProxy at {@code http://localhost:8080/} (instances on 8081 and 8082, Data Grid on 6900 and 6901), one embedded
 * MariaDB whose data is kept in {@code .cluster/} (apart from {@code .demo/}, so that both demos can run in turn
 * without sharing a database's files), the demo SMTP server and the demo SPID/CIE provider. Ctrl-C stops everything.
 * See docs/operations.md, "Cluster".
 */
public final class ClusterLauncher {

    private ClusterLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("demo.dataDir", ".cluster")).toAbsolutePath();
        Path microJar = Path.of(System.getProperty("demo.microJar"));
        Path war = Path.of(System.getProperty("demo.war"));
        int port = Integer.getInteger("demo.port", 8080);
        Files.createDirectories(root);
        Path pids = root.resolve("cluster.pids");
        stopStale(pids);
        stopStale(root.resolve("data").resolve("mariadbd.pid"));

        long t0 = System.nanoTime();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(root.resolve("mariadb"), root.resolve("data"), 0, "portal", "portal");
        System.out.printf("Embedded MariaDB ready on 127.0.0.1:%d (data in %s)%n", db.port(), root.resolve("data"));
        DemoSmtp smtp = DemoSmtp.start();
        System.out.printf("Embedded SMTP server ready on 127.0.0.1:%d (IMAP %d)%n", smtp.smtpPort(), smtp.imapPort());
        int oidcPort = Integer.getInteger("demo.oidcPort", 8090);
        DemoIdentityProvider identities = DemoIdentityProvider.start(oidcPort, root);

        Map<String, String> env = new HashMap<>();
        env.put("PORTAL_DB_URL", db.jdbcUrl());
        env.put("PORTAL_DB_USER", db.appUser());
        env.put("PORTAL_DB_PASSWORD", db.appPassword());
        env.put("PORTAL_DB_MIGRATIONUSER", db.user());
        env.put("PORTAL_DB_MIGRATIONPASSWORD", db.password());
        env.put("PORTAL_PROFILE", "demo");
        env.put("PORTAL_DEMO", "true");
        env.put("PORTAL_MAIL_HOST", "127.0.0.1");
        env.put("PORTAL_MAIL_PORT", Integer.toString(smtp.smtpPort()));
        env.put("PORTAL_MAIL_FROM", "leva-civica@localhost");
        env.put("PORTAL_MAIL_LINKBASE", "http://localhost:" + port);
        env.put("PORTAL_DEMO_IMAPPORT", Integer.toString(smtp.imapPort()));
        // HAProxy on this machine adds X-Forwarded-For: the sign-in throttles and the audit trail see the browser's address
        env.put("PORTAL_PROXY_TRUSTED", "127.0.0.1");
        identities.configure(env);

        System.out.println("Starting two Payara Micro instances (logs: " + root.resolve("node-a.log") + ", " + root.resolve("node-b.log")
                + ") and HAProxy...");
        PortalCluster.Settings settings = new PortalCluster.Settings(microJar, DemoWar.build(war), DemoLauncher.preboot(), root, 2, port,
                Integer.getInteger("demo.tlsPort", 8443),
                Integer.getInteger("demo.firstInstancePort", 8081), Integer.getInteger("demo.firstGridPort", 6900),
                System.getProperty("demo.heap", "768m"), env, List.of());
        PortalCluster cluster = PortalCluster.prepare(settings);
        // hooked before anything starts: Ctrl-C while the instances start stops them too
        Thread stopper = new Thread(() -> {
            System.out.println("Stopping HAProxy, the instances and the database...");
            cluster.close();
            smtp.close();
            identities.stop();
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("Could not stop the database cleanly: " + e.getMessage());
            }
            try {
                Files.deleteIfExists(pids);
            } catch (IOException ignored) {
                // nothing to do
            }
            System.out.println("Stopped.");
        }, "cluster-stopper");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            cluster.startAll();
        } catch (IOException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Files.writeString(pids, cluster.pids().stream().map(String::valueOf).reduce((a, b) -> a + "\n" + b).orElse(""));

        System.out.printf("%n  Cluster ready in %.0f s at http://localhost:%d/ (HAProxy)%n"
                + "  and over TLS at %s/ (a certificate made for this run, %s: the browser asks to accept it)%n"
                + "  Instances: %s; Data Grid members when each joined: %s%n"
                + "  Each answer names its instance in the header %s; a browser stays on one (cookie %s) until it goes down.%n"
                + "  Try it: sign in, then kill the instance named in the header (kill -9 <pid>; pids in %s): the next page%n"
                + "  comes from the other instance, still signed in.%n"
                + "  Sign in as volunteer, tutor, socialworker, coordinator or admin; password: demo. Ctrl-C stops everything.%n%n",
                (System.nanoTime() - t0) / 1e9, port, cluster.tlsUrl(), cluster.certificate(),
                cluster.instances().stream().map(i -> i.name() + " " + i.url() + " (pid " + i.process().pid() + ")").toList(),
                cluster.gridMembers(), PortalCluster.INSTANCE_HEADER, PortalCluster.NODE_COOKIE, pids);
        for (PortalCluster.Instance i : cluster.instances()) {
            i.process().waitFor();
        }
        System.exit(0);
    }

    private static void stopStale(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Files.deleteIfExists(pidFile);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Optional<ProcessHandle> stale = ProcessHandle.of(Long.parseLong(line.trim()));
            if (stale.isPresent() && stale.get().isAlive()) {
                System.out.println("Stopping a process left over by an earlier run: pid " + line.trim());
                stale.get().destroy();
                try {
                    stale.get().onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    stale.get().destroyForcibly();
                }
            }
        }
    }
}
