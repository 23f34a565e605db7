package dev.atrium.adapter.signaling.socket;

/**
 * A token bucket: {@code burst} messages at once, refilled at {@code perSecond}. One socket's frames
 * are read by one event-loop thread, so it needs no lock.
 */
final class MessageRate {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double perNano;
    private final double burst;
    private double tokens;
    private long lastNanos;

    MessageRate(int perSecond, int burst, long nowNanos) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("atrium.signaling.messages-per-second and message-burst must be at least 1");
        }
        this.perNano = (double) perSecond / NANOS_PER_SECOND;
        this.burst = burst;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    boolean take(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - lastNanos) * perNano);
        lastNanos = nowNanos;
        if (tokens < 1) {
            return false;
        }
        tokens--;
        return true;
    }
}
