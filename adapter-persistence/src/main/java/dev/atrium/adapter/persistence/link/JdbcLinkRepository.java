package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.room.RoomReferences;
import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
import dev.atrium.application.port.out.LinkRepository;
import dev.atrium.domain.link.LinkId;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;
import dev.atrium.domain.tenant.TenantId;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Public links in the {@code public_links} table, which loses a room's links with the room. A use is
 * counted by one conditional statement, so guests racing for the last use cannot both get it.
 */
@Singleton
@ReportsStoreOutages
class JdbcLinkRepository implements LinkRepository {
    private final LinkRowRepository rows;
    private final LinkRowMapper mapper;

    JdbcLinkRepository(LinkRowRepository rows, LinkRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public void insert(PublicLink link) {
        RoomReferences.writeForRoom(link.roomId(), () -> rows.save(mapper.toRow(link)));
    }

    @Override
    public void update(PublicLink link) {
        LinkRow row = mapper.toRow(link);
        if (rows.update(row.id(), row.revokedAt()) == 0) {
            throw new NotFoundException(ErrorCode.LINK_NOT_FOUND, "Link " + link.id() + " went with its room meanwhile");
        }
    }

    @Override
    public Optional<PublicLink> findByTokenHash(String tokenHash) {
        return rows.findByTokenHash(tokenHash).map(mapper::toLink);
    }

    @Override
    public Optional<PublicLink> find(TenantId tenantId, LinkId id) {
        return rows.findByIdAndTenantId(id.value(), tenantId.value()).map(mapper::toLink);
    }

    @Override
    public List<PublicLink> listForRoom(RoomId roomId) {
        return rows.findByRoomIdOrderById(roomId.value()).stream().map(mapper::toLink).toList();
    }

    @Override
    public boolean consumeUse(LinkId id) {
        return rows.consumeUse(id.value()) > 0;
    }
}
