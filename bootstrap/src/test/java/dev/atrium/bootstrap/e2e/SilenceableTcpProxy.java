package dev.atrium.bootstrap.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy between the service and its database that a test can make silent: while it is
 * {@linkplain #blackHole() black-holed} it still accepts connections and reads every byte from both
 * sides, but forwards nothing and answers nothing, as a network that lost its route does (no reset,
 * no FIN, so only timeouts can tell). New connections accepted meanwhile stay silent for good;
 * after {@link #resume()} new connections work again. Every thread it starts is a daemon.
 */
final class SilenceableTcpProxy implements AutoCloseable {
    private static final int BUFFER_BYTES = 16 * 1024;

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean silent;

    private SilenceableTcpProxy(InetSocketAddress target, ServerSocket listener) {
        this.target = target;
        this.listener = listener;
    }

    /** Listens on a free port of the loopback interface and forwards to {@code target}. */
    static SilenceableTcpProxy forwardingTo(InetSocketAddress target) {
        try {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            SilenceableTcpProxy proxy = new SilenceableTcpProxy(target, listener);
            daemon("proxy-accept", proxy::acceptAll);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    void blackHole() {
        silent = true;
    }

    void resume() {
        silent = false;
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        sockets.forEach(SilenceableTcpProxy::closeQuietly);
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                if (silent) {
                    daemon("proxy-swallow", () -> swallow(client));
                } else {
                    connect(client);
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void connect(Socket client) throws IOException {
        Socket server = new Socket();
        sockets.add(server);
        try {
            server.connect(target, 5000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(server);
            return;
        }
        daemon("proxy-up", () -> pump(client, server));
        daemon("proxy-down", () -> pump(server, client));
    }

    /**
     * Copies {@code from} to {@code to}. Once the proxy dropped some of a stream the rest would be
     * garbage to the other side, so that direction stays silent for good.
     */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER_BYTES];
        boolean broken = false;
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                broken |= silent;
                if (!broken) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException ignored) {
            // one side closed: close the other below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void swallow(Socket client) {
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = client.getInputStream()) {
            while (in.read(buffer) >= 0) {
                // silence: nothing goes anywhere
            }
        } catch (IOException ignored) {
            // the client gave up
        } finally {
            closeQuietly(client);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
