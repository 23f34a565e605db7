package dev.atrium.bootstrap.e2e;

import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One TCP connection to the server under test, written byte by byte as a slow or hostile client
 * would, and read as plain HTTP/1.1: what an HTTP client library never lets a test do.
 */
final class RawConnection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;

    private RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    static RawConnection open(EmbeddedServer server) {
        try {
            return new RawConnection(new Socket(server.getHost(), server.getPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the text as it is; false when the server has closed the connection already. */
    boolean send(String text) {
        try {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** A GET of {@code path} on this connection, kept alive; the status of the answer. */
    int get(String path) {
        send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        return readStatus();
    }

    /** Reads one answer (headers and a body of Content-Length bytes) and gives its status. */
    int readStatus() {
        try {
            socket.setSoTimeout(10_000);
            String head = readHead();
            int length = contentLength(head);
            if (in.readNBytes(length).length != length) {
                throw new IllegalStateException("the body ended early: " + head);
            }
            return Integer.parseInt(head.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the server closes the connection within {@code wait}, having answered nothing: a byte
     * of an answer fails the test, since the connection was meant to be cut off, not answered.
     */
    boolean closedUnansweredWithin(Duration wait) {
        try {
            socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
            int next = in.read();
            if (next >= 0) {
                throw new AssertionError("the server answered instead of closing: " + (char) next
                        + new String(in.readNBytes(in.available()), StandardCharsets.US_ASCII));
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readHead() throws IOException {
        return HttpHead.readFrom(in, "before an answer");
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return 0;
    }
}
