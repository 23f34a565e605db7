package dev.atrium.adapter.rest.support;

import dev.atrium.application.fakes.InMemoryChatRepository;
import dev.atrium.application.fakes.InMemoryEventOutbox;
import dev.atrium.application.fakes.InMemoryLiveRoomRepository;
import dev.atrium.application.fakes.InMemoryUnitOfWork;
import dev.atrium.application.port.in.meeting.BookMeetingUseCase;
import dev.atrium.application.port.in.live.ChatUseCase;
import dev.atrium.application.port.in.meeting.GetMeetingUseCase;
import dev.atrium.application.port.in.meeting.UpdateMeetingUseCase;
import dev.atrium.application.service.BookMeetingService;
import dev.atrium.application.service.GetMeetingService;
import dev.atrium.application.service.UpdateMeetingService;
import dev.atrium.application.port.in.live.JoinRoomUseCase;
import dev.atrium.application.port.in.live.ListParticipantsUseCase;
import dev.atrium.application.port.in.live.ModerateRoomUseCase;
import dev.atrium.application.port.in.live.ParticipantSessionUseCase;
import dev.atrium.application.port.out.SessionCredentialCodec;
import dev.atrium.application.service.ChatService;
import dev.atrium.application.service.JoinRoomService;
import dev.atrium.application.service.ListParticipantsService;
import dev.atrium.application.service.LiveRoomSupport;
import dev.atrium.application.service.ModerateRoomService;
import dev.atrium.application.service.ParticipantSessionService;
import java.time.Duration;
import dev.atrium.application.fakes.InMemoryApiKeyRepository;
import dev.atrium.application.fakes.InMemoryLinkRepository;
import dev.atrium.application.fakes.InMemoryMemberRepository;
import dev.atrium.application.fakes.InMemoryPasswordAttempts;
import dev.atrium.application.fakes.InMemoryRoomPasswordRepository;
import dev.atrium.application.fakes.InMemoryRoomRepository;
import dev.atrium.application.fakes.InMemorySigningKeyRepository;
import dev.atrium.application.fakes.InMemoryTenantRepository;
import dev.atrium.application.fakes.InMemoryTokenLedger;
import dev.atrium.application.fakes.MutableClock;
import dev.atrium.application.fakes.Sha256PasswordHasher;
import dev.atrium.application.port.in.access.AdmitGuestUseCase;
import dev.atrium.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.atrium.application.port.in.room.CreateRoomUseCase;
import dev.atrium.application.port.in.tenant.CreateTenantUseCase;
import dev.atrium.application.port.in.room.DeleteRoomUseCase;
import dev.atrium.application.port.in.room.EndRoomUseCase;
import dev.atrium.application.port.in.room.GetRoomUseCase;
import dev.atrium.application.port.in.token.IssueJoinTokenUseCase;
import dev.atrium.application.port.in.room.ListRoomsUseCase;
import dev.atrium.application.port.in.tenant.ManageApiKeysUseCase;
import dev.atrium.application.port.in.access.ManageLinksUseCase;
import dev.atrium.application.port.in.member.ManageMembersUseCase;
import dev.atrium.application.port.in.token.RevokeJoinTokensUseCase;
import dev.atrium.application.port.in.access.RoomPasswordUseCase;
import dev.atrium.application.port.in.token.SigningKeysUseCase;
import dev.atrium.application.port.in.room.UpdateRoomUseCase;
import dev.atrium.application.port.in.token.VerifyJoinTokenUseCase;
import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.application.service.AdmitGuestService;
import dev.atrium.application.service.AuthenticateApiKeyService;
import dev.atrium.application.service.CreateRoomService;
import dev.atrium.application.service.CreateTenantService;
import dev.atrium.application.service.CurrentSigningKeys;
import dev.atrium.application.service.DeleteRoomService;
import dev.atrium.application.service.EndRoomService;
import dev.atrium.application.service.GetRoomService;
import dev.atrium.application.service.IssueJoinTokenService;
import dev.atrium.application.service.ListRoomsService;
import dev.atrium.application.service.ManageApiKeysService;
import dev.atrium.application.service.ManageLinksService;
import dev.atrium.application.service.ManageMembersService;
import dev.atrium.application.service.RevokeJoinTokensService;
import dev.atrium.application.service.RoomPasswordService;
import dev.atrium.application.service.SigningKeysService;
import dev.atrium.application.service.UpdateRoomService;
import dev.atrium.application.service.VerifyJoinTokenService;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.TokenIssuer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * The real services over the in-memory fakes, in place of what bootstrap wires in production, with
 * the adapter's real token and session credential codecs. The clock stands still at {@link #NOW}
 * until a test moves it, so schedules in tests are relative to a known instant. Token settings come from the same properties
 * bootstrap reads, with its defaults.
 */
@Factory
public class InMemoryUseCaseFactory {
    public static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");

    @Singleton
    InMemoryMemberRepository members() {
        return new InMemoryMemberRepository();
    }

