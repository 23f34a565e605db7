package dev.atrium.adapter.persistence.schedule;

import dev.atrium.application.port.in.live.FireTimersUseCase;
import dev.atrium.application.port.out.StoreUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fires the due timers of up to {@value #BATCH} rooms per poll. */
@Singleton
@Requires(beans = FireTimersUseCase.class)
@Requires(property = "atrium.timers.enabled", notEquals = "false")
class TimerPoll {
    static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(TimerPoll.class);

    private final FireTimersUseCase timers;

    TimerPoll(FireTimersUseCase timers) {
        this.timers = timers;
    }

    @Scheduled(fixedDelay = "${atrium.timers.poll-interval:1s}")
    void poll() {
        try {
            timers.fireDueTimers(BATCH);
        } catch (StoreUnavailableException e) {
            LOG.warn("Firing the rooms' timers waits for the database: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Firing the rooms' timers failed; the next poll tries again", e);
        }
    }
}
