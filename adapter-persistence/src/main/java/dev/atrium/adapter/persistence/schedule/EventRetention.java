package dev.atrium.adapter.persistence.schedule;

import dev.atrium.adapter.persistence.outbox.JdbcEventOutbox;
import dev.atrium.application.port.out.StoreUnavailableException;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Deletes published events once they are older than the retention period ({@code atrium.events.retention},
 * a day by default): what is kept is what a client that reconnects can be replayed. A sweep every few
 * minutes deletes them in batches of {@value #BATCH}, each its own transaction, at most
 * {@value #MAX_BATCHES} batches a sweep, so no sweep holds locks or the database for long. An event the
 * relay has not published is never deleted, however old. Every node sweeps; two sweeps at once delete
 * each row once. Created at start ({@code @Context}), so that a wrong setting stops the start.
 */
@Context
class EventRetention {
    static final int BATCH = 1_000;
    static final int MAX_BATCHES = 100;
    private static final Logger LOG = LoggerFactory.getLogger(EventRetention.class);

    private final JdbcEventOutbox outbox;
    private final Duration retention;

    EventRetention(JdbcEventOutbox outbox, @Value("${atrium.events.retention:24h}") Duration retention) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("atrium.events.retention must not be negative: " + retention);
        }
        this.outbox = outbox;
        this.retention = retention;
    }

    @Scheduled(fixedDelay = "${atrium.events.retention-interval:5m}", initialDelay = "${atrium.events.retention-interval:5m}")
    void sweep() {
        try {
            int deleted = deletePublishedBefore(Instant.now().minus(retention));
            if (deleted > 0) {
                LOG.info("Deleted {} published events older than {}", deleted, retention);
            }
        } catch (StoreUnavailableException e) {
            LOG.warn("Deleting the rooms' old events waits for the database: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Deleting the rooms' old events failed; the next sweep tries again", e);
        }
    }

    /** Batch after batch until one comes back short, or {@value #MAX_BATCHES} of them; how many it deleted. */
    int deletePublishedBefore(Instant cutoff) {
        int deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int inBatch = outbox.deletePublishedBefore(cutoff, BATCH);
            deleted += inBatch;
            if (inBatch < BATCH) {
                break;
            }
        }
        return deleted;
    }
}