    @Singleton
    InMemoryRoomRepository rooms(InMemoryMemberRepository members) {
        return new InMemoryRoomRepository(members);
    }

    @Singleton
    InMemoryTenantRepository tenants() {
        return new InMemoryTenantRepository();
    }

    @Singleton
    InMemoryApiKeyRepository apiKeys() {
        return new InMemoryApiKeyRepository();
    }

    @Singleton
    InMemorySigningKeyRepository signingKeys() {
        return new InMemorySigningKeyRepository();
    }

    @Singleton
    InMemoryTokenLedger ledger() {
        return new InMemoryTokenLedger();
    }

    @Singleton
    InMemoryLinkRepository links() {
        return new InMemoryLinkRepository();
    }

    @Singleton
    InMemoryRoomPasswordRepository roomPasswords() {
        return new InMemoryRoomPasswordRepository();
    }

    @Singleton
    InMemoryPasswordAttempts passwordAttempts() {
        return new InMemoryPasswordAttempts();
    }

    @Singleton
    Sha256PasswordHasher passwordHasher() {
        return new Sha256PasswordHasher();
    }

    @Singleton
    MutableClock clock() {
        return new MutableClock(NOW);
    }

    @Singleton
    SecureRandom random() {
        return new SecureRandom();
    }

    @Singleton
    TokenIssuer tokenIssuer(@Value("${atrium.tokens.issuer:atrium}") String issuer,
                            @Value("${atrium.tokens.audience:atrium-rooms}") String audience) {
        return new TokenIssuer(issuer, audience);
    }

    @Singleton
    CurrentSigningKeys currentSigningKeys(InMemorySigningKeyRepository keys,
                                          @Value("${atrium.tokens.algorithm:HS256}") SigningAlgorithm algorithm,
                                          MutableClock clock, SecureRandom random) {
        return new CurrentSigningKeys(keys, algorithm, clock, random);
    }

    @Singleton
    CreateRoomUseCase createRoom(InMemoryRoomRepository rooms, MutableClock clock, SecureRandom random) {
        return new CreateRoomService(rooms, clock, random);
    }

    @Singleton
    GetRoomUseCase getRoom(InMemoryRoomRepository rooms) {
        return new GetRoomService(rooms);
    }

    @Singleton
    ListRoomsUseCase listRooms(InMemoryRoomRepository rooms) {
        return new ListRoomsService(rooms);
    }

    @Singleton
    UpdateRoomUseCase updateRoom(InMemoryRoomRepository rooms, MutableClock clock, SecureRandom random) {
        return new UpdateRoomService(rooms, clock, random);
    }

    @Singleton
    InMemoryEventOutbox eventOutbox() {
        return new InMemoryEventOutbox();
    }

    @Singleton
    InMemoryChatRepository chatMessages() {
        return new InMemoryChatRepository();
    }

    @Singleton
    InMemoryLiveRoomRepository liveRooms(InMemoryRoomRepository rooms, InMemoryEventOutbox outbox) {
        return new InMemoryLiveRoomRepository(rooms, outbox);
    }

    @Singleton
    InMemoryUnitOfWork unitOfWork(InMemoryLiveRoomRepository liveRooms, InMemoryEventOutbox outbox,
                                  InMemoryChatRepository chat, InMemoryTokenLedger ledger,
                                  InMemoryMemberRepository members) {
        return new InMemoryUnitOfWork(liveRooms, outbox, chat, ledger, members);
    }

    @Singleton
    LiveRoomSupport liveRoomSupport(InMemoryUnitOfWork unitOfWork, InMemoryLiveRoomRepository liveRooms,
                                    InMemoryRoomRepository rooms, CurrentSigningKeys keys, SessionCredentialCodec codec,
                                    TokenIssuer issuer, @Value("${atrium.presence.timeout:30s}") Duration presenceTimeout,
                                    MutableClock clock) {
        return new LiveRoomSupport(unitOfWork, liveRooms, rooms, keys, codec, issuer, presenceTimeout, clock);
    }

    @Singleton
    JoinRoomUseCase joinRoom(LiveRoomSupport support, InMemoryTokenLedger ledger,
                             InMemoryRoomPasswordRepository passwords, Sha256PasswordHasher hasher,
                             InMemoryPasswordAttempts attempts,
                             @Value("${atrium.presence.timeout:30s}") Duration presenceTimeout, MutableClock clock,
                             SecureRandom random) {
        return new JoinRoomService(support, ledger, passwords, hasher, attempts, presenceTimeout, clock, random);
    }

    @Singleton
    ParticipantSessionUseCase participantSession(LiveRoomSupport support,
                                                 @Value("${atrium.presence.timeout:30s}") Duration presenceTimeout) {
        return new ParticipantSessionService(support, presenceTimeout);
    }

