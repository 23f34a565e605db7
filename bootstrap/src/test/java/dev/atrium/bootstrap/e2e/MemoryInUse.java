package dev.atrium.bootstrap.e2e;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;

/**
 * What this JVM holds, as a node under test (embedded, in this JVM) would grow it: the heap in use
 * after a full collection, plus the direct memory of the JDK's buffers and of Netty's allocator, where
 * a socket's frames waiting to be written sit. The least of a few readings, so that garbage made
 * between a collection and its reading does not count.
 */
final class MemoryInUse {
    private static final int READINGS = 3;

    private MemoryInUse() {
    }

    static long bytes() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < READINGS; i++) {
            System.gc();
            pause();
            least = Math.min(least, heap() + jdkDirect() + nettyDirect());
        }
        return least;
    }

    private static long heap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long jdkDirect() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> "direct".equals(pool.getName()))
                .mapToLong(BufferPoolMXBean::getMemoryUsed)
                .sum();
    }

    /** Netty's pooled memory that it allocates without the JDK's buffers (so not in {@link #jdkDirect}). */
    private static long nettyDirect() {
        return ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider metered
                ? Math.max(0, metered.metric().usedDirectMemory() - jdkDirect())
                : 0;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
