package dev.atrium.bootstrap.e2e;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A real WebSocket client of {@code /v1/signal} (the JDK's), which keeps every text frame it gets
 * and how the server closed it. It answers the server's pings, as a client must, unless it is made
 * {@link #silent}; a test says everything else it does.
 */
final class SignalingSocket implements WebSocket.Listener {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final JsonMapper json;
    private final BlockingQueue<Map<String, Object>> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    /** Frames read past while looking for another (a reply), to be read next; the test's thread only. */
    private final Deque<Map<String, Object>> putBack = new ArrayDeque<>();
    private WebSocket socket;
    private volatile boolean answersPings = true;

    private SignalingSocket(JsonMapper json) {
        this.json = json;
    }

    /** From now on, the client answers no ping. */
    SignalingSocket silent() {
        answersPings = false;
        return this;
    }

    static SignalingSocket open(URI server, JsonMapper json) {
        return open(server, json, CLIENT.newWebSocketBuilder());
    }

    /** Opens a socket as a page of {@code origin} does. */
    static SignalingSocket openFrom(String origin, URI server, JsonMapper json) {
        return open(server, json, CLIENT.newWebSocketBuilder().header("Origin", origin));
    }

    private static SignalingSocket open(URI server, JsonMapper json, WebSocket.Builder builder) {
        SignalingSocket client = new SignalingSocket(json);
        URI uri = URI.create("ws://" + server.getHost() + ":" + server.getPort() + "/v1/signal");
        client.socket = builder.buildAsync(uri, client).orTimeout(10, TimeUnit.SECONDS).join();
        return client;
    }

    /** Opens a socket, says hello with {@code credential} and returns it with its welcome read. */
    static SignalingSocket welcomed(URI server, JsonMapper json, String credential) {
        SignalingSocket client = open(server, json);
        client.hello(credential);
        Map<String, Object> welcome = client.next();
        assertEquals("welcome", welcome.get("type"), welcome.toString());
        client.welcome = welcome;
        return client;
    }

    private Map<String, Object> welcome;

    Map<String, Object> welcome() {
        return welcome;
    }

    void hello(String credential) {
        send("{\"type\":\"hello\",\"credential\":\"" + credential + "\"}");
    }

    void send(String text) {
        socket.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Sends {@code text} in {@code parts} fragments. */
    void sendFragmented(String text, int parts) {
        int size = text.length() / parts;
        for (int i = 0; i < parts; i++) {
            String part = i == parts - 1 ? text.substring(i * size) : text.substring(i * size, (i + 1) * size);
            socket.sendText(part, i == parts - 1).orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    /** The next frame; fails when none comes within a few seconds. */
    Map<String, Object> next() {
        return nextWithin(System.nanoTime() + WAIT.toNanos());
    }

    private Map<String, Object> nextWithin(long deadlineNanos) {
        if (!putBack.isEmpty()) {
            return putBack.poll();
        }
        try {
            Map<String, Object> frame = frames.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertNotNull(frame, "no frame came within " + WAIT);
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next frame, or empty when the server closes the socket before one comes; fails when neither happens within a few seconds. */
    Optional<Map<String, Object>> nextUnlessClosed() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                Map<String, Object> frame = frames.poll(100, TimeUnit.MILLISECONDS);
                if (frame != null) {
                    return Optional.of(frame);
                }
                if (closeCode.isDone()) {
                    return Optional.ofNullable(frames.poll());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new AssertionError("neither a frame nor a close came within " + WAIT);
    }

    /** Sends a request and returns its reply; the frames that come before it stay to be read, in order. */
    Map<String, Object> request(long id, String action, String body) {
        send("{\"type\":\"request\",\"id\":" + id + ",\"action\":\"" + action + "\",\"body\":" + body + "}");
        return replyTo(id);
    }

    /** The reply to request {@code id}; the frames before it stay to be read, in order. */
    Map<String, Object> replyTo(long id) {
        return frameLike(frame -> "reply".equals(frame.get("type"))
                && frame.get("id") instanceof Number number && number.longValue() == id);
    }

    /** The next frame that matches; the frames before it stay to be read, in order. Pings and credentials are dropped. */
    Map<String, Object> frameLike(Predicate<Map<String, Object>> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<Map<String, Object>> before = new ArrayList<>();
        try {
            while (true) {
                Map<String, Object> frame = nextWithin(deadline);
                if (wanted.test(frame)) {
                    return frame;
                }
                if (!"ping".equals(frame.get("type")) && !"credential".equals(frame.get("type"))) {
                    before.add(frame);
                }
            }
        } finally {
            List<Map<String, Object>> rest = new ArrayList<>(putBack);
            putBack.clear();
            putBack.addAll(before);
            putBack.addAll(rest);
        }
    }

    /** The next frame that is neither a ping nor a fresh credential; fails when none comes within a few seconds. */
    Map<String, Object> nextBesidesPings() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Map<String, Object> frame = nextWithin(deadline);
        while ("ping".equals(frame.get("type")) || "credential".equals(frame.get("type"))) {
            frame = nextWithin(deadline);
        }
        return frame;
    }

    /** The next event frame's event, skipping pings and credentials. */
    @SuppressWarnings("unchecked")
    Map<String, Object> nextEvent() {
        Map<String, Object> frame = nextBesidesPings();
        assertEquals("event", frame.get("type"), frame.toString());
        return (Map<String, Object>) frame.get("event");
    }

    /** Events until one matches, returning all of them in order. */
    List<Map<String, Object>> eventsUntil(Predicate<Map<String, Object>> last) {
        List<Map<String, Object>> events = new ArrayList<>();
        Map<String, Object> event;
        do {
            event = nextEvent();
            events.add(event);
        } while (!last.test(event));
        return events;
    }

    /** Frames that came so far and are still unread. */
    List<Map<String, Object>> unread() {
        List<Map<String, Object>> rest = new ArrayList<>(putBack);
        putBack.clear();
        frames.drainTo(rest);
        return rest;
    }

    /** The close code the server sent; fails when it does not close within a few seconds. */
    int closeCode() {
        return closeCode.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    boolean isClosed() {
        return closeCode.isDone();
    }

    void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    /** Drops the TCP connection without a close frame, as a crashed client or a dead network does. */
    void kill() {
        socket.abort();
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                Map<String, Object> frame = json.readValue(partial.toString(), Map.class);
                if (answersPings && "ping".equals(frame.get("type"))) {
                    webSocket.sendText("{\"type\":\"pong\"}", true);
                }
                frames.add(frame);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            partial.setLength(0);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
    }
}
