package dev.atrium.application.service;

import dev.atrium.application.port.in.live.JoinRoomCommand;
import dev.atrium.application.port.in.live.JoinRoomUseCase;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.live.RoomPresence;
import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.application.port.out.TokenLedger;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ForbiddenException;
import dev.atrium.domain.token.JoinGrant;

import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Entering a room. The room password (guests the tenant let in directly; link guests were asked at
 * the link) is checked first, outside the room's lock, because the check is slow on purpose. Then,
 * in one transaction under the lock: the token's jti is redeemed, the live room decides, the
 * session is stored. A refusal rolls the redemption back, so the token can be tried again.
 */
public final class JoinRoomService implements JoinRoomUseCase {
    private final LiveRoomChanges changes;
    private final TokenLedger ledger;
    private final RoomPasswordRepository passwords;
    private final RoomPasswordCheck passwordCheck;
    private final SessionCredentials credentials;
    private final Duration presenceTimeout;
    private final Clock clock;
    private final RandomGenerator random;

    JoinRoomService(LiveRoomChanges changes, SessionCredentials credentials, TokenLedger ledger,
                    RoomPasswordRepository passwords, PasswordHasher hasher, PasswordAttempts attempts,
                    Duration presenceTimeout, Clock clock, RandomGenerator random) {
        this.changes = changes;
        this.credentials = credentials;
        this.ledger = ledger;
        this.passwords = passwords;
        this.passwordCheck = new RoomPasswordCheck(hasher, attempts);
        this.presenceTimeout = presenceTimeout;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public ParticipantSession joinRoom(JoinRoomCommand command) {
        JoinGrant grant = command.grant();
        RoomId roomId = changes.roomIdOf(command.room());
        if (!grant.roomId().equals(roomId) || !grant.tenantId().equals(command.room().tenantId())) {
            throw new ForbiddenException(ErrorCode.TOKEN_FOR_ANOTHER_ROOM, "The join token is for another room.");
        }
        if (grant.role() == Role.GUEST && !grant.cameByLink()) {
            passwords.find(roomId).ifPresent(hash ->
                    passwordCheck.require(roomId, hash, command.password(), command.client(), clock.instant()));
        }
        return changes.apply(grant.tenantId(), roomId, (live, now) -> {
            if (!ledger.redeem(grant, now)) {
                throw new ConflictException(ErrorCode.TOKEN_ALREADY_USED, "The join token was used already; ask for a new one.");
            }
            Participant participant = live.join(ParticipantId.next(now, random), grant, now, presenceTimeout);
            SessionCredentials.Issued issued = credentials.issue(live, participant.id(), now);
            return new ParticipantSession(participant, issued.credential(), issued.grant().expiresAt(), RoomPresence.of(live),
                live.lastSequence());
        });
    }
}
