package dev.atrium.application.service;

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
import dev.atrium.application.port.in.live.CatchUpRoomsUseCase;
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
import dev.atrium.application.port.in.live.ResumeSessionUseCase;
import dev.atrium.application.port.in.live.SessionConnectedUseCase;
import dev.atrium.application.port.in.live.SessionDisconnectedUseCase;
import dev.atrium.application.port.in.live.SessionStillConnectedUseCase;
import dev.atrium.application.port.in.live.RemoveParticipantUseCase;
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

import java.security.SecureRandom;
import java.time.Clock;

/**
 * The one composition of the services: every use case, built from the secondary ports, a clock, a
 * random source and the settings, and handed out by its {@code port.in} interface. Production
 * (bootstrap) and the REST adapter's tests build this same object over their own ports, so a new
 * service is wired once, here. Services that share collaborators are built once and serve each of
 * their use cases; all live-room services share one {@link LiveRoomChanges} and one
 * {@link StoreOutages}, so they all lock, tick and save the same way and excuse the same outages.
 * The core stays framework-free: a container exposes each accessor as a bean.
 */
public final class UseCases {
    private final CreateRoomService createRoom;
    private final GetRoomService getRoom;
    private final ListRoomsService listRooms;
    private final UpdateRoomService updateRoom;
    private final DeleteRoomService deleteRoom;
    private final BookMeetingService bookMeeting;
    private final UpdateMeetingService updateMeeting;
    private final GetMeetingService getMeeting;
    private final ManageMembersService members;
    private final JoinRoomService joinRoom;
    private final ParticipantSessionService sessions;
    private final ResumeSessionService resumeSession;
    private final ModerateRoomService moderation;
    private final ListParticipantsService listParticipants;
    private final ChatService chat;
    private final FireTimersService fireTimers;
    private final RelayEventsService relayEvents;
    private final RoomFeedService roomFeed;
    private final IssueJoinTokenService issueJoinToken;
    private final VerifyJoinTokenService verifyJoinToken;
    private final RevokeJoinTokensService revokeTokens;
    private final SigningKeysService signingKeys;
    private final ManageLinksService links;
    private final AdmitGuestService admitGuest;
    private final RoomPasswordService roomPassword;
    private final AuthenticateApiKeyService authenticateApiKey;
    private final CreateTenantService createTenant;
    private final ManageApiKeysService apiKeys;
    private final ProvisionApiKeyService provisionApiKey;

    /** One strong {@code random} serves ids and secrets alike, so a secret never comes from a weak source by mistake. */
    public UseCases(UseCasePorts ports, UseCaseSettings settings, Clock clock, SecureRandom random) {
        StoreOutages outages = new StoreOutages(settings.presenceTimeout());
        LiveRoomChanges changes = new LiveRoomChanges(ports.unitOfWork(), ports.liveRooms(), ports.rooms(), outages, clock);
        // One cache of the signing keys for every token use case: a rotation is seen by all at once.
        CurrentSigningKeys keys = new CurrentSigningKeys(ports.signingKeys(), settings.algorithm(), clock, random);
        SessionCredentials credentials = new SessionCredentials(keys, ports.sessionCodec(), settings.issuer(), clock);
        this.createRoom = new CreateRoomService(ports.unitOfWork(), ports.rooms(), clock, random);
        this.getRoom = new GetRoomService(ports.rooms());
        this.listRooms = new ListRoomsService(ports.rooms());
        this.updateRoom = new UpdateRoomService(changes, random);
        this.deleteRoom = new DeleteRoomService(changes);
        this.bookMeeting = new BookMeetingService(ports.unitOfWork(), ports.rooms(), ports.members(), changes,
                clock, random);
        this.updateMeeting = new UpdateMeetingService(changes, ports.members(), random);
        this.getMeeting = new GetMeetingService(ports.rooms(), ports.members());
        this.members = new ManageMembersService(changes, ports.rooms(), ports.members());
        this.joinRoom = new JoinRoomService(changes, credentials, ports.ledger(), ports.roomPasswords(), ports.hasher(),
                ports.passwordAttempts(), settings.presenceTimeout(), clock, random);
        this.sessions = new ParticipantSessionService(changes, credentials, settings.presenceTimeout(),
                settings.connectionGrace());
        this.resumeSession = new ResumeSessionService(sessions, ports.outbox());
        this.moderation = new ModerateRoomService(changes, ports.ledger());
        this.listParticipants = new ListParticipantsService(changes);
        this.chat = new ChatService(changes, ports.chat());
        this.fireTimers = new FireTimersService(changes, outages, ports.liveRooms(), clock);
        this.relayEvents = new RelayEventsService(ports.unitOfWork(), ports.outbox(), ports.publisher(), ports.invitations());
        this.roomFeed = new RoomFeedService(ports.outbox(), ports.listeners());
        this.issueJoinToken = new IssueJoinTokenService(ports.rooms(), keys, ports.tokenCodec(), settings.issuer(), clock, random);
        this.verifyJoinToken = new VerifyJoinTokenService(keys, ports.tokenCodec(), ports.ledger(), settings.issuer(), clock);
        this.revokeTokens = new RevokeJoinTokensService(ports.rooms(), ports.ledger(), clock);
        this.signingKeys = new SigningKeysService(keys, ports.signingKeys(), clock);
        this.links = new ManageLinksService(ports.rooms(), ports.links(), ports.hasher(), clock, random);
        this.admitGuest = new AdmitGuestService(ports.rooms(), ports.links(), ports.roomPasswords(), ports.hasher(),
                ports.passwordAttempts(), keys, ports.tokenCodec(), settings.issuer(), clock, random);
        this.roomPassword = new RoomPasswordService(ports.rooms(), ports.roomPasswords(), ports.hasher(), clock);
        this.authenticateApiKey = new AuthenticateApiKeyService(ports.apiKeys());
        this.createTenant = new CreateTenantService(ports.tenants(), clock, random);
        this.apiKeys = new ManageApiKeysService(ports.tenants(), ports.apiKeys(), clock, random);
        this.provisionApiKey = new ProvisionApiKeyService(ports.tenants(), ports.apiKeys(), clock, random);
    }

