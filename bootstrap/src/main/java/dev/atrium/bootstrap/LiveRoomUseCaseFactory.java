package dev.atrium.bootstrap;

import dev.atrium.application.port.in.live.ChatUseCase;
import dev.atrium.application.port.in.room.DeleteRoomUseCase;
import dev.atrium.application.port.in.room.EndRoomUseCase;
import dev.atrium.application.port.in.live.FireTimersUseCase;
import dev.atrium.application.port.in.live.JoinRoomUseCase;
import dev.atrium.application.port.in.live.ListParticipantsUseCase;
import dev.atrium.application.port.in.live.ModerateRoomUseCase;
import dev.atrium.application.port.in.live.ParticipantSessionUseCase;
import dev.atrium.application.port.in.live.RelayEventsUseCase;
import dev.atrium.application.port.out.ChatRepository;
import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.application.port.out.InvitationNotifier;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RoomEventPublisher;
import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.SessionCredentialCodec;
import dev.atrium.application.port.out.TokenLedger;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.application.service.ChatService;
import dev.atrium.application.service.CurrentSigningKeys;
import dev.atrium.application.service.DeleteRoomService;
import dev.atrium.application.service.EndRoomService;
import dev.atrium.application.service.FireTimersService;
import dev.atrium.application.service.JoinRoomService;
import dev.atrium.application.service.ListParticipantsService;
import dev.atrium.application.service.LiveRoomSupport;
import dev.atrium.application.service.ModerateRoomService;
import dev.atrium.application.service.ParticipantSessionService;
import dev.atrium.application.service.RelayEventsService;
import dev.atrium.domain.token.TokenIssuer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Rooms with people in them: joining, the participant's own session, moderation, chat, the timers
 * and the outbox relay. {@code atrium.presence.timeout} is how long a session lives without a ping.
 */
@Factory
class LiveRoomUseCaseFactory {

    @Singleton
    LiveRoomSupport liveRoomSupport(UnitOfWork unitOfWork, LiveRoomRepository liveRooms, RoomRepository rooms,
                                    CurrentSigningKeys keys, SessionCredentialCodec codec, TokenIssuer issuer,
                                    @Value("${atrium.presence.timeout:30s}") Duration presenceTimeout, Clock clock) {
        return new LiveRoomSupport(unitOfWork, liveRooms, rooms, keys, codec, issuer, presenceTimeout, clock);
    }

    @Singleton
    JoinRoomUseCase joinRoom(LiveRoomSupport support, TokenLedger ledger, RoomPasswordRepository passwords,
                             PasswordHasher hasher, PasswordAttempts attempts,
                             @Value("${atrium.presence.timeout:30s}") Duration presenceTimeout, Clock clock,
                             @Named("secure") SecureRandom random) {
        return new JoinRoomService(support, ledger, passwords, hasher, attempts, presenceTimeout, clock, random);
    }

    @Singleton
    ParticipantSessionUseCase participantSession(LiveRoomSupport support,
                                                 @Value("${atrium.presence.timeout:30s}") Duration presenceTimeout) {
        return new ParticipantSessionService(support, presenceTimeout);
    }

    @Singleton
    ModerateRoomUseCase moderateRoom(LiveRoomSupport support, TokenLedger ledger, RoomRepository rooms) {
        return new ModerateRoomService(support, ledger, rooms);
    }

    @Singleton
    EndRoomUseCase endRoom(ModerateRoomUseCase moderation) {
        return new EndRoomService(moderation);
    }

    /** Deleting takes the room's lock, so it sits with the live rooms: nobody present may vanish with it. */
    @Singleton
    DeleteRoomUseCase deleteRoom(LiveRoomSupport support, RoomRepository rooms) {
        return new DeleteRoomService(support, rooms);
    }

    @Singleton
    ListParticipantsUseCase listParticipants(LiveRoomSupport support) {
        return new ListParticipantsService(support);
    }

    @Singleton
    ChatUseCase chat(LiveRoomSupport support, ChatRepository chat) {
        return new ChatService(support, chat);
    }

    @Singleton
    FireTimersUseCase fireTimers(LiveRoomSupport support, LiveRoomRepository liveRooms, Clock clock) {
        return new FireTimersService(support, liveRooms, clock);
    }

    @Singleton
    RelayEventsUseCase relayEvents(UnitOfWork unitOfWork, EventOutbox outbox, RoomEventPublisher publisher,
                                   InvitationNotifier invitations) {
        return new RelayEventsService(unitOfWork, outbox, publisher, invitations);
    }
}
