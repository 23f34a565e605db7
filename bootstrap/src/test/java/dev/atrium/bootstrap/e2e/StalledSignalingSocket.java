package dev.atrium.bootstrap.e2e;

import io.micronaut.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A WebSocket client of {@code /v1/signal} written on a bare TCP socket, which reads only when the
 * test tells it to: a consumer as slow as a test needs. Its receive buffer is small, so once it stops
 * reading, the kernel's buffers fill after a few frames and the server's writes stop completing. The
 * JDK's client cannot do this: it reads whatever arrives.
 */
final class StalledSignalingSocket implements AutoCloseable {
    private static final int RECEIVE_BUFFER_BYTES = 4096;
    private static final int READ_TIMEOUT_MILLIS = 30_000;
    private static final int OPCODE_CONTINUATION = 0x0, OPCODE_TEXT = 0x1, OPCODE_CLOSE = 0x8;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final JsonMapper json;

    private StalledSignalingSocket(Socket socket, JsonMapper json) throws IOException {
        this.socket = socket;
        // Unbuffered on purpose: a buffered stream would read ahead, which is what this client must not do.
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.json = json;
    }

    /** Opens the socket (the upgrade answered 101) with a receive buffer of a few KiB. */
    static StalledSignalingSocket open(URI server, JsonMapper json) {
        try {
            Socket socket = new Socket();
            socket.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            StalledSignalingSocket client = new StalledSignalingSocket(socket, json);
            client.upgrade(server);
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void hello(String credential) {
        send("{\"type\":\"hello\",\"credential\":\"" + credential + "\"}");
    }

    /** Sends a text frame, masked as a client must. */
    void send(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = new byte[4];
        new SecureRandom().nextBytes(mask);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x80 | OPCODE_TEXT);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length <= 0xFFFF) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        } else {
            throw new IllegalArgumentException("a test sends small frames");
        }
        frame.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server sent, read until its close frame (or, failing that, the end of the connection). */
    Received readToTheEnd() {
        List<Map<String, Object>> frames = new ArrayList<>();
        while (true) {
            Frame frame = readFrame();
            if (frame == null) {
                return new Received(frames, -1);
            }
            if (frame.opcode() == OPCODE_CLOSE) {
                int code = frame.payload().length >= 2 ? ((frame.payload()[0] & 0xFF) << 8) | (frame.payload()[1] & 0xFF) : -1;
                return new Received(frames, code);
            }
            frames.add(parse(frame.payload()));
        }
    }

    /** The next text message, as JSON. */
    Map<String, Object> next() {
        Frame frame = readFrame();
        if (frame == null || frame.opcode() != OPCODE_TEXT) {
            throw new AssertionError("expected a text frame, got " + (frame == null ? "the end of the connection" : "opcode " + frame.opcode()));
        }
        return parse(frame.payload());
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text frame, in order, and the code of the close frame ({@code -1}: the connection just ended). */
    record Received(List<Map<String, Object>> frames, int closeCode) {
    }

    private record Frame(int opcode, byte[] payload) {
    }

    private void upgrade(URI server) throws IOException {
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        out.write(("GET /v1/signal HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String head = HttpHead.readFrom(in, "during the upgrade");
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new IllegalStateException("the upgrade was refused: " + head);
        }
    }

    /** One whole message (fragments joined), a close frame, or {@code null} at the end of the connection. */
    private Frame readFrame() {
        try {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            int first;
            int opcode = -1;
            do {
                first = in.read();
                if (first < 0) {
                    return null;
                }
                int fragmentOpcode = first & 0x0F;
                if (fragmentOpcode != OPCODE_CONTINUATION) {
                    opcode = fragmentOpcode;
                }
                message.writeBytes(payload(in));
            } while ((first & 0x80) == 0);
            return new Frame(opcode, message.toByteArray());
        } catch (IOException closed) {
            return null;
        }
    }

    private static byte[] payload(DataInputStream in) throws IOException {
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[Math.toIntExact(length)];
        in.readFully(payload);
        return payload;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(byte[] payload) {
        try {
            return json.readValue(new String(payload, StandardCharsets.UTF_8), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
