package dev.atrium.adapter.signaling.socket;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Once a second, looks at every socket of this node: a hello that is late (4003), a client that fell
 * silent (4001), and a ping that is due. Cheap per socket: a few comparisons of nanosecond clocks.
 */
@Singleton
final class SocketSweep {
    private final RoomChannels channels;
    private final SignalingSettings settings;
    private final SessionRefresher refresher;

    SocketSweep(RoomChannels channels, SignalingSettings settings, SessionRefresher refresher) {
        this.channels = channels;
        this.settings = settings;
        this.refresher = refresher;
    }

    @Scheduled(fixedDelay = "${atrium.signaling.sweep-interval:1s}")
    void sweep() {
        long now = System.nanoTime();
        long hello = settings.helloTimeout().toNanos();
        long silence = settings.silenceTimeout().toNanos();
        long ping = settings.pingInterval().toNanos();
        for (Channel channel : channels.all()) {
            switch (channel.stage()) {
                case AWAITING_HELLO -> {
                    if (now - channel.openedAtNanos() > hello) {
                        channel.close(SocketClose.BAD_HELLO);
                    }
                }
                case OPEN -> {
                    if (now - channel.lastHeardNanos() > silence) {
                        channel.close(SocketClose.SILENT);
                    } else {
                        channel.pingIfDue(now, ping);
                        refresher.refreshIfDue(channel, now);
                    }
                }
                case ENTERING, CLOSED -> {
                }
            }
        }
    }
}
