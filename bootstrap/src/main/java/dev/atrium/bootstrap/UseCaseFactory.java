package dev.atrium.bootstrap;

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
import dev.atrium.application.service.UseCases;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Every use case, from the one composition the core keeps ({@link UseCases}) over the ports the
 * adapters provide, each exposed as a bean of its {@code port.in} interface so a controller injects
 * exactly the use cases it calls. The composition itself is {@link CompositionFactory}'s.
 */
@Factory
class UseCaseFactory {

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
    ResumeSessionUseCase resumeSession(UseCases useCases) {
        return useCases.resumeSession();
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
    CatchUpRoomsUseCase catchUpRooms(UseCases useCases) {
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
