package dev.atrium.adapter.signaling.socket;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * {@code GET /v1/signal}: the one socket of every room (docs/signaling.md). The upgrade needs no
 * credential; the first frame, the hello, carries the session credential, so it never travels in a
 * URL or a proxy's log. Micronaut caps one frame at the message limit; a message sent in fragments is
 * measured again once whole, and refused with 1009 the same way.
 */
@ServerWebSocket("/v1/signal")
final class SignalingEndpoint {
    private static final int MAX_MESSAGE_BYTES = 65536;

    private final Map<String, Channel> bySocket = new ConcurrentHashMap<>();
    private final RoomChannels channels;
    private final ClientFrames clientFrames;
    private final Frames frames;
    private final SignalingSettings settings;
    private final SessionRefresher refresher;
    private final ExecutorService blocking;

    SignalingEndpoint(RoomChannels channels, ClientFrames clientFrames, Frames frames, SignalingSettings settings,
                      SessionRefresher refresher, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.channels = channels;
        this.clientFrames = clientFrames;
        this.frames = frames;
        this.settings = settings;
        this.refresher = refresher;
        this.blocking = blocking;
    }

    @OnOpen
    void open(WebSocketSession socket) {
        Channel channel = new Channel(socket, frames, settings, blocking, System.nanoTime());
        bySocket.put(socket.getId(), channel);
        channels.opened(channel);
    }

    @OnMessage(maxPayloadLength = MAX_MESSAGE_BYTES)
    void message(String text, WebSocketSession socket) {
        Channel channel = bySocket.get(socket.getId());
        if (channel == null) {
            return;
        }
        long now = System.nanoTime();
        channel.heard(now);
        if (tooBig(text)) {
            channel.close(SocketClose.TOO_BIG);
            return;
        }
        if (!channel.withinRate(now)) {
            channel.close(SocketClose.RATE_LIMITED);
            return;
        }
        clientFrames.take(channel, text);
    }

    @OnClose
    void close(WebSocketSession socket) {
        Channel channel = bySocket.remove(socket.getId());
        if (channel != null) {
            channel.closed();
            channels.closed(channel);
            refresher.closed(channel);
        }
    }

    private boolean tooBig(String text) {
        int limit = Math.min(settings.maxMessageBytes(), MAX_MESSAGE_BYTES);
        if (text.length() > limit) {
            return true;
        }
        return text.length() * 3L > limit && text.getBytes(StandardCharsets.UTF_8).length > limit;
    }
}
