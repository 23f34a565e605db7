package dev.atrium.adapter.signaling.socket;

import dev.atrium.domain.live.LeaveReason;
import io.micronaut.websocket.CloseReason;

/**
 * Why the server closes a socket: the close codes of docs/signaling.md, one table. 4000-4099 invite
 * the client to reconnect (and resume); 4500-4599 are final for this session, so a client that
 * reconnects after one of them only hears it again.
 */
enum SocketClose {
    TOO_BIG(1009, "message too big"),
    LEFT(1000, "left the room"),
    GOING_AWAY(4000, "server going away"),
    SILENT(4001, "no heartbeat"),
    SLOW_CONSUMER(4002, "slow consumer"),
    BAD_HELLO(4003, "bad or late hello"),
    RATE_LIMITED(4004, "rate limited"),
    CREDENTIAL_REFUSED(4500, "credential refused"),
    CREDENTIAL_EXPIRED(4501, "credential expired"),
    REMOVED(4502, "removed"),
    BANNED(4503, "banned"),
    ROOM_ENDED(4504, "room ended"),
    REPLACED(4505, "replaced by a newer connection");

    private final CloseReason reason;

    SocketClose(int code, String reason) {
        this.reason = new CloseReason(code, reason);
    }

    CloseReason reason() {
        return reason;
    }

    int code() {
        return reason.getCode();
    }

    /**
     * Whether the participant is still in the room after this close, and so stays present for the
     * grace in which they may reconnect: every close but the final ones (4500-4599, which follow a
     * departure or refuse the session) and 1000, which follows the participant's own leave.
     */
    boolean keepsPresence() {
        return this != LEFT && code() < 4500;
    }

    /** How the socket of somebody who left ends: each way of leaving the room has its code. */
    static SocketClose after(LeaveReason reason) {
        return switch (reason) {
            case LEFT -> LEFT;
            case REMOVED, DENIED -> REMOVED;
            case BANNED -> BANNED;
            case REPLACED -> REPLACED;
            case TIMEOUT -> CREDENTIAL_EXPIRED;
            case EXPIRED, SESSION_CLOSED, ROOM_ENDED -> ROOM_ENDED;
        };
    }
}
