package dev.atrium.application.port.in.access;

import dev.atrium.domain.link.PublicLink;

import java.util.Objects;

/** A link just opened, with its token: the only moment the token is known. */
public record OpenedLink(PublicLink link, String token) {
    public OpenedLink {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(token, "token");
    }
}
