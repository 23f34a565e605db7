package dev.atrium.application.service;

import dev.atrium.application.fakes.HmacTokenCodec;
import dev.atrium.application.fakes.InMemoryLinkRepository;
import dev.atrium.application.fakes.InMemoryPasswordAttempts;
import dev.atrium.application.fakes.InMemoryRoomPasswordRepository;
import dev.atrium.application.fakes.InMemorySigningKeyRepository;
import dev.atrium.application.fakes.InMemoryTokenLedger;
import dev.atrium.application.fakes.Sha256PasswordHasher;
import dev.atrium.application.port.in.access.AdmitGuestUseCase;
import dev.atrium.application.port.in.token.IssueJoinTokenUseCase;
import dev.atrium.application.port.in.token.IssuedToken;
import dev.atrium.application.port.in.token.VerifyJoinTokenUseCase;
import dev.atrium.application.port.out.SigningKeyRepository;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.token.JoinTokenRequest;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.TokenIssuer;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;

/**
 * The use cases of members, tokens, keys, passwords and links wired as bootstrap wires them, over
 * the stores of a {@link RoomServices} (rooms are created through it) and in-memory fakes of the
 * other ports. Keys, links and guests draw from a seeded SHA1PRNG, so runs repeat. One per test.
 */
final class AccessServices {
    static final TokenIssuer ISSUER = new TokenIssuer("https://atrium.test", "atrium-media");

    final RoomServices rooms = new RoomServices();
    final InMemorySigningKeyRepository keyStore = rooms.keyStore;
    final InMemoryTokenLedger ledger = rooms.ledger;
    final InMemoryLinkRepository links = new InMemoryLinkRepository();
    final InMemoryRoomPasswordRepository roomPasswords = new InMemoryRoomPasswordRepository();
    final InMemoryPasswordAttempts attempts = new InMemoryPasswordAttempts();
    final Sha256PasswordHasher hasher = new Sha256PasswordHasher();
    final HmacTokenCodec codec = new HmacTokenCodec();
    final SecureRandom random = seeded(7);
    private long nextNodeSeed = 100;
    final CurrentSigningKeys keys;

    final ManageMembersService members;
    final IssueJoinTokenUseCase issue;
    final VerifyJoinTokenUseCase verify;
    final RevokeJoinTokensService revoke;
    final SigningKeysService signingKeys;
    final RoomPasswordService roomPassword;
    final ManageLinksService manageLinks;
    final AdmitGuestUseCase admit;

    AccessServices() {
        this(SigningAlgorithm.HS256);
    }

    AccessServices(SigningAlgorithm algorithm) {
        keys = keysOf(keyStore, algorithm);
        members = new ManageMembersService(rooms.changes, rooms.rooms, rooms.members);
        issue = new IssueJoinTokenService(rooms.rooms, keys, codec, ISSUER, rooms.clock, random);
        verify = new VerifyJoinTokenService(keys, codec, ledger, ISSUER, rooms.clock);
        revoke = new RevokeJoinTokensService(rooms.rooms, ledger, rooms.clock);
        signingKeys = new SigningKeysService(keys, keyStore, rooms.clock);
        roomPassword = new RoomPasswordService(rooms.rooms, roomPasswords, hasher, rooms.clock);
        manageLinks = new ManageLinksService(rooms.rooms, links, hasher, rooms.clock, random);
        admit = new AdmitGuestService(rooms.rooms, links, roomPasswords, hasher, attempts, keys, codec, ISSUER,
                rooms.clock, random);
    }

    /** A node's cache of the keys in {@code store}, on this clock, with a random source of its own. */
    CurrentSigningKeys keysOf(SigningKeyRepository store, SigningAlgorithm algorithm) {
        return new CurrentSigningKeys(store, algorithm, rooms.clock, seeded(nextNodeSeed++));
    }

    /** A token for {@code userRef} to enter {@code room} as a participant for {@code ttl}. */
    IssuedToken issueFor(Room room, String userRef, Duration ttl) {
        JoinTokenRequest request = new JoinTokenRequest("Person " + userRef, Role.PARTICIPANT, new UserRef(userRef),
                Map.of(), ttl);
        return issue.issueJoinToken(RoomServices.locator(room), request);
    }

    IssuedToken issueFor(Room room, String userRef) {
        return issueFor(room, userRef, JoinTokenRequest.DEFAULT_TTL);
    }

    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA1PRNG", e);
        }
    }
}
