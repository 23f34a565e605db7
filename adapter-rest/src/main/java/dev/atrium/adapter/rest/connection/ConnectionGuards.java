package dev.atrium.adapter.rest.connection;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Puts the {@link ConnectionCap} and the {@link RequestDeadlines} on every HTTP connection of the
 * server: the cap first of all handlers, so a connection past it is closed before anything reads it,
 * and the deadlines right after the HTTP/1 codec, whose messages tell where a request begins and ends.
 */
@Singleton
final class ConnectionGuards implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private static final String CAP_HANDLER = "atrium-connection-cap";
    private static final String DEADLINES_HANDLER = "atrium-request-deadlines";

    private final ConnectionCap cap;
    private final Duration headerTimeout;
    private final Duration bodyTimeout;

    ConnectionGuards(@Value("${atrium.http.max-connections:10000}") int maxConnections,
                     @Value("${atrium.http.header-timeout:10s}") Duration headerTimeout,
                     @Value("${atrium.http.body-timeout:30s}") Duration bodyTimeout) {
        this.cap = new ConnectionCap(maxConnections);
        this.headerTimeout = positive(headerTimeout, "atrium.http.header-timeout");
        this.bodyTimeout = positive(bodyTimeout, "atrium.http.body-timeout");
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                return role == ChannelRole.CONNECTION ? new Connection(channel.pipeline()) : this;
            }
        });
        return event.getBean();
    }

    private final class Connection implements NettyServerCustomizer {
        private final ChannelPipeline pipeline;

        Connection(ChannelPipeline pipeline) {
            this.pipeline = pipeline;
        }

        @Override
        public void onInitialPipelineBuilt() {
            pipeline.addFirst(CAP_HANDLER, cap.guard());
            // Only HTTP/1 has this codec, and Atrium serves HTTP/1 only (micronaut.server.http-version).
            if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
                pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, DEADLINES_HANDLER,
                        new RequestDeadlines(headerTimeout, bodyTimeout));
            }
        }
    }

    private static Duration positive(Duration timeout, String property) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(property + " must be positive, not " + timeout);
        }
        return timeout;
    }
}
