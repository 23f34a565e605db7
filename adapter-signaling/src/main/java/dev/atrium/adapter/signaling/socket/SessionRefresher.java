package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.SessionConnectedUseCase;
import dev.atrium.application.port.in.live.SessionDisconnectedUseCase;
import dev.atrium.application.port.in.live.SessionRefresh;
import dev.atrium.application.port.in.live.SessionStillConnectedUseCase;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.shared.DomainException;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket is presence: its participant is kept present for the grace ({@code atrium.presence.grace},
 * a rule of the application) when it is welcomed ({@link SessionConnectedUseCase}), again every half
 * grace while it is open ({@link SessionStillConnectedUseCase}), so a refresh that comes a sweep late
 * still lands in time, and once more when it closes without its participant leaving
 * ({@link SessionDisconnectedUseCase}): they leave one grace after the close unless a new socket came.
 * The periodic refresh also gives a fresh session credential, which the socket is sent, so a client
 * always holds one valid for its next hello. A refusal (the participant is gone) is left to the event
 * that says so, which closes the socket.
 * <p>
 * The periodic and closing writes run on {@value #WRITERS} threads of their own, not on the unbounded
 * blocking executor: 5,000 sockets refreshing against a pool of 10 database connections held about
 * 1,100 threads there, each waiting for a connection. A socket has at most one refresh queued.
 */
@Singleton
final class SessionRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(SessionRefresher.class);

    private final SessionConnectedUseCase connected;
    private final SessionStillConnectedUseCase stillConnected;
    private final SessionDisconnectedUseCase disconnected;
    static final int WRITERS = 4;
    private static final String THREAD = "presence-writer";

    private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS, new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, THREAD + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });
    private final long intervalNanos;

    SessionRefresher(SessionConnectedUseCase connected, SessionStillConnectedUseCase stillConnected,
                     SessionDisconnectedUseCase disconnected, @Value("${atrium.presence.grace:20s}") Duration grace) {
        this.connected = connected;
        this.stillConnected = stillConnected;
        this.disconnected = disconnected;
        this.intervalNanos = grace.toNanos() / 2;
    }

    /**
     * The sockets were closed in the graceful shutdown (RoomChannels), before beans are destroyed, so
     * their closing writes are queued by now and are let through.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        writers.shutdown();
        if (!writers.awaitTermination(5, TimeUnit.SECONDS)) {
            writers.shutdownNow();
        }
    }

    /**
     * Right after the welcome, on the blocking thread that sent it: a reconnect moves the deadline its
     * old socket's close set before that deadline passes, not one interval later.
     */
    void welcomed(Channel channel) {
        if (channel.stage() == Channel.Stage.OPEN) {
            keepPresent(channel, "welcome", () -> connected.connected(sessionOf(channel)));
        }
    }

    void refreshIfDue(Channel channel, long nowNanos) {
        if (channel.startRefreshIfDue(nowNanos, intervalNanos)) {
            try {
                writers.execute(() -> refresh(channel));
            } catch (RejectedExecutionException stopping) {
                channel.refreshDone();
            }
        }
    }

    /** After the socket closed; the write runs on a writer thread, never on the event loop. */
    void closed(Channel channel) {
        if (!channel.keepsPresenceAfterClose()) {
            return;
        }
        try {
            writers.execute(() -> keepPresent(channel, "close", () -> disconnected.disconnected(sessionOf(channel))));
        } catch (RejectedExecutionException stopping) {
            // The node is stopping: the deadline of the last refresh, at least half a grace away, stands.
            LOG.debug("Socket {} closed while the node stops; its last refresh stands", channel.id());
        }
    }

    private void refresh(Channel channel) {
        try {
            keepPresent(channel, "refresh", () -> {
                SessionRefresh refresh = stillConnected.stillConnected(sessionOf(channel));
                channel.refreshed(refresh.credential(), refresh.credentialExpiresAt());
            });
        } finally {
            channel.refreshDone();
        }
    }

    private static void keepPresent(Channel channel, String when, Runnable write) {
        try {
            write.run();
        } catch (DomainException refused) {
            LOG.debug("Socket {} could not keep its session present at its {}: {}", channel.id(), when, refused.code());
        } catch (RuntimeException failure) {
            LOG.warn("Keeping the session of socket {} present at its {} failed", channel.id(), when, failure);
        }
    }

    private static SessionInRoom sessionOf(Channel channel) {
        SessionGrant grant = channel.grant();
        return new SessionInRoom(grant.roomId().value(), grant);
    }
}
