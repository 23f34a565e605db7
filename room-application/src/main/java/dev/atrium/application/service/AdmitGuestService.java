package dev.atrium.application.service;

import dev.atrium.application.port.in.access.AdmitGuestCommand;
import dev.atrium.application.port.in.access.AdmitGuestUseCase;
import dev.atrium.application.port.in.token.IssuedToken;
import dev.atrium.application.port.out.LinkRepository;
import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.domain.link.GuestName;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.GoneException;
import dev.atrium.domain.shared.NotFoundException;
import dev.atrium.domain.shared.Secrets;
import dev.atrium.domain.shared.SortableIds;
import dev.atrium.domain.token.JoinTokenRequest;
import dev.atrium.domain.token.TokenIssuer;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A guest by a public link. The link's own password, or else the room's, is checked with attempts
 * throttled per room and client; a use is counted atomically only once everything else passed and
 * the token is made, so a refused guest does not use the link up.
 */
public final class AdmitGuestService implements AdmitGuestUseCase {
    private final RoomRepository rooms;
    private final LinkRepository links;
    private final RoomPasswordRepository roomPasswords;
    private final RoomPasswordCheck passwordCheck;
    private final TokenMinting minting;
    private final Clock clock;
    private final RandomGenerator random;

    public AdmitGuestService(RoomRepository rooms, LinkRepository links, RoomPasswordRepository roomPasswords,
                             PasswordHasher hasher, PasswordAttempts attempts, CurrentSigningKeys keys, TokenCodec codec,
                             TokenIssuer issuer, Clock clock, RandomGenerator random) {
        this.rooms = rooms;
        this.links = links;
        this.roomPasswords = roomPasswords;
        this.passwordCheck = new RoomPasswordCheck(hasher, attempts);
        this.minting = new TokenMinting(keys, codec, issuer, clock, random);
        this.clock = clock;
        this.random = random;
    }

    @Override
    public IssuedToken admitGuest(AdmitGuestCommand command) {
        Instant now = clock.instant();
        PublicLink link = links.findByTokenHash(Secrets.sha256(command.linkToken()))
                .orElseThrow(() -> new NotFoundException(ErrorCode.LINK_NOT_FOUND, "No such link."));
        link.requireUsableAt(now);
        GuestName name = GuestName.parse(command.displayName());
        Room room = rooms.findById(link.tenantId(), link.roomId())
                .orElseThrow(() -> new ConflictException(ErrorCode.ROOM_ENDED, "The room of this link no longer exists."));
        room.requireGuestsAllowed();
        room.requireOpenForEntryAt(now);
        checkPassword(link, room, command, now);
        UserRef guest = new UserRef(JoinTokenRequest.LINK_GUEST_PREFIX + SortableIds.next("gs", now, random));
        JoinTokenRequest request = new JoinTokenRequest(name.value(), link.role(), guest, Map.of(), JoinTokenRequest.DEFAULT_TTL);
        // Minted first, counted last: a failure while minting must not use the link up, and a token
        // is thrown away at no cost when the last use went to another guest meanwhile.
        IssuedToken token = minting.mint(room, request);
        if (!links.consumeUse(link.id())) {
            throw new GoneException(ErrorCode.LINK_EXPIRED, "The link was used up or revoked just now.");
        }
        return token;
    }

    private void checkPassword(PublicLink link, Room room, AdmitGuestCommand command, Instant now) {
        Optional<String> hash = link.hasPassword() ? Optional.of(link.passwordHash()) : roomPasswords.find(room.id());
        if (hash.isEmpty()) {
            return;
        }
        passwordCheck.require(room.id(), hash.get(), command.password(), command.client(), now);
    }
}