    @Singleton
    ModerateRoomUseCase moderateRoom(LiveRoomSupport support, InMemoryTokenLedger ledger, InMemoryRoomRepository rooms) {
        return new ModerateRoomService(support, ledger, rooms);
    }

    @Singleton
    EndRoomUseCase endRoom(ModerateRoomUseCase moderation) {
        return new EndRoomService(moderation);
    }

    @Singleton
    ListParticipantsUseCase listParticipants(LiveRoomSupport support) {
        return new ListParticipantsService(support);
    }

    @Singleton
    ChatUseCase chat(LiveRoomSupport support, InMemoryChatRepository chat) {
        return new ChatService(support, chat);
    }

    @Singleton
    BookMeetingUseCase bookMeeting(InMemoryUnitOfWork unitOfWork, InMemoryRoomRepository rooms,
                                   InMemoryMemberRepository members, InMemoryLiveRoomRepository liveRooms,
                                   MutableClock clock, SecureRandom random) {
        return new BookMeetingService(unitOfWork, rooms, members, liveRooms, clock, random);
    }

    @Singleton
    UpdateMeetingUseCase updateMeeting(InMemoryUnitOfWork unitOfWork, InMemoryRoomRepository rooms,
                                       InMemoryMemberRepository members, InMemoryLiveRoomRepository liveRooms,
                                       MutableClock clock, SecureRandom random) {
        return new UpdateMeetingService(unitOfWork, rooms, members, liveRooms, clock, random);
    }

    @Singleton
    GetMeetingUseCase getMeeting(InMemoryRoomRepository rooms, InMemoryMemberRepository members) {
        return new GetMeetingService(rooms, members);
    }

    @Singleton
    DeleteRoomUseCase deleteRoom(LiveRoomSupport support, InMemoryRoomRepository rooms) {
        return new DeleteRoomService(support, rooms);
    }

    @Singleton
    ManageMembersUseCase manageMembers(InMemoryRoomRepository rooms, InMemoryMemberRepository members, MutableClock clock) {
        return new ManageMembersService(rooms, members, clock);
    }

    @Singleton
    IssueJoinTokenUseCase issueJoinToken(InMemoryRoomRepository rooms, CurrentSigningKeys keys, TokenCodec codec,
                                         TokenIssuer issuer, MutableClock clock, SecureRandom random) {
        return new IssueJoinTokenService(rooms, keys, codec, issuer, clock, random);
    }

    @Singleton
    VerifyJoinTokenUseCase verifyJoinToken(CurrentSigningKeys keys, TokenCodec codec, InMemoryTokenLedger ledger,
                                           TokenIssuer issuer, MutableClock clock) {
        return new VerifyJoinTokenService(keys, codec, ledger, issuer, clock);
    }

    @Singleton
    RevokeJoinTokensUseCase revokeJoinTokens(InMemoryRoomRepository rooms, InMemoryTokenLedger ledger, MutableClock clock) {
        return new RevokeJoinTokensService(rooms, ledger, clock);
    }

    @Singleton
    SigningKeysUseCase signingKeysUseCase(CurrentSigningKeys current, InMemorySigningKeyRepository keys, MutableClock clock) {
        return new SigningKeysService(current, keys, clock);
    }

    @Singleton
    RoomPasswordUseCase roomPassword(InMemoryRoomRepository rooms, InMemoryRoomPasswordRepository passwords,
                                     Sha256PasswordHasher hasher, MutableClock clock) {
        return new RoomPasswordService(rooms, passwords, hasher, clock);
    }

    @Singleton
    ManageLinksUseCase manageLinks(InMemoryRoomRepository rooms, InMemoryLinkRepository links, Sha256PasswordHasher hasher,
                                   MutableClock clock, SecureRandom random) {
        return new ManageLinksService(rooms, links, hasher, clock, random);
    }

    @Singleton
    AdmitGuestUseCase admitGuest(InMemoryRoomRepository rooms, InMemoryLinkRepository links,
                                 InMemoryRoomPasswordRepository roomPasswords, Sha256PasswordHasher hasher,
                                 InMemoryPasswordAttempts attempts, CurrentSigningKeys keys, TokenCodec codec,
                                 TokenIssuer issuer, MutableClock clock, SecureRandom random) {
        return new AdmitGuestService(rooms, links, roomPasswords, hasher, attempts, keys, codec, issuer, clock, random);
    }

    @Singleton
    AuthenticateApiKeyUseCase authenticateApiKey(InMemoryApiKeyRepository keys) {
        return new AuthenticateApiKeyService(keys);
    }

    @Singleton
    CreateTenantUseCase createTenant(InMemoryTenantRepository tenants, MutableClock clock, SecureRandom random) {
        return new CreateTenantService(tenants, clock, random);
    }

    @Singleton
    ManageApiKeysUseCase manageApiKeys(InMemoryTenantRepository tenants, InMemoryApiKeyRepository keys,
                                       MutableClock clock, SecureRandom random) {
        return new ManageApiKeysService(tenants, keys, clock, random);
    }
}
