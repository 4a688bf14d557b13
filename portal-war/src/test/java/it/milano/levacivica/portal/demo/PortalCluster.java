package it.milano.levacivica.portal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two (or more) Payara Micro instances of the portal joined in Payara's Data Grid (Hazelcast), behind Debian's
 * HAProxy, for {@code mvn -Pcluster verify} ({@link ClusterLauncher}) and {@code ClusterIT}.
 *
 * <ul>
 *   <li>Each instance is a child {@code java -jar payara-micro.jar} with its own root directory, HTTP port and Data
 *       Grid port; they find each other by TCP/IP on 127.0.0.1 (multicast on loopback is unreliable) under a
 *       cluster name of their own, and {@code --nohostaware}: with host-aware partitioning (Payara's default) no
 *       backup of a session would be kept on a member of the same address, so all of them are on one machine.</li>
 *   <li>HAProxy ({@code /usr/sbin/haproxy}, the Debian package, as a child process in the foreground with a
 *       configuration written here) balances round robin among the instances that answer {@code /health/ready},
 *       keeps a browser on the instance that served it first (cookie {@value #NODE_COOKIE}) and sends it to another
 *       when that one is down ({@code option redispatch}); each answer names its instance in
 *       {@value #INSTANCE_HEADER}.</li>
 * </ul>
 *
 * Logs go to one file per process in the work directory.
 */
public final class PortalCluster implements AutoCloseable {

    /** The response header that names the instance that answered (set by HAProxy). */
    public static final String INSTANCE_HEADER = "X-Portal-Instance";
    /** HAProxy's cookie that keeps a browser on one instance while it is up. */
    public static final String NODE_COOKIE = "PORTAL_NODE";

    /** What to start. Ports 0 are chosen free. */
    public record Settings(Path microJar, Path war, Path preboot, Path workDir, int instances, int lbPort, int tlsPort, int firstHttpPort,
            int firstGridPort, String heap, Map<String, String> environment, List<String> systemProperties) {
        public Settings {
            Objects.requireNonNull(microJar, "microJar");
            Objects.requireNonNull(war, "war");
            Objects.requireNonNull(preboot, "preboot");
            Objects.requireNonNull(workDir, "workDir");
            environment = Map.copyOf(environment);
            systemProperties = List.copyOf(systemProperties);
        }
    }

    /** One Payara Micro instance. */
    public static final class Instance {
        private final String name;
        private final int httpPort;
        private final int gridPort;
        private final Path log;
        private volatile Process process;

        Instance(String name, int httpPort, int gridPort, Path log) {
            this.name = name;
            this.httpPort = httpPort;
            this.gridPort = gridPort;
            this.log = log;
        }

        /** @return its name, as in {@value PortalCluster#INSTANCE_HEADER} and the Data Grid */
        public String name() {
            return name;
        }

        /** @return its own address, bypassing the load balancer, without a trailing slash */
        public String url() {
            return "http://127.0.0.1:" + httpPort;
        }

        /** @return its HTTP port */
        public int httpPort() {
            return httpPort;
        }

        /** @return its log file */
        public Path log() {
            return log;
        }

        /** @return the process, while it runs */
        public Process process() {
            return process;
        }

        /** Kills the process at once (SIGKILL): no shutdown, no goodbye to the Data Grid. */
        public void kill() throws InterruptedException {
            Process p = process;
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }

        /** @return the number of Data Grid members the instance last logged, or 0 */
        public int gridMembers() {
            try {
                String text = Files.readString(log);
                Matcher m = GRID_SIZE.matcher(text);
                int size = 0;
                while (m.find()) {
                    size = Integer.parseInt(m.group(1));
                }
                return size;
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /** Payara Micro's "Data Grid Status" log block: {@code DG Size: 2}. */
    private static final Pattern GRID_SIZE = Pattern.compile("DG Size: (\\d+)");

    private final Settings settings;
    private final List<Instance> instances = new ArrayList<>();
    private final int lbPort;
    private final int tlsPort;
    private final String clusterName;
    private volatile Process haproxy;

    private PortalCluster(Settings settings) {
        this.settings = settings;
        this.lbPort = settings.lbPort() == 0 ? freePort() : settings.lbPort();
        this.tlsPort = settings.tlsPort() == 0 ? freePort() : settings.tlsPort();
        this.clusterName = "leva-civica-" + Long.toString(ProcessHandle.current().pid(), 36) + "-" + Long.toString(System.nanoTime() % 100_000, 36);
        for (int i = 0; i < settings.instances(); i++) {
            String name = "node-" + (char) ('a' + i);
            int http = settings.firstHttpPort() == 0 ? freePort() : settings.firstHttpPort() + i;
            int grid = settings.firstGridPort() == 0 ? freePort() : settings.firstGridPort() + i;
            instances.add(new Instance(name, http, grid, settings.workDir().resolve(name + ".log")));
        }
    }

    /**
     * Starts every instance at once (the first one loads the demo data: {@code portal.demo.loadData} is false on the
     * others), then HAProxy, and waits until every instance is ready and HAProxy sends requests to each of them.
     *
     * @param settings what to start
     * @return the running cluster
     * @throws IOException when a process cannot start or an instance does not become ready in 4 minutes
     */
    public static PortalCluster start(Settings settings) throws IOException, InterruptedException {
        PortalCluster c = prepare(settings);
        c.startAll();
        return c;
    }

    /**
     * @param settings what to start
     * @return a cluster with nothing started yet, whose {@link #close()} a launcher can hook to the JVM's end first
     */
    public static PortalCluster prepare(Settings settings) {
        return new PortalCluster(settings);
    }

    /**
     * Starts what {@link #start(Settings)} starts; on failure stops whatever it started.
     *
     * @throws IOException when a process cannot start or an instance does not become ready in 4 minutes
     */
    public void startAll() throws IOException, InterruptedException {
        try {
            Files.createDirectories(settings.workDir());
            for (Instance i : instances) {
                startInstance(i);
            }
            startHaproxy();
            for (Instance i : instances) {
                awaitReady(i);
            }
            awaitBalanced();
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** @return the instances, first to last */
    public List<Instance> instances() {
        return List.copyOf(instances);
    }

    /** @param name an instance name @return that instance */
    public Instance instance(String name) {
        return instances.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instance " + name));
    }

    /** @return the load balancer's address, without a trailing slash */
    public String url() {
        return "http://127.0.0.1:" + lbPort;
    }

    /** @return the load balancer's TLS address (a certificate of this run for localhost and 127.0.0.1), without a trailing slash */
    public String tlsUrl() {
        return "https://127.0.0.1:" + tlsPort;
    }

    /** @return the certificate HAProxy presents on {@link #tlsUrl()} (PEM), made for this run */
    public Path certificate() {
        return settings.workDir().resolve("tls-cert.pem");
    }

    /** @return the load balancer's port */
    public int lbPort() {
        return lbPort;
    }

    /**
     * The pre-boot commands of a single instance ({@code config/payara-preboot.txt}), with web sessions put back in the
     * Data Grid (that file keeps them in each instance's memory).
     */
    private Path clusterPreboot() throws IOException {
        Path p = settings.workDir().resolve("payara-preboot-cluster.txt");
        Files.writeString(p, Files.readString(settings.preboot()) + """

                # PortalCluster: sessions in the Data Grid, with a backup on another member
                set configs.config.server-config.availability-service.web-container-availability.availability-enabled=true
                """);
        return p;
    }

    private void startInstance(Instance i) throws IOException {
        StringBuilder members = new StringBuilder();
        for (Instance other : instances) {
            members.append(members.length() == 0 ? "" : ",").append("127.0.0.1:").append(other.gridPort);
        }
        Path root = settings.workDir().resolve(i.name());
        deleteTree(root);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + settings.heap());
        cmd.addAll(settings.systemProperties());
        cmd.add("-Dportal.demo.loadData=" + (i == instances.get(0)));
        cmd.addAll(List.of("-jar", settings.microJar().toString(),
                "--deploy", settings.war().toString(),
                "--prebootcommandfile", clusterPreboot().toString(),
                "--contextroot", "/",
                "--port", Integer.toString(i.httpPort),
                "--name", i.name(),
                "--clustername", clusterName,
                "--clustermode", "tcpip:" + members,
                "--startport", Integer.toString(i.gridPort),
                "--interfaces", "127.0.0.1",
                "--nohostaware",
                "--rootdir", root.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(i.log().toFile());
        pb.environment().putAll(settings.environment());
        i.process = pb.start();
    }

    private void startHaproxy() throws IOException {
        Path haproxyBinary = Path.of("/usr/sbin/haproxy");
        if (!Files.isExecutable(haproxyBinary)) {
            throw new IOException("HAProxy is missing: apt-get install -y haproxy");
        }
        makeCertificate();
        Path config = settings.workDir().resolve("haproxy.cfg");
        Files.writeString(config, haproxyConfig());
        Path log = settings.workDir().resolve("haproxy.log");
        haproxy = new ProcessBuilder(haproxyBinary.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * A self-signed certificate for localhost and 127.0.0.1, valid for a week, made with Debian's openssl for the
     * balancer's TLS front; HAProxy reads the certificate and its key from one file.
     */
    private void makeCertificate() throws IOException {
        Path key = settings.workDir().resolve("tls-key.pem");
        Path cert = certificate();
        List<String> cmd = List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "7", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key.toString(), "-out", cert.toString());
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(settings.workDir().resolve("openssl.log").toFile()).start();
        } catch (IOException e) {
            throw new IOException("openssl is missing (apt-get install -y openssl): " + e.getMessage(), e);
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("openssl did not make the TLS certificate within 60 s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the TLS certificate", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("openssl could not make the TLS certificate; see " + settings.workDir().resolve("openssl.log"));
        }
        Files.writeString(settings.workDir().resolve("tls.pem"), Files.readString(cert) + Files.readString(key));
    }

    /** @return the HAProxy configuration (also written to {@code haproxy.cfg} in the work directory) */
    String haproxyConfig() {
        StringBuilder servers = new StringBuilder();
        for (Instance i : instances) {
            servers.append("    server ").append(i.name()).append(" 127.0.0.1:").append(i.httpPort)
                    .append(" check cookie ").append(i.name()).append('\n');
        }
        return """
                # written by PortalCluster for this run; docs/operations.md, "Cluster"
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    # a request whose instance is down goes to another one, once
                    option redispatch
                    retries 2
                    option forwardfor
                frontend portal
                    bind 127.0.0.1:%d
                    bind 127.0.0.1:%d ssl crt %s
                    # the instances believe X-Forwarded-Proto from the balancer (portal.proxy.trusted): it is set here,
                    # whatever a client sent, so that plain HTTP never passes for TLS
                    http-request set-header X-Forwarded-Proto https if { ssl_fc }
                    http-request set-header X-Forwarded-Proto http unless { ssl_fc }
                    # under TLS every cookie is Secure: those Payara writes after the application has answered
                    # (JSESSIONIDVERSION), which the instances cannot mark on their plain-HTTP side, and the balancer's
                    # own PORTAL_NODE (inserted after http-response rules run: hence http-after-response)
                    http-after-response replace-header Set-Cookie '(?i)^((?!.*;\\s*secure\\s*(;|$)).*)$' '\\1; Secure' if { ssl_fc }
                    default_backend payara
                backend payara
                    balance roundrobin
                    # a browser stays on the instance that served it while that one is up (Payara's advice for
                    # replicated sessions); when it is down the browser goes on elsewhere with the same session
                    cookie %s insert indirect nocache httponly
                    option httpchk
                    http-check send meth GET uri /health/ready
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                    http-response set-header %s %%[srv_name]
                %s""".formatted(lbPort, tlsPort, settings.workDir().resolve("tls.pem"), NODE_COOKIE, INSTANCE_HEADER, servers);
    }

    private void awaitReady(Instance i) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!i.process.isAlive()) {
                throw new IOException(i.name() + " stopped while starting; see " + i.log());
            }
            if (status(http, i.url() + "/health/ready") == 200 && status(http, i.url() + "/login.xhtml") == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException(i.name() + " did not become ready in 240 s; see " + i.log());
    }

    /** Waits until HAProxy's health checks see every instance up: new clients reach each of them in turn. */
    private void awaitBalanced() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        java.util.Set<String> seen = new java.util.HashSet<>();
        String last = "nothing";
        while (System.nanoTime() < deadline) {
            if (!haproxy.isAlive()) {
                throw new IOException("HAProxy stopped; see " + settings.workDir().resolve("haproxy.log"));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                r.headers().firstValue(INSTANCE_HEADER).ifPresent(seen::add);
                last = r.statusCode() + " " + r.headers().map();
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            }
            if (seen.size() == instances.size()) {
                return;
            }
            Thread.sleep(300);
        }
        throw new IOException("HAProxy did not send requests to every instance in 30 s (seen: " + seen + "; last answer: " + last + ")");
    }

    private static int status(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * Payara Micro logs the Data Grid's members when an instance joins it (not when others join later): the one that
     * joined last has seen them all.
     *
     * @return the members each instance logged, by instance name
     */
    public Map<String, Integer> gridMembers() {
        Map<String, Integer> m = new LinkedHashMap<>();
        instances.forEach(i -> m.put(i.name(), i.gridMembers()));
        return m;
    }

    /** Stops HAProxy and every instance (SIGTERM, then SIGKILL after 30 s). */
    @Override
    public void close() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        for (Instance i : instances) {
            if (i.process != null) {
                i.process.destroy();
            }
        }
        for (Instance i : instances) {
            Process p = i.process;
            if (p == null) {
                continue;
            }
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        if (haproxy != null) {
            try {
                if (!haproxy.waitFor(10, TimeUnit.SECONDS)) {
                    haproxy.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @return the pids of the processes started, for a launcher's pid file */
    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        if (haproxy != null) {
            pids.add(haproxy.pid());
        }
        instances.stream().filter(i -> i.process != null).forEach(i -> pids.add(i.process.pid()));
        return pids;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
