package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.PersistenceContext;
import dev.atrium.adapter.persistence.TestDatabase;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.LiveRoomRepository.DueRoom;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.SessionClocks;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.tenant.TenantId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V4 gives every room stored before it a live room: idle since its creation with the topology it
 * was created with, no events yet, due at once (the first timer poll stores its real deadline)
 * unless it has ended. Run on every supported database ({@link LiveRoomsMigrationIT}).
 */
abstract class LiveRoomsMigrationContract {
    private static final Instant CREATED = Instant.parse("2030-10-27T01:30:00.123456Z");

    abstract TestDatabase newDatabase();

    @Test
    void roomsStoredBeforeV4GetAnIdleLiveRoom() throws SQLException {
        SplittableRandom random = new SplittableRandom();
        TenantId tenant = TenantId.next(CREATED, random);
        RoomId open = RoomId.next(CREATED, random);
        RoomId ended = RoomId.next(CREATED, random);
        TestDatabase database = newDatabase();
        migrate(database, "3");
        try (Connection connection = database.rawConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO tenants (id, name, created_at) VALUES ('" + tenant.value() + "', 'T', CURRENT_TIMESTAMP)");
            }
            insertRoom(connection, tenant, open, "OPEN", "SFU");
            insertRoom(connection, tenant, ended, "ENDED", "MESH");
        }
        migrate(database, "latest");

        try (PersistenceContext context = PersistenceContext.start(database)) {
            LiveRoomRepository liveRooms = context.bean(LiveRoomRepository.class);
            LiveRoom live = liveRooms.find(tenant, open).orElseThrow();
            List<DueRoom> due = liveRooms.dueAt(CREATED, 10);

            LiveRoom endedRoom = liveRooms.find(tenant, ended).orElseThrow();

            assertEquals(SessionClocks.idle(CREATED), live.clocks());
            assertEquals(TopologyKind.SFU, live.topology());
            assertEquals(List.of(), live.participants());
            assertEquals(SessionClocks.idle(CREATED), endedRoom.clocks());
            assertEquals(TopologyKind.MESH, endedRoom.topology());
            assertTrue(due.contains(new DueRoom(tenant, open)));
            assertFalse(due.contains(new DueRoom(tenant, ended)));
        }
    }

    private static void migrate(TestDatabase database, String target) {
        Map<String, Object> properties = database.properties();
        Flyway.configure()
                .dataSource((String) properties.get("datasources.default.url"),
                        (String) properties.get("datasources.default.username"),
                        (String) properties.get("datasources.default.password"))
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }

    private static void insertRoom(Connection connection, TenantId tenant, RoomId room, String status, String topology)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO rooms (id, tenant_id, name, type, mode, status, schedule_kind, topology_kind,
                    limits_moderators, limits_participants, limits_audiences, media_quality, media_screen_share,
                    media_canvas, media_max_active_talkers, media_auto_bandwidth, media_watermark, recording_auto,
                    recording_single_file, access_knock, access_wait_for_moderator, access_guests_allowed, sip_enabled,
                    metadata, created_at, updated_at, ended_at, version)
                VALUES (?, ?, 'Stored before V4', 'GROUP', 'GROUP', ?, 'PERMANENT', ?, 1, 100, 0, 'HD', TRUE, FALSE, 16,
                    TRUE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, '{}', ?, ?, ?, 3)""")) {
            insert.setString(1, room.value());
            insert.setString(2, tenant.value());
            insert.setString(3, status);
            insert.setString(4, topology);
            insert.setObject(5, CREATED.atOffset(ZoneOffset.UTC));
            insert.setObject(6, CREATED.atOffset(ZoneOffset.UTC));
            insert.setObject(7, "ENDED".equals(status) ? CREATED.atOffset(ZoneOffset.UTC) : null);
            insert.executeUpdate();
        }
    }
}
