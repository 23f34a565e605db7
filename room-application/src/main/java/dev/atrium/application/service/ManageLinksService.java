package dev.atrium.application.service;

import dev.atrium.application.port.in.access.ListLinksUseCase;
import dev.atrium.application.port.in.access.OpenLinkUseCase;
import dev.atrium.application.port.in.access.RevokeLinkUseCase;
import dev.atrium.application.port.in.access.OpenedLink;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.out.LinkRepository;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.link.LinkId;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;
import dev.atrium.domain.shared.Secrets;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Public links; {@code secureRandom} makes their tokens, so it must be cryptographically strong. */
public final class ManageLinksService implements OpenLinkUseCase, ListLinksUseCase, RevokeLinkUseCase {
    private final RoomFinder finder;
    private final LinkRepository links;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final RandomGenerator secureRandom;

    public ManageLinksService(RoomRepository rooms, LinkRepository links, PasswordHasher hasher, Clock clock,
                              RandomGenerator secureRandom) {
        this.finder = new RoomFinder(rooms);
        this.links = links;
        this.hasher = hasher;
        this.clock = clock;
        this.secureRandom = secureRandom;
    }

    @Override
    public OpenedLink openLink(RoomLocator locator, PublicLink.Terms terms) {
        Room room = finder.find(locator);
        Instant now = clock.instant();
        String token = Secrets.generate("lt", secureRandom);
        String passwordHash = terms.password() == null ? null : hasher.hash(terms.password());
        PublicLink link = PublicLink.open(LinkId.next(now, secureRandom), room, terms, Secrets.sha256(token), passwordHash, now);
        links.insert(link);
        return new OpenedLink(link, token);
    }

    @Override
    public List<PublicLink> listLinks(RoomLocator locator) {
        return links.listForRoom(finder.find(locator).id());
    }

    @Override
    public void revokeLink(RoomLocator locator, String linkId) {
        Room room = finder.find(locator);
        PublicLink link = (LinkId.isValid(linkId) ? links.find(room.tenantId(), new LinkId(linkId)) : Optional.<PublicLink>empty())
                .filter(found -> found.roomId().equals(room.id()))
                .orElseThrow(() -> new NotFoundException(ErrorCode.LINK_NOT_FOUND, "Room " + room.id() + " has no link '" + linkId + "'."));
        link.revoke(clock.instant());
        links.update(link);
    }
}
