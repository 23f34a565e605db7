package dev.atrium.adapter.persistence.feed;

import dev.atrium.adapter.persistence.outbox.EventsAppended;
import dev.atrium.domain.room.RoomId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * On PostgreSQL, a transaction that appends events notifies every node ({@code pg_notify}, sent at
 * its commit, in commit order) of the rooms they belong to, so the nodes that follow those rooms
 * catch up at once ({@link PostgresNotificationListener}). A notification only wakes: the outbox
 * stays the truth, and a lost one is made up by the feed's backstop. Room ids that would pass the
 * payload's 8,000-byte cap are sent as {@value #EVERY_ROOM}: every listener catches up every room.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
class PostgresRoomNotifications {
    static final String CHANNEL = "atrium_room_events";
    static final String EVERY_ROOM = "*";
    private static final int MAX_PAYLOAD_CHARS = 7_900;

    private final JdbcOperations jdbc;

    PostgresRoomNotifications(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Inside the transaction that appended the events: the notification goes out with its commit. */
    @EventListener
    void onEventsAppended(EventsAppended appended) {
        String payload = payloadOf(appended.rooms());
        jdbc.prepareStatement("SELECT pg_notify(?, ?)", statement -> {
            statement.setString(1, CHANNEL);
            statement.setString(2, payload);
            statement.execute();
            return null;
        });
    }

    static String payloadOf(Collection<RoomId> rooms) {
        String ids = rooms.stream().map(RoomId::value).sorted().collect(Collectors.joining(","));
        return ids.length() > MAX_PAYLOAD_CHARS ? EVERY_ROOM : ids;
    }

    /** The rooms a payload names, or empty for every room; ids that are not room ids are dropped. */
    static Optional<List<RoomId>> roomsOf(String payload) {
        if (payload == null || payload.isEmpty() || EVERY_ROOM.equals(payload)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(payload.split(",")).filter(RoomId::isValid).map(RoomId::new).toList());
    }
}
