package dev.atrium.adapter.persistence.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ready only while the database answers, in time, and holds Atrium's schema: a database that was
 * dropped and created again empty is as unusable as one that is away. One cheap query, on the
 * blocking executor; a probe that waits longer than {@value #ANSWER_WITHIN_MILLIS} ms is answered
 * DOWN, and probes arriving meanwhile share the check already running instead of piling up behind a
 * silent network.
 */
@Singleton
@Readiness
class StoreHealthIndicator implements HealthIndicator {
    static final String NAME = "store";
    static final long ANSWER_WITHIN_MILLIS = 2000;
    private static final int QUERY_TIMEOUT_SECONDS = 2;
    /** Flyway writes this table first and quotes its name, so it is lower case on H2 and PostgreSQL alike. */
    private static final String MIGRATIONS_APPLIED = "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"";
    private static final Logger LOG = LoggerFactory.getLogger(StoreHealthIndicator.class);

    private final DataSource dataSource;
    private final ExecutorService blocking;
    private CompletableFuture<HealthStatus> running = CompletableFuture.completedFuture(HealthStatus.UNKNOWN);

    StoreHealthIndicator(DataSource dataSource, @Nullable DataSourceResolver resolver,
                         @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.dataSource = (resolver == null ? DataSourceResolver.DEFAULT : resolver).resolve(dataSource);
        this.blocking = blocking;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        CompletableFuture<HealthResult> answer = check().copy()
                .completeOnTimeout(HealthStatus.DOWN, ANSWER_WITHIN_MILLIS, TimeUnit.MILLISECONDS)
                .thenApply(status -> HealthResult.builder(NAME, status).build());
        return Publishers.fromCompletableFuture(answer);
    }

    private synchronized CompletableFuture<HealthStatus> check() {
        if (running.isDone()) {
            running = CompletableFuture.supplyAsync(this::probe, blocking);
        }
        return running;
    }

    private HealthStatus probe() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet applied = statement.executeQuery(MIGRATIONS_APPLIED)) {
                if (applied.next() && applied.getLong(1) > 0) {
                    return HealthStatus.UP;
                }
                LOG.warn("The database has no applied migrations: not ready");
                return HealthStatus.DOWN;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("The database is not usable: not ready ({})", e.getMessage());
            return HealthStatus.DOWN;
        }
    }
}
