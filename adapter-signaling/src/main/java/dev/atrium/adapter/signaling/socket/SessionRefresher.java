package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.PingSessionUseCase;
import dev.atrium.application.port.in.live.SessionRefresh;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.shared.DomainException;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * An open socket keeps its participant present: a third of the presence timeout after the last
 * refresh, it pings the session for the client, which also gives a fresh session credential; the
 * socket is sent it, so a client always holds a credential that is valid for its next hello. A
 * refused ping (the participant is gone) is left to the event that says so, which closes the socket.
 */
@Singleton
final class SessionRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(SessionRefresher.class);

    private final PingSessionUseCase pingSession;
    private final ExecutorService blocking;
    private final long intervalNanos;

    SessionRefresher(PingSessionUseCase pingSession, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                     @Value("${atrium.presence.timeout:30s}") Duration presenceTimeout) {
        this.pingSession = pingSession;
        this.blocking = blocking;
        this.intervalNanos = presenceTimeout.toNanos() / 3;
    }

    void refreshIfDue(Channel channel, long nowNanos) {
        if (channel.startRefreshIfDue(nowNanos, intervalNanos)) {
            blocking.execute(() -> refresh(channel));
        }
    }

    private void refresh(Channel channel) {
        SessionGrant grant = channel.grant();
        try {
            SessionRefresh refresh = pingSession.ping(new SessionInRoom(grant.roomId().value(), grant));
            channel.refreshed(refresh.credential(), refresh.credentialExpiresAt());
        } catch (DomainException refused) {
            LOG.debug("Socket {} could not refresh its session: {}", channel.id(), refused.code());
        } catch (RuntimeException failure) {
            LOG.warn("Refreshing the session of socket {} failed; the next sweep tries again", channel.id(), failure);
        } finally {
            channel.refreshDone();
        }
    }
}
