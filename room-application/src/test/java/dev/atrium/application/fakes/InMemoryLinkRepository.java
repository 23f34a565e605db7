package dev.atrium.application.fakes;

import dev.atrium.application.port.out.LinkRepository;
import dev.atrium.domain.link.LinkId;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Public links in memory, as snapshots. {@link #update} stores only the revocation, as the real store
 * does, so a link read before a use was counted does not undo the count; {@link #consumeUse} is atomic.
 */
public final class InMemoryLinkRepository implements LinkRepository {
    private final Map<LinkId, PublicLink> links = new HashMap<>();

    @Override
    public synchronized void insert(PublicLink link) {
        if (links.putIfAbsent(link.id(), copy(link, link.uses())) != null) {
            throw new IllegalStateException("link exists: " + link.id());
        }
    }

    @Override
    public synchronized void update(PublicLink link) {
        PublicLink stored = links.get(link.id());
        if (stored == null) {
            throw new IllegalStateException("no link " + link.id());
        }
        links.put(link.id(), PublicLink.reconstitute(stored.id(), stored.tenantId(), stored.roomId(), stored.role(),
                stored.tokenHash(), stored.expiresAt(), stored.passwordHash(), stored.maxUses(), stored.uses(),
                stored.createdAt(), link.revokedAt()));
    }

    @Override
    public synchronized Optional<PublicLink> findByTokenHash(String tokenHash) {
        return links.values().stream()
                .filter(link -> link.tokenHash().equals(tokenHash))
                .findFirst()
                .map(link -> copy(link, link.uses()));
    }

    @Override
    public synchronized Optional<PublicLink> find(TenantId tenantId, LinkId id) {
        return Optional.ofNullable(links.get(id))
                .filter(link -> link.tenantId().equals(tenantId))
                .map(link -> copy(link, link.uses()));
    }

    @Override
    public synchronized List<PublicLink> listForRoom(RoomId roomId) {
        return links.values().stream()
                .filter(link -> link.roomId().equals(roomId))
                .sorted(Comparator.comparing(link -> link.id().value()))
                .map(link -> copy(link, link.uses()))
                .toList();
    }

    @Override
    public synchronized boolean consumeUse(LinkId id) {
        PublicLink stored = links.get(id);
        if (stored == null || stored.revokedAt() != null
                || (stored.maxUses() != null && stored.uses() >= stored.maxUses())) {
            return false;
        }
        links.put(id, copy(stored, stored.uses() + 1));
        return true;
    }

    private static PublicLink copy(PublicLink link, int uses) {
        return PublicLink.reconstitute(link.id(), link.tenantId(), link.roomId(), link.role(), link.tokenHash(),
                link.expiresAt(), link.passwordHash(), link.maxUses(), uses, link.createdAt(), link.revokedAt());
    }
}
