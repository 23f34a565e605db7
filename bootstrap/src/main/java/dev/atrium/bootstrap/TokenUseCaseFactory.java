package dev.atrium.bootstrap;

import dev.atrium.application.port.in.access.AdmitGuestUseCase;
import dev.atrium.application.port.in.token.IssueJoinTokenUseCase;
import dev.atrium.application.port.in.access.ManageLinksUseCase;
import dev.atrium.application.port.in.token.RevokeJoinTokensUseCase;
import dev.atrium.application.port.in.token.SigningKeysUseCase;
import dev.atrium.application.port.in.token.VerifyJoinTokenUseCase;
import dev.atrium.application.port.out.LinkRepository;
import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.SigningKeyRepository;
import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.application.port.out.TokenLedger;
import dev.atrium.application.service.AdmitGuestService;
import dev.atrium.application.service.CurrentSigningKeys;
import dev.atrium.application.service.IssueJoinTokenService;
import dev.atrium.application.service.ManageLinksService;
import dev.atrium.application.service.RevokeJoinTokensService;
import dev.atrium.application.service.SigningKeysService;
import dev.atrium.application.service.VerifyJoinTokenService;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.TokenIssuer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Join tokens, their keys, public links and guests. One {@link CurrentSigningKeys} serves every
 * token use case, so a rotation on this node is seen by all of them at once.
 */
@Factory
class TokenUseCaseFactory {

    @Singleton
    TokenIssuer tokenIssuer(@Value("${atrium.tokens.issuer}") String issuer, @Value("${atrium.tokens.audience}") String audience) {
        return new TokenIssuer(issuer, audience);
    }

    @Singleton
    CurrentSigningKeys currentSigningKeys(SigningKeyRepository keys, @Value("${atrium.tokens.algorithm}") SigningAlgorithm algorithm,
                                          Clock clock, @Named("secure") SecureRandom random) {
        return new CurrentSigningKeys(keys, algorithm, clock, random);
    }

    @Singleton
    IssueJoinTokenUseCase issueJoinToken(RoomRepository rooms, CurrentSigningKeys keys, TokenCodec codec, TokenIssuer issuer,
                                         Clock clock, @Named("secure") SecureRandom random) {
        return new IssueJoinTokenService(rooms, keys, codec, issuer, clock, random);
    }

    @Singleton
    VerifyJoinTokenUseCase verifyJoinToken(CurrentSigningKeys keys, TokenCodec codec, TokenLedger ledger, TokenIssuer issuer,
                                           Clock clock) {
        return new VerifyJoinTokenService(keys, codec, ledger, issuer, clock);
    }

    @Singleton
    RevokeJoinTokensUseCase revokeJoinTokens(RoomRepository rooms, TokenLedger ledger, Clock clock) {
        return new RevokeJoinTokensService(rooms, ledger, clock);
    }

    @Singleton
    SigningKeysUseCase signingKeys(CurrentSigningKeys current, SigningKeyRepository keys, Clock clock) {
        return new SigningKeysService(current, keys, clock);
    }

    @Singleton
    ManageLinksUseCase manageLinks(RoomRepository rooms, LinkRepository links, PasswordHasher hasher, Clock clock,
                                   @Named("secure") SecureRandom random) {
        return new ManageLinksService(rooms, links, hasher, clock, random);
    }

    @Singleton
    AdmitGuestUseCase admitGuest(RoomRepository rooms, LinkRepository links, RoomPasswordRepository roomPasswords,
                                 PasswordHasher hasher, PasswordAttempts attempts, CurrentSigningKeys keys, TokenCodec codec,
                                 TokenIssuer issuer, Clock clock, @Named("secure") SecureRandom random) {
        return new AdmitGuestService(rooms, links, roomPasswords, hasher, attempts, keys, codec, issuer, clock, random);
    }
}
