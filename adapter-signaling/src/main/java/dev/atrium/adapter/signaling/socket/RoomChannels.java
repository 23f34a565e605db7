package dev.atrium.adapter.signaling.socket;

import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.room.RoomId;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sockets of this node, by room and by participant: an event of a room walks that room's
 * sockets only (Micronaut's broadcaster would walk every socket of the node through a predicate).
 * A participant has one socket; a newer one replaces the older. A socket that closes ends the follow
 * of its room it holds ({@link Channel#holdUntilClosed}).
 */
@Singleton
final class RoomChannels implements GracefulShutdownCapable, Ordered {
    private static final Duration CLOSE_ANSWER_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(RoomChannels.class);
    private final Set<Channel> all = ConcurrentHashMap.newKeySet();
    private final Map<RoomId, Map<ParticipantId, Channel>> rooms = new ConcurrentHashMap<>();


    void opened(Channel channel) {
        all.add(channel);
    }

    /** Files the channel under its room; the channel it replaces, if any, is returned, still open. */
    Optional<Channel> entered(RoomId room, ParticipantId participant, Channel channel) {
        Channel[] replaced = new Channel[1];
        rooms.compute(room, (id, channels) -> {
            Map<ParticipantId, Channel> present = channels == null ? new ConcurrentHashMap<>() : channels;
            Channel previous = present.put(participant, channel);
            if (previous != channel) {
                replaced[0] = previous;
            }
            return present;
        });
        return Optional.ofNullable(replaced[0]);
    }

    /** The socket of {@code participant} in {@code room}, when it is open and welcomed. */
    Optional<Channel> open(RoomId room, ParticipantId participant) {
        Map<ParticipantId, Channel> channels = rooms.get(room);
        Channel channel = channels == null ? null : channels.get(participant);
        return channel != null && channel.stage() == Channel.Stage.OPEN ? Optional.of(channel) : Optional.empty();
    }

    void closed(Channel channel) {
        all.remove(channel);
        channel.endFollow();
        ParticipantId participant = channel.participantId();
        if (participant == null) {
            return;
        }
        rooms.computeIfPresent(channel.grant().roomId(), (id, channels) -> {
            channels.remove(participant, channel);
            return channels.isEmpty() ? null : channels;
        });
    }

    /** Hands the event to every socket of its room, each of which decides what it shows. */
    void deliver(RecordedEvent event) {
        Map<ParticipantId, Channel> channels = rooms.get(event.roomId());
        if (channels != null) {
            channels.values().forEach(channel -> {
                try {
                    channel.deliver(event);
                } catch (RuntimeException failure) {
                    // One broken socket must not fail the relay's batch for the room's other sockets.
                    LOG.warn("Delivering event {} to socket {} failed; it is closed to resume", event.id(), channel.id(), failure);
                    channel.close(SocketClose.GOING_AWAY);
                }
            });
        }
    }

    /**
     * A node that stops tells its clients to reconnect, to another node where there is one. This runs
     * first in a graceful shutdown ({@link #getOrder}) and waits, a few seconds at most, for the
     * clients to answer the close: the HTTP server's own graceful shutdown, which comes next, cuts
     * every open socket at once, before its close frame is out (the client saw 1006, not 4000).
     * A node stopped without a graceful shutdown only asks the same when this bean is destroyed.
     */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        goingAway();
        CompletableFuture<Void> closed = CompletableFuture.allOf(all.stream().map(Channel::ended).toArray(CompletableFuture[]::new));
        try {
            closed.get(CLOSE_ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillOpen) {
            LOG.info("{} sockets did not answer their close within {}; the server cuts them", all.size(), CLOSE_ANSWER_WAIT);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @PreDestroy
    void goingAway() {
        all.forEach(channel -> channel.close(SocketClose.GOING_AWAY));
    }

    Collection<Channel> all() {
        return all;
    }

}
