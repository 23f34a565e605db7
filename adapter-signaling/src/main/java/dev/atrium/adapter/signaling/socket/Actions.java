package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.event.MessageDocument;
import dev.atrium.application.event.ParticipantDocument;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.AdmitEveryoneUseCase;
import dev.atrium.application.port.in.live.AdmitParticipantUseCase;
import dev.atrium.application.port.in.live.ChangeMediaUseCase;
import dev.atrium.application.port.in.live.ChangeRoleUseCase;
import dev.atrium.application.port.in.live.DenyParticipantUseCase;
import dev.atrium.application.port.in.live.EndForEveryoneUseCase;
import dev.atrium.application.port.in.live.JoinCallUseCase;
import dev.atrium.application.port.in.live.LeaveCallUseCase;
import dev.atrium.application.port.in.live.LeaveRoomUseCase;
import dev.atrium.application.port.in.live.MediaChange;
import dev.atrium.application.port.in.live.MuteParticipantUseCase;
import dev.atrium.application.port.in.live.PostChatMessageUseCase;
import dev.atrium.application.port.in.live.RaiseHandUseCase;
import dev.atrium.application.port.in.live.RemoveParticipantUseCase;
import dev.atrium.application.port.in.live.StartScreenShareUseCase;
import dev.atrium.application.port.in.live.StopScreenShareUseCase;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actions of a socket (docs/signaling.md, "Actions"): each calls the use case its REST twin calls,
 * as the socket's own session, exactly as a REST request with that session's credential does. Who may
 * do what is the core's to decide; this table only reads bodies and writes answers.
 */
@Singleton
final class Actions {
    private static final String STRING = "string";
    private static final String BOOLEAN = "boolean";
    private static final Map<String, Object> EMPTY = Map.of();

    /** What an action does with the caller's session and its body, answering the reply's body. */
    @FunctionalInterface
    private interface Action {
        Map<String, Object> run(SessionGrant session, ActionBody body);
    }

    private record Entry(Map<String, String> fields, Action action) {
    }

    private final Map<String, Entry> table = new LinkedHashMap<>();

    Actions(ChangeMediaUseCase changeMedia, RaiseHandUseCase raiseHand, StartScreenShareUseCase startScreenShare,
            StopScreenShareUseCase stopScreenShare, JoinCallUseCase joinCall, LeaveCallUseCase leaveCall,
            PostChatMessageUseCase postChatMessage, LeaveRoomUseCase leaveRoom, AdmitParticipantUseCase admitParticipant,
            DenyParticipantUseCase denyParticipant, AdmitEveryoneUseCase admitEveryone, ChangeRoleUseCase changeRole,
            MuteParticipantUseCase muteParticipant, RemoveParticipantUseCase removeParticipant,
            EndForEveryoneUseCase endForEveryone) {
        // The participant's own session: /v1/rooms/{room}/sessions/self/... and POST .../messages.
        add("call.join", Map.of(), (session, body) -> participant(joinCall.joinCall(self(session))));
        add("call.leave", Map.of(), (session, body) -> participant(leaveCall.leaveCall(self(session))));
        add("media.change", Map.of("microphone", BOOLEAN, "camera", BOOLEAN, "chat", BOOLEAN),
                (session, body) -> participant(changeMedia.changeMedia(self(session),
                        new MediaChange(body.flag("microphone"), body.flag("camera"), body.flag("chat")))));
        add("screen.start", Map.of("takeOver", BOOLEAN), (session, body) -> participant(
                startScreenShare.startScreenShare(self(session), Boolean.TRUE.equals(body.flag("takeOver")))));
        add("screen.stop", Map.of(), (session, body) -> participant(stopScreenShare.stopScreenShare(self(session))));
        add("hand.raise", Map.of(), (session, body) -> participant(raiseHand.raiseHand(self(session), true)));
        add("hand.lower", Map.of(), (session, body) -> participant(raiseHand.raiseHand(self(session), false)));
        add("chat.post", Map.of("text", STRING), (session, body) -> MessageDocument.of(
                postChatMessage.post(self(session), body.requiredText("text", "The message is not valid."))));
        add("room.leave", Map.of(), (session, body) -> {
            leaveRoom.leave(self(session));
            return EMPTY;
        });
        // Moderation, as the session credential calls /lobby, /participants and /end.
        add("lobby.admit", Map.of("participantId", STRING),
                (session, body) -> participant(admitParticipant.admit(caller(session), body.participantId())));
        add("lobby.deny", Map.of("participantId", STRING), (session, body) -> {
            denyParticipant.deny(caller(session), body.participantId());
            return EMPTY;
        });
        add("lobby.admitAll", Map.of(), (session, body) ->
                Map.of("items", admitEveryone.admitAll(caller(session)).stream().map(ParticipantDocument::of).toList()));
        add("participant.changeRole", Map.of("participantId", STRING, "role", STRING), (session, body) -> {
            Role role = role(body.text("role"));
            return participant(changeRole.changeRole(caller(session), body.participantId(), role));
        });
        add("participant.mute", Map.of("participantId", STRING),
                (session, body) -> participant(muteParticipant.mute(caller(session), body.participantId())));
        add("participant.remove", Map.of("participantId", STRING, "ban", BOOLEAN), (session, body) -> {
            removeParticipant.remove(caller(session), body.participantId(), Boolean.TRUE.equals(body.flag("ban")));
            return EMPTY;
        });
        add("room.end", Map.of(), (session, body) -> {
            endForEveryone.endForEveryone(caller(session));
            return EMPTY;
        });
    }

    private void add(String name, Map<String, String> fields, Action action) {
        table.put(name, new Entry(fields, action));
    }

    /** The names of every action, in the order of the table. */
    List<String> names() {
        return List.copyOf(table.keySet());
    }

    /** Runs {@code name} as {@code session}; empty when there is no such action. */
    Optional<Map<String, Object>> run(String name, SessionGrant session, JsonNode body) {
        Entry entry = table.get(name);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(entry.action().run(session, ActionBody.of(body, entry.fields())));
    }

    private static SessionInRoom self(SessionGrant session) {
        return new SessionInRoom(session.roomId().value(), session);
    }

    private static RoomCaller caller(SessionGrant session) {
        return RoomCaller.participant(session.roomId().value(), session);
    }

    private static Map<String, Object> participant(Participant participant) {
        return ParticipantDocument.of(participant);
    }

    /** As REST reads a role change: required, and one of the roles (which ones may be given, the core decides). */
    private static Role role(String raw) {
        Violations violations = new Violations();
        if (raw == null) {
            violations.add("body.role", ViolationCode.REQUIRED, "is required");
        }
        Role role = violations.enumValue("body.role", raw, Role.class, null);
        violations.throwIfAny("The role change is not valid.");
        return role;
    }
}
