package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.store.PersistenceMapperConfig;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.domain.link.LinkId;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;

/** {@link PublicLink} has no bean getters, so its parts are handed over one by one. */
@Mapper(config = PersistenceMapperConfig.class, uses = TimestampColumns.class)
interface LinkRowMapper {

    default LinkRow toRow(PublicLink link) {
        return toRow(link.id(), link.tenantId(), link.roomId(), link.role(), link.tokenHash(), link.expiresAt(),
                link.passwordHash(), link.maxUses(), link.uses(), link.createdAt(), link.revokedAt());
    }

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "tenantId", source = "tenantId.value")
    @Mapping(target = "roomId", source = "roomId.value")
    LinkRow toRow(LinkId id, TenantId tenantId, RoomId roomId, Role role, String tokenHash, Instant expiresAt,
                  String passwordHash, Integer maxUses, int uses, Instant createdAt, Instant revokedAt);

    default PublicLink toLink(LinkRow row) {
        return PublicLink.reconstitute(new LinkId(row.id()), new TenantId(row.tenantId()), new RoomId(row.roomId()),
                Role.valueOf(row.role()), row.tokenHash(), TimestampColumns.toInstant(row.expiresAt()),
                row.passwordHash(), row.maxUses(), row.uses(), TimestampColumns.toInstant(row.createdAt()),
                TimestampColumns.toInstant(row.revokedAt()));
    }
}
