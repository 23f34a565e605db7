package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.live.RoomFollow;
import dev.atrium.domain.live.EventReceiver;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent;
import dev.atrium.domain.live.RoomEvent.ParticipantLeft;
import dev.atrium.domain.live.RoomEvent.RoomEnded;
import dev.atrium.domain.live.SessionGrant;
import io.micronaut.websocket.WebSocketSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One participant's socket. It says hello, is welcomed with the room as it was at some {@code seq},
 * and from then on is sent each later event of its room it may see, in order, each once: an event at
 * or before the last one it was sent is a redelivery and dropped. Events that arrive while it is
 * being welcomed wait for the welcome. What it may see follows the events about its participant
 * ({@link EventReceiver#after}); the event that takes its participant out of the room ends it.
 *
 * <p>Frames leave in the order they are made: every send happens under this object's lock, and at most
 * {@link SignalingSettings#outboundFrames} wait to be written. Beyond that the client is too slow and
 * the socket is closed (4002); it loses nothing, since it resumes from the last {@code seq} it got.
 * A burst of events is longer than that bound: a replay on resume (up to {@link ClientFrames#MAX_REPLAY}
 * events), a batch of the relay (up to 500). Sent all at once, it would close even a fast client, whose
 * writes complete only after the burst is handed over; so events beyond half the bound wait as a
 * backlog, made into frames as earlier frames are written. The other half stays free for the frames
 * made for this socket alone (replies, pings, credentials). The client is too slow when, beyond the
 * replay, as many live events as the bound wait in the backlog.
 * The backlog is sent from {@code drainer}, never from the event loop that reports a write done: a
 * frame sent from the event loop is written at once, ahead of the frames waiting in its queue.
 */
final class Channel {
    private static final Logger LOG = LoggerFactory.getLogger(Channel.class);

    enum Stage { AWAITING_HELLO, ENTERING, OPEN, CLOSED }

    private final WebSocketSession socket;
    private final Frames frames;
    private final int outboundFrames;
    private final MessageRate inbound;
    private final long openedAtNanos;
    private volatile long lastHeardNanos;
    private long lastPingNanos;
    private long lastRefreshNanos;
    private boolean refreshing;
    /** The follow of its room this channel holds (RoomChannels), ended when it closes. */
    private RoomFollow follow;
    private Stage stage = Stage.AWAITING_HELLO;
    /** Why the server closed it; {@code null} while open, or when the client or the network closed it. */
    private SocketClose closedBy;
    private SessionGrant grant;
    private EventReceiver receiver;
    /** Its participant, the room's topology in use and mode, for the peer relay: follows the events as the receiver does. */
    private Peer peer;
    private long lastSeq;
    private final Queue<RecordedEvent> early = new ArrayDeque<>();
    /** Events not yet made into frames, in order: they go out as frames are written. */
    private final Queue<RecordedEvent> backlog = new ArrayDeque<>();
    /** How many of the backlog's first events are a replay's, which do not count against the bound. */
    private int replayInBacklog;
    private final int eventFrames;
    private final Executor drainer;
    private boolean drainScheduled;
    private int unwritten;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    /** The client's requests, answered one at a time in the order they came. */
    private final SerialQueue requests = new SerialQueue();

    Channel(WebSocketSession socket, Frames frames, SignalingSettings settings, Executor drainer, long nowNanos) {
        this.socket = socket;
        this.drainer = drainer;
        this.frames = frames;
        this.outboundFrames = settings.outboundFrames();
        this.eventFrames = Math.max(1, outboundFrames / 2);
        this.inbound = new MessageRate(settings.messagesPerSecond(), settings.messageBurst(), nowNanos);
        this.openedAtNanos = nowNanos;
        this.lastHeardNanos = nowNanos;
        this.lastPingNanos = nowNanos;
    }

    String id() {
        return socket.getId();
    }

    SerialQueue requests() {
        return requests;
    }

    /** Any frame from the client proves it is alive. */
    void heard(long nowNanos) {
        lastHeardNanos = nowNanos;
    }

    /** Whether one more message from the client is within its rate; only the socket's reader calls it. */
    boolean withinRate(long nowNanos) {
        return inbound.take(nowNanos);
    }

    long lastHeardNanos() {
        return lastHeardNanos;
    }

    long openedAtNanos() {
        return openedAtNanos;
    }

    synchronized Stage stage() {
        return stage;
    }

    /** Takes the hello: false when it came already (a second hello is refused). */
    synchronized boolean startEntering() {
        if (stage != Stage.AWAITING_HELLO) {
            return false;
        }
        stage = Stage.ENTERING;
        return true;
    }

    /** The session the hello proved, known before the welcome so that events can wait for it. */
    synchronized void entering(SessionGrant proven) {
        this.grant = proven;
    }

    synchronized SessionGrant grant() {
        return grant;
    }

    synchronized ParticipantId participantId() {
        return grant == null ? null : grant.participantId();
    }

    /** What the peer relay knows of this socket's participant; {@code null} before the welcome. */
    synchronized Peer peer() {
        return peer;
    }

    /** Sends the welcome of {@code session}, then what happened after its {@code seq} and came meanwhile. */
    synchronized void welcome(ParticipantSession session, EventReceiver seeing, SignalingSettings settings) {
        if (stage != Stage.ENTERING) {
            return;
        }
        open(session, seeing, session.seq());
        send(frames.welcome(session, seeing, settings));
        catchUp(List.of());
    }

    /**
     * Grants a resume: the welcome says so, the events missed after {@code afterSeq} follow in order,
     * judged by who the participant is now, then what came meanwhile.
     */
    synchronized void resumed(ParticipantSession session, EventReceiver seeing, long afterSeq, List<RecordedEvent> missed,
                              SignalingSettings settings) {
        if (stage != Stage.ENTERING) {
            return;
        }
        open(session, seeing, afterSeq);
        send(frames.resumed(session, afterSeq, settings));
        catchUp(missed);
    }

    private void open(ParticipantSession session, EventReceiver seeing, long seq) {
        receiver = seeing;
        peer = new Peer(session.participant(), session.room().topology(), session.room().room().settings().mode());
        lastSeq = seq;
        stage = Stage.OPEN;
        // The presence write right after the welcome (SessionRefresher.welcomed) is the first refresh.
        lastRefreshNanos = System.nanoTime();
    }

    private void catchUp(List<RecordedEvent> missed) {
        backlog.addAll(missed);
        replayInBacklog = missed.size();
        backlog.addAll(early);
        early.clear();
        drainBacklog();
    }

    /** Makes frames of the backlog while fewer than half the bound wait to be written. */
    private void drainBacklog() {
        while (stage == Stage.OPEN && !backlog.isEmpty() && unwritten < eventFrames) {
            replayInBacklog = Math.max(0, replayInBacklog - 1);
            next(backlog.poll());
        }
    }

    private synchronized void drainScheduled() {
        drainScheduled = false;
        drainBacklog();
    }

    /**
     * Whether the session is due for a refresh, which then counts as started (one at a time): one
     * interval after the last, the first counting from the welcome, whose presence write is made by
     * {@link SessionRefresher#welcomed}.
     */
    synchronized boolean startRefreshIfDue(long nowNanos, long intervalNanos) {
        if (stage != Stage.OPEN || refreshing || nowNanos - lastRefreshNanos < intervalNanos) {
            return false;
        }
        refreshing = true;
        lastRefreshNanos = nowNanos;
        return true;
    }

    synchronized void refreshDone() {
        refreshing = false;
    }

    /** A new credential for the session, before the last one expires. */
    synchronized void refreshed(String credential, Instant expiresAt) {
        if (stage == Stage.OPEN) {
            send(frames.credential(credential, expiresAt));
        }
    }

    /** An event of this channel's room, in the room's order (redeliveries included). */
    synchronized void deliver(RecordedEvent recorded) {
        switch (stage) {
            case AWAITING_HELLO, CLOSED -> {
            }
            case ENTERING -> {
                if (early.size() >= outboundFrames) {
                    close(SocketClose.SLOW_CONSUMER);
                } else {
                    early.add(recorded);
                }
            }
            case OPEN -> {
                if (backlog.isEmpty() && unwritten < eventFrames) {
                    next(recorded);
                } else if (backlog.size() - replayInBacklog >= outboundFrames) {
                    close(SocketClose.SLOW_CONSUMER);
                } else {
                    backlog.add(recorded);
                }
            }
        }
    }

    private void next(RecordedEvent recorded) {
        if (recorded.sequence() <= lastSeq) {
            return;
        }
        if (recorded.sequence() != lastSeq + 1) {
            LOG.warn("Socket {} missed events {}..{} of room {}; it is closed to resume", socket.getId(), lastSeq + 1,
                    recorded.sequence() - 1, recorded.roomId());
            close(SocketClose.SLOW_CONSUMER);
            return;
        }
        lastSeq = recorded.sequence();
        RoomEvent event = recorded.event();
        if (receiver.sees(event)) {
            send(frames.event(recorded));
        }
        receiver = receiver.after(event);
        peer = peer.after(event);
        ending(event);
    }

    /**
     * The event that takes this channel's participant out of the room, or ends the room, ends the
     * socket; so does the first departure of an end for everybody, whose other departures (one per
     * person, each to every socket) would only say the same to a socket about to close.
     */
    private void ending(RoomEvent event) {
        if (event instanceof ParticipantLeft left && (left.participantId().equals(grant.participantId())
                || left.reason().endsTheSessionForEverybody())) {
            close(SocketClose.after(left.reason()));
        } else if (event instanceof RoomEnded) {
            close(SocketClose.ROOM_ENDED);
        }
    }

    /** Pings when one is due; true when it did. */
    synchronized boolean pingIfDue(long nowNanos, long intervalNanos) {
        if (stage != Stage.OPEN || nowNanos - lastPingNanos < intervalNanos) {
            return false;
        }
        lastPingNanos = nowNanos;
        send(frames.ping());
        return true;
    }

    /** Sends a frame made for this socket alone, such as a reply. */
    synchronized void sendFrame(String frame) {
        if (stage != Stage.CLOSED) {
            send(frame);
        }
    }

    private void send(String frame) {
        if (unwritten >= outboundFrames) {
            close(SocketClose.SLOW_CONSUMER);
            return;
        }
        if (!socket.isOpen()) {
            closed();
            return;
        }
        unwritten++;
        try {
            socket.sendAsync(frame).whenComplete((sent, failure) -> written());
        } catch (RuntimeException closedMeanwhile) {
            // The client went away between the check and the write: nothing more goes to this socket.
            unwritten--;
            closed();
        }
    }

    private synchronized void written() {
        unwritten--;
        if (stage == Stage.OPEN && !backlog.isEmpty() && !drainScheduled) {
            drainScheduled = true;
            drainer.execute(this::drainScheduled);
        }
    }

    synchronized void close(SocketClose why) {
        if (stage == Stage.CLOSED) {
            return;
        }
        stage = Stage.CLOSED;
        closedBy = why;
        early.clear();
        backlog.clear();
        replayInBacklog = 0;
        if (socket.isOpen()) {
            socket.close(why.reason());
        }
    }

    /** The client or the network closed it. */
    synchronized void closed() {
        stage = Stage.CLOSED;
        early.clear();
        backlog.clear();
        replayInBacklog = 0;
        ended.complete(null);
    }

    /** Done once the connection is closed, not only asked to close. */
    CompletableFuture<Void> ended() {
        return ended;
    }

    /**
     * Whether its participant stays present for the grace now that it is closed: it was welcomed, and
     * neither their departure nor a final close ended it (the client going away, or the network, is
     * no final close).
     */
    synchronized boolean keepsPresenceAfterClose() {
        return stage == Stage.CLOSED && peer != null && (closedBy == null || closedBy.keepsPresence());
    }

    /** Holds {@code roomFollow} until the channel closes; one that closed meanwhile ends it at once. */
    synchronized void holdUntilClosed(RoomFollow roomFollow) {
        if (stage == Stage.CLOSED) {
            roomFollow.end();
        } else {
            follow = roomFollow;
        }
    }

    /** Ends the follow this channel holds, if any. */
    synchronized void endFollow() {
        if (follow != null) {
            follow.end();
            follow = null;
        }
    }
}
