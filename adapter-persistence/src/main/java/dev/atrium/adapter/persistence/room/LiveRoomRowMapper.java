package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.store.PersistenceMapperConfig;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.domain.live.SessionClocks;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.tenant.TenantId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;

/**
 * A room's session clocks, the topology in use and the next deadline to their row and back. The
 * topology column is the room's {@link Room#topologyInUse}, which {@link RoomRowMapper} reads back.
 */
@Mapper(config = PersistenceMapperConfig.class, uses = TimestampColumns.class)
interface LiveRoomRowMapper {

    default LiveRoomRow toRow(Room room, SessionClocks clocks, Instant nextDeadline) {
        return toRow(room.id(), room.tenantId(), clocks, room.topologyInUse(), nextDeadline);
    }

    @Mapping(target = "roomId", source = "roomId.value")
    @Mapping(target = "tenantId", source = "tenantId.value")
    LiveRoomRow toRow(RoomId roomId, TenantId tenantId, SessionClocks clocks, TopologyKind topology, Instant nextDeadline);

    SessionClocks toClocks(LiveRoomRow row);
}
