package dev.atrium.adapter.rest.support;

import dev.atrium.application.fakes.InMemoryApiKeyRepository;
import dev.atrium.application.fakes.InMemoryChatRepository;
import dev.atrium.application.fakes.InMemoryEventOutbox;
import dev.atrium.application.fakes.InMemoryLinkRepository;
import dev.atrium.application.fakes.InMemoryLiveRoomRepository;
import dev.atrium.application.fakes.InMemoryMemberRepository;
import dev.atrium.application.fakes.InMemoryPasswordAttempts;
import dev.atrium.application.fakes.InMemoryRoomPasswordRepository;
import dev.atrium.application.fakes.InMemoryRoomRepository;
import dev.atrium.application.fakes.InMemorySigningKeyRepository;
import dev.atrium.application.fakes.InMemoryTenantRepository;
import dev.atrium.application.fakes.InMemoryTokenLedger;
import dev.atrium.application.fakes.InMemoryUnitOfWork;
import dev.atrium.application.fakes.MutableClock;
import dev.atrium.application.fakes.RecordingEventPublisher;
import dev.atrium.application.fakes.Sha256PasswordHasher;
import dev.atrium.application.port.in.access.AdmitGuestUseCase;
import dev.atrium.application.port.in.access.ListLinksUseCase;
import dev.atrium.application.port.in.access.OpenLinkUseCase;
import dev.atrium.application.port.in.access.RemoveRoomPasswordUseCase;
import dev.atrium.application.port.in.access.RevokeLinkUseCase;
import dev.atrium.application.port.in.access.SetRoomPasswordUseCase;
import dev.atrium.application.port.in.live.AdmitEveryoneUseCase;
import dev.atrium.application.port.in.live.AdmitParticipantUseCase;
import dev.atrium.application.port.in.live.AuthenticateSessionUseCase;
import dev.atrium.application.port.in.live.CatchUpEveryRoomUseCase;
import dev.atrium.application.port.in.live.ChangeMediaUseCase;
import dev.atrium.application.port.in.live.ChangeRoleUseCase;
import dev.atrium.application.port.in.live.DenyParticipantUseCase;
import dev.atrium.application.port.in.live.EndForEveryoneUseCase;
import dev.atrium.application.port.in.live.FireTimersUseCase;
import dev.atrium.application.port.in.live.FollowRoomUseCase;
import dev.atrium.application.port.in.live.GetSessionUseCase;
import dev.atrium.application.port.in.live.GrantPublishingUseCase;
import dev.atrium.application.port.in.live.JoinCallUseCase;
import dev.atrium.application.port.in.live.JoinRoomUseCase;
import dev.atrium.application.port.in.live.LeaveCallUseCase;
import dev.atrium.application.port.in.live.LeaveRoomUseCase;
import dev.atrium.application.port.in.live.ListParticipantsUseCase;
import dev.atrium.application.port.in.live.MuteParticipantUseCase;
import dev.atrium.application.port.in.live.PingSessionUseCase;
import dev.atrium.application.port.in.live.PostChatMessageUseCase;
import dev.atrium.application.port.in.live.RaiseHandUseCase;
import dev.atrium.application.port.in.live.ReadChatUseCase;
import dev.atrium.application.port.in.live.RelayEventsUseCase;
import dev.atrium.application.port.in.live.RemoveParticipantUseCase;
import dev.atrium.application.port.in.live.SessionConnectedUseCase;
import dev.atrium.application.port.in.live.SessionDisconnectedUseCase;
import dev.atrium.application.port.in.live.SessionStillConnectedUseCase;
import dev.atrium.application.port.in.live.ShowLobbyUseCase;
import dev.atrium.application.port.in.live.StartScreenShareUseCase;
import dev.atrium.application.port.in.live.StopScreenShareUseCase;
import dev.atrium.application.port.in.meeting.BookMeetingUseCase;
import dev.atrium.application.port.in.meeting.GetMeetingUseCase;
import dev.atrium.application.port.in.meeting.UpdateMeetingUseCase;
import dev.atrium.application.port.in.member.AddMemberUseCase;
import dev.atrium.application.port.in.member.ListMembersUseCase;
import dev.atrium.application.port.in.member.RemoveMemberUseCase;
import dev.atrium.application.port.in.member.UpdateMemberUseCase;
import dev.atrium.application.port.in.room.CreateRoomUseCase;
import dev.atrium.application.port.in.room.DeleteRoomUseCase;
import dev.atrium.application.port.in.room.EndRoomUseCase;
import dev.atrium.application.port.in.room.GetRoomUseCase;
import dev.atrium.application.port.in.room.ListRoomsUseCase;
import dev.atrium.application.port.in.room.UpdateRoomUseCase;
import dev.atrium.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.atrium.application.port.in.tenant.CreateTenantUseCase;
import dev.atrium.application.port.in.tenant.IssueApiKeyUseCase;
import dev.atrium.application.port.in.tenant.ProvisionApiKeyUseCase;
import dev.atrium.application.port.in.tenant.RevokeApiKeyUseCase;
import dev.atrium.application.port.in.token.CurrentSigningKeyUseCase;
import dev.atrium.application.port.in.token.IssueJoinTokenUseCase;
import dev.atrium.application.port.in.token.ListPublicKeysUseCase;
import dev.atrium.application.port.in.token.RevokeAllJoinTokensUseCase;
import dev.atrium.application.port.in.token.RevokeJoinTokenUseCase;
import dev.atrium.application.port.in.token.RotateSigningKeyUseCase;
import dev.atrium.application.port.in.token.VerifyJoinTokenUseCase;
import dev.atrium.application.port.out.LocalRoomListeners;
import dev.atrium.application.port.out.RoomEventPublisher;
import dev.atrium.application.port.out.SessionCredentialCodec;
import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.application.service.UseCasePorts;
import dev.atrium.application.service.UseCaseSettings;
import dev.atrium.application.service.UseCases;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.TokenIssuer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The in-memory fakes of the secondary ports, with the adapter's real token and session credential
 * codecs and its own event publishers, composed into the same {@link UseCases} bootstrap builds in
 * production: only the ports differ; {@link InMemoryEventRelay} publishes the events. The clock stands still at {@link #NOW} until a test moves it, so schedules in tests are
 * relative to a known instant. Token and presence settings come from the same properties bootstrap
 * reads, with its defaults.
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
    TokenIssuer tokenIssuer(@Value("${atrium.tokens.issuer:atrium}") String issuer,
                            @Value("${atrium.tokens.audience:atrium-rooms}") String audience) {
        return new TokenIssuer(issuer, audience);
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
    RecordingEventPublisher publisher() {
        return new RecordingEventPublisher();
    }

    @Singleton
    UseCases useCases(InMemoryRoomRepository rooms, InMemoryMemberRepository members, InMemoryLiveRoomRepository liveRooms,
                      InMemoryUnitOfWork unitOfWork, InMemoryChatRepository chat, InMemoryEventOutbox outbox,
                      List<RoomEventPublisher> publishers, List<LocalRoomListeners> listeners,
                      RecordingEventPublisher invitations,
                      InMemoryTokenLedger ledger, TokenCodec tokenCodec,
                      SessionCredentialCodec sessionCodec, InMemorySigningKeyRepository signingKeys,
                      InMemoryLinkRepository links, InMemoryRoomPasswordRepository roomPasswords,
                      Sha256PasswordHasher hasher, InMemoryPasswordAttempts passwordAttempts,
                      InMemoryTenantRepository tenants, InMemoryApiKeyRepository apiKeys, TokenIssuer issuer,
                      @Value("${atrium.tokens.algorithm:HS256}") SigningAlgorithm algorithm,
                      @Value("${atrium.presence.timeout:30s}") Duration presenceTimeout,
                      @Value("${atrium.presence.grace:20s}") Duration presenceGrace, MutableClock clock) {
        // As bootstrap does: every publisher gets every event, every listener those of the rooms followed.
        RoomEventPublisher everyPublisher = event -> publishers.forEach(publisher -> publisher.publish(event));
        LocalRoomListeners everyListener = event -> listeners.forEach(listener -> listener.deliver(event));
        UseCasePorts ports = new UseCasePorts(rooms, members, liveRooms, unitOfWork, chat, outbox, everyPublisher,
                everyListener, invitations, ledger, tokenCodec, sessionCodec, signingKeys, links, roomPasswords, hasher,
                passwordAttempts, tenants, apiKeys);
        return new UseCases(ports, new UseCaseSettings(issuer, algorithm, presenceTimeout, presenceGrace), clock, new SecureRandom());
    }

    @Singleton
    CreateRoomUseCase createRoom(UseCases useCases) {
        return useCases.createRoom();
    }

    @Singleton
    GetRoomUseCase getRoom(UseCases useCases) {
        return useCases.getRoom();
    }

    @Singleton
    ListRoomsUseCase listRooms(UseCases useCases) {
        return useCases.listRooms();
    }

    @Singleton
    UpdateRoomUseCase updateRoom(UseCases useCases) {
        return useCases.updateRoom();
    }

    @Singleton
    DeleteRoomUseCase deleteRoom(UseCases useCases) {
        return useCases.deleteRoom();
    }

    @Singleton
    EndRoomUseCase endRoom(UseCases useCases) {
        return useCases.endRoom();
    }

    @Singleton
    BookMeetingUseCase bookMeeting(UseCases useCases) {
        return useCases.bookMeeting();
    }

    @Singleton
    UpdateMeetingUseCase updateMeeting(UseCases useCases) {
        return useCases.updateMeeting();
    }

    @Singleton
    GetMeetingUseCase getMeeting(UseCases useCases) {
        return useCases.getMeeting();
    }

    @Singleton
    ListMembersUseCase listMembers(UseCases useCases) {
        return useCases.listMembers();
    }

    @Singleton
    AddMemberUseCase addMember(UseCases useCases) {
        return useCases.addMember();
    }

    @Singleton
    UpdateMemberUseCase updateMember(UseCases useCases) {
        return useCases.updateMember();
    }

    @Singleton
    RemoveMemberUseCase removeMember(UseCases useCases) {
        return useCases.removeMember();
    }

    @Singleton
    JoinRoomUseCase joinRoom(UseCases useCases) {
        return useCases.joinRoom();
    }

    @Singleton
    AuthenticateSessionUseCase authenticateSession(UseCases useCases) {
        return useCases.authenticateSession();
    }

    @Singleton
    GetSessionUseCase getSession(UseCases useCases) {
        return useCases.getSession();
    }

    @Singleton
    PingSessionUseCase pingSession(UseCases useCases) {
        return useCases.pingSession();
    }

    @Singleton
    SessionConnectedUseCase sessionConnected(UseCases useCases) {
        return useCases.sessionConnected();
    }

    @Singleton
    SessionStillConnectedUseCase sessionStillConnected(UseCases useCases) {
        return useCases.sessionStillConnected();
    }

    @Singleton
    SessionDisconnectedUseCase sessionDisconnected(UseCases useCases) {
        return useCases.sessionDisconnected();
    }

    @Singleton
    LeaveRoomUseCase leaveRoom(UseCases useCases) {
        return useCases.leaveRoom();
    }

    @Singleton
    JoinCallUseCase joinCall(UseCases useCases) {
        return useCases.joinCall();
    }

    @Singleton
    LeaveCallUseCase leaveCall(UseCases useCases) {
        return useCases.leaveCall();
    }

    @Singleton
    ChangeMediaUseCase changeMedia(UseCases useCases) {
        return useCases.changeMedia();
    }

    @Singleton
    StartScreenShareUseCase startScreenShare(UseCases useCases) {
        return useCases.startScreenShare();
    }

    @Singleton
    StopScreenShareUseCase stopScreenShare(UseCases useCases) {
        return useCases.stopScreenShare();
    }

    @Singleton
    RaiseHandUseCase raiseHand(UseCases useCases) {
        return useCases.raiseHand();
    }

    @Singleton
    ShowLobbyUseCase showLobby(UseCases useCases) {
        return useCases.showLobby();
    }

    @Singleton
    AdmitParticipantUseCase admitParticipant(UseCases useCases) {
        return useCases.admitParticipant();
    }

    @Singleton
    DenyParticipantUseCase denyParticipant(UseCases useCases) {
        return useCases.denyParticipant();
    }

    @Singleton
    AdmitEveryoneUseCase admitEveryone(UseCases useCases) {
        return useCases.admitEveryone();
    }

    @Singleton
    RemoveParticipantUseCase removeParticipant(UseCases useCases) {
        return useCases.removeParticipant();
    }

    @Singleton
    ChangeRoleUseCase changeRole(UseCases useCases) {
        return useCases.changeRole();
    }

    @Singleton
    GrantPublishingUseCase grantPublishing(UseCases useCases) {
        return useCases.grantPublishing();
    }

    @Singleton
    MuteParticipantUseCase muteParticipant(UseCases useCases) {
        return useCases.muteParticipant();
    }

    @Singleton
    EndForEveryoneUseCase endForEveryone(UseCases useCases) {
        return useCases.endForEveryone();
    }

    @Singleton
    ListParticipantsUseCase listParticipants(UseCases useCases) {
        return useCases.listParticipants();
    }

    @Singleton
    PostChatMessageUseCase postChatMessage(UseCases useCases) {
        return useCases.postChatMessage();
    }

    @Singleton
    ReadChatUseCase readChat(UseCases useCases) {
        return useCases.readChat();
    }

    @Singleton
    FireTimersUseCase fireTimers(UseCases useCases) {
        return useCases.fireTimers();
    }

    @Singleton
    RelayEventsUseCase relayEvents(UseCases useCases) {
        return useCases.relayEvents();
    }

    @Singleton
    FollowRoomUseCase followRoom(UseCases useCases) {
        return useCases.roomFeed();
    }

    @Singleton
    CatchUpEveryRoomUseCase catchUpEveryRoom(UseCases useCases) {
        return useCases.roomFeed();
    }

    @Singleton
    IssueJoinTokenUseCase issueJoinToken(UseCases useCases) {
        return useCases.issueJoinToken();
    }

    @Singleton
    VerifyJoinTokenUseCase verifyJoinToken(UseCases useCases) {
        return useCases.verifyJoinToken();
    }

    @Singleton
    RevokeJoinTokenUseCase revokeJoinToken(UseCases useCases) {
        return useCases.revokeJoinToken();
    }

    @Singleton
    RevokeAllJoinTokensUseCase revokeAllJoinTokens(UseCases useCases) {
        return useCases.revokeAllJoinTokens();
    }

    @Singleton
    CurrentSigningKeyUseCase currentSigningKey(UseCases useCases) {
        return useCases.currentSigningKey();
    }

    @Singleton
    RotateSigningKeyUseCase rotateSigningKey(UseCases useCases) {
        return useCases.rotateSigningKey();
    }

    @Singleton
    ListPublicKeysUseCase listPublicKeys(UseCases useCases) {
        return useCases.listPublicKeys();
    }

    @Singleton
    OpenLinkUseCase openLink(UseCases useCases) {
        return useCases.openLink();
    }

    @Singleton
    ListLinksUseCase listLinks(UseCases useCases) {
        return useCases.listLinks();
    }

    @Singleton
    RevokeLinkUseCase revokeLink(UseCases useCases) {
        return useCases.revokeLink();
    }

    @Singleton
    AdmitGuestUseCase admitGuest(UseCases useCases) {
        return useCases.admitGuest();
    }

    @Singleton
    SetRoomPasswordUseCase setRoomPassword(UseCases useCases) {
        return useCases.setRoomPassword();
    }

    @Singleton
    RemoveRoomPasswordUseCase removeRoomPassword(UseCases useCases) {
        return useCases.removeRoomPassword();
    }

    @Singleton
    AuthenticateApiKeyUseCase authenticateApiKey(UseCases useCases) {
        return useCases.authenticateApiKey();
    }

    @Singleton
    CreateTenantUseCase createTenant(UseCases useCases) {
        return useCases.createTenant();
    }

    @Singleton
    IssueApiKeyUseCase issueApiKey(UseCases useCases) {
        return useCases.issueApiKey();
    }

    @Singleton
    RevokeApiKeyUseCase revokeApiKey(UseCases useCases) {
        return useCases.revokeApiKey();
    }

    @Singleton
    ProvisionApiKeyUseCase provisionApiKey(UseCases useCases) {
        return useCases.provisionApiKey();
    }
}