    public CreateRoomUseCase createRoom() {
        return createRoom;
    }

    public GetRoomUseCase getRoom() {
        return getRoom;
    }

    public ListRoomsUseCase listRooms() {
        return listRooms;
    }

    public UpdateRoomUseCase updateRoom() {
        return updateRoom;
    }

    public DeleteRoomUseCase deleteRoom() {
        return deleteRoom;
    }

    public EndRoomUseCase endRoom() {
        return moderation;
    }

    public BookMeetingUseCase bookMeeting() {
        return bookMeeting;
    }

    public UpdateMeetingUseCase updateMeeting() {
        return updateMeeting;
    }

    public GetMeetingUseCase getMeeting() {
        return getMeeting;
    }

    public ListMembersUseCase listMembers() {
        return members;
    }

    public AddMemberUseCase addMember() {
        return members;
    }

    public UpdateMemberUseCase updateMember() {
        return members;
    }

    public RemoveMemberUseCase removeMember() {
        return members;
    }

    public JoinRoomUseCase joinRoom() {
        return joinRoom;
    }

    public AuthenticateSessionUseCase authenticateSession() {
        return sessions;
    }

    public ResumeSessionUseCase resumeSession() {
        return resumeSession;
    }

    public GetSessionUseCase getSession() {
        return sessions;
    }

    public PingSessionUseCase pingSession() {
        return sessions;
    }

    public SessionConnectedUseCase sessionConnected() {
        return sessions;
    }

    public SessionStillConnectedUseCase sessionStillConnected() {
        return sessions;
    }

    public SessionDisconnectedUseCase sessionDisconnected() {
        return sessions;
    }

    public LeaveRoomUseCase leaveRoom() {
        return sessions;
    }

    public JoinCallUseCase joinCall() {
        return sessions;
    }

    public LeaveCallUseCase leaveCall() {
        return sessions;
    }

    public ChangeMediaUseCase changeMedia() {
        return sessions;
    }

    public StartScreenShareUseCase startScreenShare() {
        return sessions;
    }

    public StopScreenShareUseCase stopScreenShare() {
        return sessions;
    }

    public RaiseHandUseCase raiseHand() {
        return sessions;
    }

    public ShowLobbyUseCase showLobby() {
        return moderation;
    }

    public AdmitParticipantUseCase admitParticipant() {
        return moderation;
    }

    public DenyParticipantUseCase denyParticipant() {
        return moderation;
    }

    public AdmitEveryoneUseCase admitEveryone() {
        return moderation;
    }

    public RemoveParticipantUseCase removeParticipant() {
        return moderation;
    }

    public ChangeRoleUseCase changeRole() {
        return moderation;
    }

    public GrantPublishingUseCase grantPublishing() {
        return moderation;
    }

    public MuteParticipantUseCase muteParticipant() {
        return moderation;
    }

    public EndForEveryoneUseCase endForEveryone() {
        return moderation;
    }

    public ListParticipantsUseCase listParticipants() {
        return listParticipants;
    }

    public PostChatMessageUseCase postChatMessage() {
        return chat;
    }

    public ReadChatUseCase readChat() {
        return chat;
    }

    public FireTimersUseCase fireTimers() {
        return fireTimers;
    }

    public RelayEventsUseCase relayEvents() {
        return relayEvents;
    }

    /** The node's room feed: {@link FollowRoomUseCase}, {@link CatchUpRoomsUseCase} and {@link CatchUpEveryRoomUseCase}. */
    public RoomFeedService roomFeed() {
        return roomFeed;
    }

    public IssueJoinTokenUseCase issueJoinToken() {
        return issueJoinToken;
    }

    public VerifyJoinTokenUseCase verifyJoinToken() {
        return verifyJoinToken;
    }

    public RevokeJoinTokenUseCase revokeJoinToken() {
        return revokeTokens;
    }

    public RevokeAllJoinTokensUseCase revokeAllJoinTokens() {
        return revokeTokens;
    }

    public CurrentSigningKeyUseCase currentSigningKey() {
        return signingKeys;
    }

    public RotateSigningKeyUseCase rotateSigningKey() {
        return signingKeys;
    }

    public ListPublicKeysUseCase listPublicKeys() {
        return signingKeys;
    }

    public OpenLinkUseCase openLink() {
        return links;
    }

    public ListLinksUseCase listLinks() {
        return links;
    }

    public RevokeLinkUseCase revokeLink() {
        return links;
    }

    public AdmitGuestUseCase admitGuest() {
        return admitGuest;
    }

    public SetRoomPasswordUseCase setRoomPassword() {
        return roomPassword;
    }

    public RemoveRoomPasswordUseCase removeRoomPassword() {
        return roomPassword;
    }

    public AuthenticateApiKeyUseCase authenticateApiKey() {
        return authenticateApiKey;
    }

    public CreateTenantUseCase createTenant() {
        return createTenant;
    }

    public IssueApiKeyUseCase issueApiKey() {
        return apiKeys;
    }

    public RevokeApiKeyUseCase revokeApiKey() {
        return apiKeys;
    }

    public ProvisionApiKeyUseCase provisionApiKey() {
        return provisionApiKey;
    }
}
