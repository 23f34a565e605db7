package dev.atrium.application.port.in.access;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.link.PublicLink;

import java.util.List;

/** The public links of a room. */
public interface ListLinksUseCase {
    List<PublicLink> listLinks(RoomLocator room);
}
