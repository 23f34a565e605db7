package dev.atrium.archfixture.adapter.alpha;

import io.micronaut.websocket.annotation.ServerWebSocket;

// Breaks "WebSockets stay in the signaling adapter": a WebSocket endpoint in the REST adapter.
@ServerWebSocket("/fixture")
public interface RestAdapterWithWebSocket {
}
