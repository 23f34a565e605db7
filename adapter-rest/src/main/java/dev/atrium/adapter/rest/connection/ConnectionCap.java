package dev.atrium.adapter.rest.connection;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * At most {@code max} open connections per node. One past the cap is closed as soon as it opens,
 * before it is read, so that the connections already open keep their file descriptors and keep being
 * answered. Refusals are logged at most once a minute, with how many there were.
 */
final class ConnectionCap {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionCap.class);
    private static final long LOG_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private final int max;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger refusedSinceLog = new AtomicInteger();
    private final AtomicLong nextLogAt = new AtomicLong(System.nanoTime());

    ConnectionCap(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("atrium.http.max-connections must be at least 1, not " + max);
        }
        this.max = max;
    }

    /** The handler for one new connection, counted while it is open. */
    ChannelHandler guard() {
        return new Guard();
    }

    private void refused() {
        refusedSinceLog.incrementAndGet();
        long now = System.nanoTime();
        long next = nextLogAt.get();
        if (now - next >= 0 && nextLogAt.compareAndSet(next, now + LOG_INTERVAL_NANOS)) {
            LOG.warn("Closed {} new connections at the cap of {} open connections (atrium.http.max-connections)",
                    refusedSinceLog.getAndSet(0), max);
        }
    }

    private final class Guard extends ChannelInboundHandlerAdapter {
        private boolean counted;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            if (open.incrementAndGet() > max) {
                open.decrementAndGet();
                refused();
                ctx.close();
                return;
            }
            counted = true;
            ctx.fireChannelActive();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (counted) {
                counted = false;
                open.decrementAndGet();
            }
            ctx.fireChannelInactive();
        }
    }
}
