package dev.atrium.application.port.in.token;

import dev.atrium.domain.token.JoinGrant;

import java.util.Objects;

/** A signed join token and the grant it carries. */
public record IssuedToken(String token, JoinGrant grant) {
    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(grant, "grant");
    }
}
