package dev.atrium.adapter.rest.connection;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.LastHttpContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection that is too slow to send a request. Its headers must be complete within
 * {@code headerTimeout} of the connection opening, or of the first byte after the previous request;
 * its body within {@code bodyTimeout} of its headers. An idle timeout starts again with every byte,
 * so a client sending one byte a second never meets it; these deadlines are fixed when they start.
 * While a request is answered, or a kept-alive connection waits for the next one, no deadline runs:
 * that is the idle timeout's to end.
 *
 * <p>It sits right after the HTTP/1 codec. Netty passes on the end of every read of the socket
 * ({@code channelReadComplete}) even when the codec could not yet make a message of it: a read that
 * did not end a request is part of one that is still coming. When the connection stops speaking
 * HTTP/1 (an upgrade to WebSocket replaces the codec), the handler steps out.
 */
final class RequestDeadlines extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestDeadlines.class);

    private final Duration headerTimeout;
    private final Duration bodyTimeout;
    private ScheduledFuture<?> deadline;
    private boolean readingBody;
    private boolean requestEndedInThisRead;

    RequestDeadlines(Duration headerTimeout, Duration bodyTimeout) {
        this.headerTimeout = headerTimeout;
        this.bodyTimeout = bodyTimeout;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        start(ctx, headerTimeout, "headers");
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof HttpObject)) {
            stop();
            ctx.pipeline().remove(this);
        } else {
            if (message instanceof HttpRequest) {
                stop();
                readingBody = true;
            }
            if (message instanceof LastHttpContent) {
                stop();
                readingBody = false;
                requestEndedInThisRead = true;
            }
        }
        ctx.fireChannelRead(message);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (deadline == null && (readingBody || !requestEndedInThisRead)
                && ctx.pipeline().get(HttpServerCodec.class) != null) {
            start(ctx, readingBody ? bodyTimeout : headerTimeout, readingBody ? "body" : "headers");
        }
        requestEndedInThisRead = false;
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        stop();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        stop();
    }

    private void start(ChannelHandlerContext ctx, Duration timeout, String part) {
        deadline = ctx.executor().schedule(() -> {
            LOG.debug("Closed a connection whose request {} did not arrive within {}", part, timeout);
            ctx.close();
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void stop() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
    }
}
