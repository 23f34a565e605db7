package dev.atrium.bootstrap;

import dev.atrium.application.port.out.ApiKeyRepository;
import dev.atrium.application.port.out.ChatRepository;
import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.application.port.out.InvitationNotifier;
import dev.atrium.application.port.out.LinkRepository;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.LocalRoomListeners;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RoomEventPublisher;
import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.SessionCredentialCodec;
import dev.atrium.application.port.out.SigningKeyRepository;
import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.application.port.out.TokenLedger;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.application.service.UseCasePorts;
import dev.atrium.application.service.UseCaseSettings;
import dev.atrium.application.service.UseCases;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.TokenIssuer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The one composition of the core ({@link UseCases}) over the ports the adapters provide.
 * {@code atrium.presence.timeout} is how long a session lives without a ping;
 * {@code atrium.presence.grace} how long a participant stays present after their socket closed;
 * {@code atrium.tokens.*} name the issuer, audience and signing algorithm of tokens.
 */
@Factory
class CompositionFactory {

    @Singleton
    TokenIssuer tokenIssuer(@Value("${atrium.tokens.issuer}") String issuer, @Value("${atrium.tokens.audience}") String audience) {
        return new TokenIssuer(issuer, audience);
    }

    @Singleton
    UseCases useCases(RoomRepository rooms, MemberRepository members, LiveRoomRepository liveRooms, UnitOfWork unitOfWork,
                      ChatRepository chat, EventOutbox outbox, List<RoomEventPublisher> publishers,
                      List<LocalRoomListeners> listeners, InvitationNotifier invitations,
                      TokenLedger ledger, TokenCodec tokenCodec, SessionCredentialCodec sessionCodec,
                      SigningKeyRepository signingKeys, LinkRepository links, RoomPasswordRepository roomPasswords,
                      PasswordHasher hasher, PasswordAttempts passwordAttempts, TenantRepository tenants,
                      ApiKeyRepository apiKeys, TokenIssuer issuer,
                      @Value("${atrium.tokens.algorithm}") SigningAlgorithm algorithm,
                      @Value("${atrium.presence.timeout:30s}") Duration presenceTimeout,
                      @Value("${atrium.presence.grace:20s}") Duration presenceGrace, Clock clock,
                      @Named("secure") SecureRandom random) {
        // Every publisher gets every event once in the cluster (the event log); every listener on every node
        // hears every event of the rooms the node follows (its sockets).
        RoomEventPublisher everyPublisher = event -> publishers.forEach(publisher -> publisher.publish(event));
        LocalRoomListeners everyListener = event -> listeners.forEach(listener -> listener.deliver(event));
        UseCasePorts ports = new UseCasePorts(rooms, members, liveRooms, unitOfWork, chat, outbox, everyPublisher,
                everyListener, invitations, ledger, tokenCodec, sessionCodec, signingKeys, links, roomPasswords, hasher,
                passwordAttempts, tenants, apiKeys);
        return new UseCases(ports, new UseCaseSettings(issuer, algorithm, presenceTimeout, presenceGrace), clock, random);
    }
}
