package dev.atrium.adapter.persistence.member;

import dev.atrium.adapter.persistence.store.PersistenceMapperConfig;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;

/** {@link RoomMember} has no bean getters, so its parts are handed over one by one. */
@Mapper(config = PersistenceMapperConfig.class, uses = TimestampColumns.class)
interface MemberRowMapper {

    default MemberRow toRow(RoomMember member) {
        return toRow(toKey(member.roomId(), member.userRef()), member.displayName(), member.email(), member.role(),
                member.addedAt(), member.version());
    }

    MemberRow toRow(MemberKey key, String displayName, String email, Role role, Instant addedAt, long version);

    @Mapping(target = "roomId", source = "roomId.value")
    @Mapping(target = "userRef", source = "userRef.value")
    MemberKey toKey(RoomId roomId, UserRef userRef);

    default RoomMember toMember(MemberRow row) {
        return RoomMember.reconstitute(new RoomId(row.key().roomId()), new UserRef(row.key().userRef()),
                row.displayName(), row.email(), Role.valueOf(row.role()), TimestampColumns.toInstant(row.addedAt()),
                row.version());
    }
}
