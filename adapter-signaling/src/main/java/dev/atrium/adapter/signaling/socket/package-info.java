/**
 * The WebSocket channel of rooms at {@code GET /v1/signal} (docs/signaling.md): a participant's
 * socket says hello with its session credential, is welcomed with the room as it may see it, and is
 * then pushed the room's events in order. It acts on the room with requests, which
 * {@link dev.atrium.adapter.signaling.socket.Actions} hands to the use cases their REST twins call, and
 * relays WebRTC signals to its peers ({@link dev.atrium.adapter.signaling.socket.SignalRelay}).
 * {@link dev.atrium.adapter.signaling.socket.RoomChannels} indexes this node's sockets by room and
 * follows their rooms; the node's room feed hands it their events through
 * {@link dev.atrium.adapter.signaling.socket.SocketRoomListeners}, whichever node recorded them.
 */
package dev.atrium.adapter.signaling.socket;
