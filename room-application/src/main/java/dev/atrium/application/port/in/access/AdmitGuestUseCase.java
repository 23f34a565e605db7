package dev.atrium.application.port.in.access;

import dev.atrium.application.port.in.token.IssuedToken;

/** Lets a guest in by a public link: a join token with the link's role. */
public interface AdmitGuestUseCase {
    /**
     * @throws dev.atrium.domain.shared.NotFoundException LINK_NOT_FOUND for an unknown token
     * @throws dev.atrium.domain.shared.GoneException LINK_EXPIRED when revoked, expired or used up
     * @throws dev.atrium.domain.shared.ForbiddenException WRONG_PASSWORD
     * @throws dev.atrium.domain.shared.ThrottledException TOO_MANY_ATTEMPTS after too many wrong passwords
     */
    IssuedToken admitGuest(AdmitGuestCommand command);
}
