package dev.atrium.bootstrap.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, one connection per request, so a fuzzed request can carry bytes no
 * HTTP client library would send: invalid UTF-8 in the path, control characters in a header value,
 * a body that contradicts its content type.
 */
final class RawHttp {
    private static final int TIMEOUT_MILLIS = 70_000;

    private final URI server;

    RawHttp(URI server) {
        this.server = server;
    }

    /** One header line as sent; the value is raw bytes, so it may hold anything but CR and LF. */
    record Header(String name, byte[] value) {
        static Header of(String name, String value) {
            return new Header(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A request as bytes on the wire; {@code target} is the path and query exactly as sent. */
    record Request(String method, byte[] target, List<Header> headers, Optional<byte[]> body) {
    }

    /** An answer; {@code body} already has chunked transfer coding removed. */
    record Answer(int status, List<Header> headers, byte[] body) {
        Optional<String> header(String name) {
            return headers.stream().filter(header -> header.name().equalsIgnoreCase(name))
                    .map(header -> new String(header.value(), StandardCharsets.ISO_8859_1)).findFirst();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Answer send(Request request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head(request));
            request.body().ifPresent(body -> write(out, body));
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()), request.method());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request.method() + " "
                    + new String(request.target(), StandardCharsets.ISO_8859_1), e);
        }
    }

    private byte[] head(Request request) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes((request.method() + " ").getBytes(StandardCharsets.ISO_8859_1));
        head.writeBytes(request.target());
        head.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Header> headers = new ArrayList<>();
        headers.add(Header.of("Host", server.getHost() + ":" + server.getPort()));
        headers.add(Header.of("Connection", "close"));
        request.body().ifPresent(body -> headers.add(Header.of("Content-Length", Integer.toString(body.length))));
        headers.addAll(request.headers());
        for (Header header : headers) {
            head.writeBytes((header.name() + ": ").getBytes(StandardCharsets.ISO_8859_1));
            head.writeBytes(header.value());
            head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        head.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return head.toByteArray();
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            // The server may answer (413, 400) and close before it has read a large body: read that answer.
        }
    }

    /**
     * Reads one answer by its framing: Content-Length, chunks, or the end of the stream. Not by the
     * end of the stream alone: a server that could not read a request's headers does not know the
     * client asked to close, and may keep the connection open after a complete answer.
     */
    private static Answer read(InputStream in, String method) throws IOException {
        byte[] head = readHead(in);
        String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new Header(lines[i].substring(0, colon).strip(),
                    lines[i].substring(colon + 1).strip().getBytes(StandardCharsets.ISO_8859_1)));
        }
        Answer withoutBody = new Answer(status, headers, new byte[0]);
        if (method.equals("HEAD") || status == 204 || status == 304) {
            return withoutBody;
        }
        Optional<String> length = withoutBody.header("Content-Length");
        if (length.isPresent()) {
            return new Answer(status, headers, in.readNBytes(Integer.parseInt(length.get().strip())));
        }
        boolean chunked = withoutBody.header("Transfer-Encoding")
                .filter(coding -> coding.toLowerCase(Locale.ROOT).contains("chunked")).isPresent();
        return new Answer(status, headers, chunked ? readChunks(in) : in.readAllBytes());
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        while (matched < end.length) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the connection closed before a complete answer head, after " + head.size() + " bytes");
            }
            head.write(next);
            matched = next == end[matched] ? matched + 1 : (next == end[0] ? 1 : 0);
        }
        byte[] bytes = head.toByteArray();
        return Arrays.copyOf(bytes, bytes.length - end.length);
    }

    private static byte[] readChunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in).split(";")[0].strip();
            int size = Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.writeBytes(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) >= 0 && next != '\n') {
            if (next != '\r') {
                line.write(next);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
