package dev.atrium.application.port.in.access;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.link.PublicLink;

/** Opens a public link into a room. */
public interface OpenLinkUseCase {
    /** @throws dev.atrium.domain.shared.ForbiddenException GUESTS_NOT_ALLOWED when the room admits no guests */
    OpenedLink openLink(RoomLocator room, PublicLink.Terms terms);
}
