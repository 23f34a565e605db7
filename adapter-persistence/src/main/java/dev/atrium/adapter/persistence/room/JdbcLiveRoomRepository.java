package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.outbox.JdbcEventOutbox;
import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.LiveRoomChangeSet;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Live rooms over {@code rooms}, {@code live_rooms}, {@code participants} and {@code room_bans}.
 * {@link #lockForChange} takes the row lock on the room ({@code SELECT ... FOR UPDATE}) before it
 * reads anything else, so the changes of one room run one after the other on every node, and what a
 * change reads is what the one before it committed. Every write needs the caller's transaction; the
 * room row itself is written through {@link RoomRowWriter}, and only when the room changed: a ping
 * or a media change leaves the room's version, and so its ETag, alone. A ping while nothing of the
 * room is due ({@link #extendPresence}) writes one participant's presence columns without the lock;
 * {@link ParticipantRowRepository} says why neither writer can undo the other.
 */
@Singleton
@ReportsStoreOutages
class JdbcLiveRoomRepository implements LiveRoomRepository {
    private final RoomRowRepository rooms;
    private final LiveRoomRowRepository lives;
    private final ParticipantRowRepository participants;
    private final RoomBanRowRepository bans;
    private final RoomRowWriter roomWriter;
    private final JdbcEventOutbox outbox;
    private final RoomRowMapper roomMapper;
    private final LiveRoomRowMapper liveMapper;
    private final ParticipantRowMapper participantMapper;

    JdbcLiveRoomRepository(RoomRowRepository rooms, LiveRoomRowRepository lives, ParticipantRowRepository participants,
                           RoomBanRowRepository bans, RoomRowWriter roomWriter, JdbcEventOutbox outbox,
                           RoomRowMapper roomMapper, LiveRoomRowMapper liveMapper, ParticipantRowMapper participantMapper) {
        this.rooms = rooms;
        this.lives = lives;
        this.participants = participants;
        this.bans = bans;
        this.roomWriter = roomWriter;
        this.outbox = outbox;
        this.roomMapper = roomMapper;
        this.liveMapper = liveMapper;
        this.participantMapper = participantMapper;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<LiveRoom> lockForChange(TenantId tenantId, RoomId roomId) {
        return rooms.findByIdAndTenantIdForUpdate(roomId.value(), tenantId.value()).map(this::load);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Room save(LiveRoom live, Instant nextDeadline) {
        Room room = live.room();
        String roomId = room.id().value();
        LiveRoomChangeSet changes = live.changesSinceLoaded();
        // Departures first: a session that replaces another of the same person reuses its userRef.
        if (!changes.departed().isEmpty()) {
            participants.deleteFromRoom(roomId, changes.departed().stream().map(ParticipantId::value).collect(Collectors.toSet()));
        }
        if (!changes.changed().isEmpty()) {
            changes.changed().forEach(p -> participants.updateKeepingLaterPresence(participantMapper.toRow(room.id(), p)));
        }
        if (!changes.arrived().isEmpty()) {
            participants.saveAll(changes.arrived().stream().map(p -> participantMapper.toRow(room.id(), p)).toList());
        }
        if (!changes.newBans().isEmpty()) {
            bans.saveAll(changes.newBans().stream().map(ban -> new RoomBanRow(new RoomBanKey(roomId, ban.value()))).toList());
        }
        lives.update(liveMapper.toRow(room, live.clocks(), nextDeadline));
        Room stored = changes.roomChanged() ? roomWriter.update(room) : room;
        outbox.append(live.recordedEvents());
        return stored;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Participant> extendPresence(TenantId tenantId, RoomId roomId, ParticipantId participantId, Instant now,
                                                Instant presenceDeadline) {
        long written = participants.extendPresence(tenantId.value(), roomId.value(), participantId.value(),
                TimestampColumns.toColumn(now), TimestampColumns.toColumn(presenceDeadline));
        if (written == 0) {
            return Optional.empty();
        }
        return participants.findByIdAndRoomId(participantId.value(), roomId.value()).map(participantMapper::toParticipant);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(LiveRoom live) {
        roomWriter.delete(live.room());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LiveRoom> find(TenantId tenantId, RoomId roomId) {
        return rooms.findByIdAndTenantId(roomId.value(), tenantId.value()).map(this::load);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueRoom> dueAt(Instant now, int limit) {
        return lives.findDue(TimestampColumns.toColumn(now), limit).stream()
                .map(row -> new DueRoom(new TenantId(row.tenantId()), new RoomId(row.roomId())))
                .toList();
    }

    private LiveRoom load(RoomRow roomRow) {
        LiveRoomRow live = lives.findById(roomRow.id())
                .orElseThrow(() -> new DataAccessException("Room " + roomRow.id() + " has no live_rooms row"));
        Room room = roomMapper.toRoom(roomRow, TopologyKind.valueOf(live.topology()));
        List<Participant> people = participants.findByRoomId(roomRow.id()).stream()
                .map(participantMapper::toParticipant)
                .toList();
        Set<UserRef> banned = bans.findUserRefsOfRoom(roomRow.id()).stream()
                .map(UserRef::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return LiveRoom.reconstitute(room, liveMapper.toClocks(live), people, banned);
    }
}
