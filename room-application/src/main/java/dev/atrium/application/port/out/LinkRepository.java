package dev.atrium.application.port.out;

import dev.atrium.domain.link.LinkId;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;

import java.util.List;
import java.util.Optional;

/** Storage of public links, found by the hash of their token. */
public interface LinkRepository {
    void insert(PublicLink link);

    /** Stores a revocation. */
    void update(PublicLink link);

    Optional<PublicLink> findByTokenHash(String tokenHash);

    Optional<PublicLink> find(TenantId tenantId, LinkId id);

    List<PublicLink> listForRoom(RoomId roomId);

    /**
     * Counts one use, atomically and only while the link is usable (not revoked, under its
     * {@code maxUses}): two guests racing for the last use get one true and one false.
     */
    boolean consumeUse(LinkId id);
}
