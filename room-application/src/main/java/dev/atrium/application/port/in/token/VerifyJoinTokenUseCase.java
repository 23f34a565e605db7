package dev.atrium.application.port.in.token;

import dev.atrium.domain.token.JoinGrant;

import java.util.Optional;

/** Checks a join token completely: signature, issuer, audience, time (30 s skew) and revocation. */
public interface VerifyJoinTokenUseCase {
    /** The grant of a valid token; empty for any invalid one, without saying why. */
    Optional<JoinGrant> verify(String token);
}
