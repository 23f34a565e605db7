package dev.atrium.application.port.in.access;

import dev.atrium.application.port.in.RoomLocator;

/** Closes a public link: it admits nobody from then on. */
public interface RevokeLinkUseCase {
    /** @throws dev.atrium.domain.shared.NotFoundException LINK_NOT_FOUND */
    void revokeLink(RoomLocator room, String linkId);
}
