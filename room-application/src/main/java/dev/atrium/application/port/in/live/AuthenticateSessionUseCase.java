package dev.atrium.application.port.in.live;

import dev.atrium.domain.live.SessionGrant;

import java.util.Optional;

/** Proves a session: what every participant request starts with. */
public interface AuthenticateSessionUseCase {
    /** The grant of a valid, current session credential; empty for anything else. */
    Optional<SessionGrant> authenticate(String credential);
}
