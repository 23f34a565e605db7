package dev.atrium.application.service;

import dev.atrium.application.port.in.token.RevokeAllJoinTokensUseCase;
import dev.atrium.application.port.in.token.RevokeJoinTokenUseCase;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.TokenLedger;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.FieldViolation;
import dev.atrium.domain.shared.InvalidInputException;
import dev.atrium.domain.shared.NotFoundException;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.JoinTokenRequest;
import dev.atrium.domain.token.TokenId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class RevokeJoinTokensService implements RevokeJoinTokenUseCase, RevokeAllJoinTokensUseCase {
    private final RoomFinder finder;
    private final TokenLedger ledger;
    private final Clock clock;

    public RevokeJoinTokensService(RoomRepository rooms, TokenLedger ledger, Clock clock) {
        this.finder = new RoomFinder(rooms);
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void revokeToken(RoomLocator locator, String jti) {
        Room room = finder.find(locator);
        if (!TokenId.isValid(jti)) {
            throw new NotFoundException(ErrorCode.TOKEN_NOT_FOUND, "No token '" + jti + "'.");
        }
        TokenId id = new TokenId(jti);
        // Atrium does not store issued tokens, so it cannot tell exactly when this one expires: it
        // keeps the revocation as long as any token issued at that instant could live.
        Instant forgetAfter = id.issuedAt().plus(JoinTokenRequest.MAX_TTL).plus(JoinGrant.MAX_CLOCK_SKEW);
        ledger.revoke(room.tenantId(), room.id(), id, forgetAfter);
    }

    @Override
    public void revokeAllOf(RoomLocator locator, String userRef) {
        Room room = finder.find(locator);
        if (!UserRef.isValid(userRef)) {
            throw new InvalidInputException(ErrorCode.VALIDATION_FAILED, "The userRef is not valid.",
                    List.of(new FieldViolation("userRef", ViolationCode.INVALID_FORMAT,
                            "must be 1-" + UserRef.MAX_LENGTH + " characters without control characters or surrounding spaces")));
        }
        ledger.revokeAllOf(room.tenantId(), room.id(), new UserRef(userRef), clock.instant());
    }
}
