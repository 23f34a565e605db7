package dev.atrium.adapter.persistence.feed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Listens on a connection of its own, outside the pool, to the notifications of
 * {@link PostgresRoomNotifications} and wakes the feed for the rooms they name. PostgreSQL drops the
 * notifications sent while a listener is disconnected, so after every (re)connection it asks the feed
 * to catch up every room; an idle connection is checked every {@link #CHECK_IDLE} so a dead one is
 * found and replaced, and meanwhile the feed's backstop delivers.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
@Requires(beans = RoomFeedPump.class)
class PostgresNotificationListener {
    static final String APPLICATION_NAME = "atrium-room-feed";
    static final String THREAD = "room-feed-listener";
    static final Duration CHECK_IDLE = Duration.ofSeconds(5);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);
    private static final int WAIT_MILLIS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotificationListener.class);

    private final String url;
    private final Properties login = new Properties();
    private final RoomFeedPump pump;
    private final Thread thread = new Thread(this::listen, THREAD);
    private volatile boolean running = true;
    private volatile Connection current;

    PostgresNotificationListener(@Value("${datasources.default.url}") String url,
                                 @Value("${datasources.default.username:}") String username,
                                 @Nullable @Value("${datasources.default.password:}") String password,
                                 RoomFeedPump pump) {
        this.url = url;
        this.pump = pump;
        login.setProperty("user", username);
        login.setProperty("password", password == null ? "" : password);
        login.setProperty("ApplicationName", APPLICATION_NAME);
        login.setProperty("connectTimeout", "3");
        login.setProperty("socketTimeout", "10");
        login.setProperty("tcpKeepAlive", "true");
        thread.setDaemon(true);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        thread.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        Connection connection = current;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is being abandoned either way
            }
        }
        thread.join(Duration.ofSeconds(5).toMillis());
    }

    private void listen() {
        boolean reportedDown = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, login)) {
                current = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + PostgresRoomNotifications.CHANNEL);
                }
                if (reportedDown) {
                    LOG.info("Listening to the rooms' notifications again; catching up every followed room");
                    reportedDown = false;
                }
                pump.wakeAll();
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (running && !reportedDown) {
                    LOG.warn("The rooms' notifications are not heard ({}); the feed's backstop delivers until they are",
                            e.getMessage());
                    reportedDown = true;
                }
            } finally {
                current = null;
            }
            pause();
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (running) {
            PGNotification[] batch = notifications.getNotifications(WAIT_MILLIS);
            if (batch != null && batch.length > 0) {
                lastHeard = System.nanoTime();
                for (PGNotification notification : batch) {
                    PostgresRoomNotifications.roomsOf(notification.getParameter())
                            .ifPresentOrElse(pump::wake, pump::wakeAll);
                }
            } else if (System.nanoTime() - lastHeard > CHECK_IDLE.toNanos()) {
                try (Statement check = connection.createStatement()) {
                    check.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    private void pause() {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
