package dev.atrium.adapter.persistence.member;

import dev.atrium.adapter.persistence.room.RoomReferences;
import dev.atrium.adapter.persistence.store.OptimisticWrites;
import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
import dev.atrium.adapter.persistence.store.UniqueInserts;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Room members in the {@code room_members} table, which loses a room's members with the room.
 * Inserts join a surrounding transaction (a room created with its members); every other call is a
 * transaction of its own.
 */
@Singleton
@ReportsStoreOutages
class JdbcMemberRepository implements MemberRepository {
    private final MemberRowRepository rows;
    private final MemberRowMapper mapper;

    JdbcMemberRepository(MemberRowRepository rows, MemberRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public RoomMember insert(RoomMember member) {
        MemberRow row = mapper.toRow(member);
        // The primary key is the table's only unique constraint.
        if (!RoomReferences.writeForRoom(member.roomId(), () -> UniqueInserts.insertUnlessTaken(() -> rows.save(row)))) {
            throw new ConflictException(ErrorCode.MEMBER_EXISTS,
                    "Room " + member.roomId() + " has a member '" + member.userRef() + "'");
        }
        return mapper.toMember(row);
    }

    @Override
    public RoomMember update(RoomMember member) {
        MemberRow updated = OptimisticWrites.run(() -> rows.update(mapper.toRow(member)), () -> concurrentModification(member));
        return mapper.toMember(updated);
    }

    @Override
    public void delete(RoomMember member) {
        OptimisticWrites.run(() -> {
            rows.delete(mapper.toRow(member));
            return null;
        }, () -> concurrentModification(member));
    }

    @Override
    public Optional<RoomMember> find(RoomId roomId, UserRef userRef) {
        return rows.findById(mapper.toKey(roomId, userRef)).map(mapper::toMember);
    }

    @Override
    public List<RoomMember> list(RoomId roomId) {
        return rows.listByRoom(roomId.value()).stream().map(mapper::toMember).toList();
    }

    private static ConflictException concurrentModification(RoomMember member) {
        return new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "Member '" + member.userRef() + "' of room "
                + member.roomId() + " was changed or removed since it was read at version " + member.version());
    }
}
