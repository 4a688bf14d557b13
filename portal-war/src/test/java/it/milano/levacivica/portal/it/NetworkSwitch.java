package it.milano.levacivica.portal.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on 127.0.0.1 in front of the portal that a test can switch off and on: the browser reaches the
 * portal as {@code http://localhost:<port>} (a secure context, so service workers run there) and, switched
 * off, finds no server at all (connections refused, open ones cut), for the page and its service worker alike.
 * DevTools' network conditions only tell the page it is offline; this takes the network away.
 */
final class NetworkSwitch implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    NetworkSwitch(String host, int targetPort) throws IOException {
        this.target = new InetSocketAddress(host, targetPort);
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        on();
    }

    /** @return the portal's address through the relay, e.g. {@code http://localhost:40123} */
    String origin() {
        return "http://localhost:" + port;
    }

    synchronized void on() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = s;
        Thread accept = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    Socket upstream = new Socket();
                    upstream.connect(target, 5000);
                    open.add(client);
                    open.add(upstream);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException closed) {
                    return;
                }
            }
        }, "network-switch-accept");
        accept.setDaemon(true);
        accept.start();
    }

    synchronized void off() {
        ServerSocket s = server;
        server = null;
        quietly(s);
        open.forEach(NetworkSwitch::quietly);
        open.clear();
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException cut) {
                // switched off, or the other side closed
            } finally {
                quietly(from);
                quietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "network-switch-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void quietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException ignored) {
            // closing is all we want
        }
    }

    @Override
    public void close() {
        off();
    }
}
