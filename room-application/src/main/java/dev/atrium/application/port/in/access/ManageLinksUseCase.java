package dev.atrium.application.port.in.access;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.link.PublicLink;

import java.util.List;

/** Public links into a room. */
public interface ManageLinksUseCase {
    /** @throws dev.atrium.domain.shared.ForbiddenException GUESTS_NOT_ALLOWED when the room admits no guests */
    OpenedLink openLink(RoomLocator room, PublicLink.Terms terms);

    List<PublicLink> listLinks(RoomLocator room);

    /** @throws dev.atrium.domain.shared.NotFoundException LINK_NOT_FOUND */
    void revokeLink(RoomLocator room, String linkId);
}
