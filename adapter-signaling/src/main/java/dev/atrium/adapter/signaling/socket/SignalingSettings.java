package dev.atrium.adapter.signaling.socket;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The numbers of the signaling channel (docs/signaling.md, "Heartbeat and limits"), under
 * {@code atrium.signaling}. A client learns them from its welcome.
 *
 * @param helloTimeout   how long a new socket may take to say hello before it is closed with 4003
 * @param pingInterval   how often the server pings an open socket
 * @param silenceTimeout how long a socket may stay silent (no frame at all) before it is closed with 4001
 * @param maxMessageBytes the largest message a client may send, after reassembly of its fragments (1009 beyond)
 * @param outboundFrames  how far one socket may fall behind: half as many event frames are written at a time,
 *                        and as many events (besides a replay) may wait for them; a consumer that falls further
 *                        behind is closed with 4002 and resumes
 * @param messagesPerSecond how many messages a client may send each second, on average; beyond its burst
 *                        the socket is closed with 4004
 * @param messageBurst    how many messages a client may send at once after a quiet spell
 */
@ConfigurationProperties("atrium.signaling")
public record SignalingSettings(@Bindable(defaultValue = "5s") Duration helloTimeout,
                                @Bindable(defaultValue = "10s") Duration pingInterval,
                                @Bindable(defaultValue = "20s") Duration silenceTimeout,
                                @Bindable(defaultValue = "65536") int maxMessageBytes,
                                @Bindable(defaultValue = "512") int outboundFrames,
                                @Bindable(defaultValue = "50") int messagesPerSecond,
                                @Bindable(defaultValue = "200") int messageBurst) {
}
