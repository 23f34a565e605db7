package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.event.EventDocument;
import dev.atrium.application.event.ParticipantDocument;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.live.RoomPresence;
import dev.atrium.domain.live.EventReceiver;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.Topology;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the server's frames (docs/signaling.md, "Frames"): one JSON object each, with its
 * {@code type} first. People and events are the documents every channel shares
 * ({@link ParticipantDocument}, {@link EventDocument}).
 */
@Singleton
final class Frames {
    private static final String PING = "{\"type\":\"ping\"}";

    private final JsonMapper json;
    private volatile WrittenEvent lastEvent;

    private record WrittenEvent(RecordedEvent event, String frame) {
    }

    Frames(JsonMapper json) {
        this.json = json;
    }

    /** The room as {@code receiver} may see it, at the session's {@code seq}: a fresh start. */
    String welcome(ParticipantSession session, EventReceiver receiver, SignalingSettings settings) {
        Map<String, Object> frame = greeting(session, false);
        frame.put("room", room(session.room(), receiver));
        frame.put("seq", session.seq());
        return write(withNumbers(frame, settings));
    }

    /** A resume that is granted: what was missed after {@code afterSeq} follows as events. */
    String resumed(ParticipantSession session, long afterSeq, SignalingSettings settings) {
        Map<String, Object> frame = greeting(session, true);
        frame.put("seq", afterSeq);
        return write(withNumbers(frame, settings));
    }

    private static Map<String, Object> greeting(ParticipantSession session, boolean resumed) {
        Map<String, Object> frame = frame("welcome");
        frame.put("resumed", resumed);
        frame.put("participant", ParticipantDocument.of(session.participant()));
        frame.put("credential", session.credential());
        frame.put("credentialExpiresAt", session.credentialExpiresAt().toString());
        return frame;
    }

    private static Map<String, Object> withNumbers(Map<String, Object> frame, SignalingSettings settings) {
        Map<String, Object> heartbeat = new LinkedHashMap<>();
        heartbeat.put("pingIntervalSeconds", settings.pingInterval().toSeconds());
        heartbeat.put("silenceTimeoutSeconds", settings.silenceTimeout().toSeconds());
        frame.put("heartbeat", heartbeat);
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("maxMessageBytes", settings.maxMessageBytes());
        frame.put("limits", limits);
        return frame;
    }

    /**
     * The frame of an event is the same for every socket that may see it, and the relay hands one event
     * to all the sockets of its room in a row: the last frame written is kept for the next socket, so a
     * room of 1,000 writes each event once, not 1,000 times.
     */
    String event(RecordedEvent recorded) {
        WrittenEvent last = lastEvent;
        if (last != null && last.event() == recorded) {
            return last.frame();
        }
        Map<String, Object> frame = frame("event");
        frame.put("seq", recorded.sequence());
        frame.put("event", EventDocument.of(recorded));
        String written = write(frame);
        lastEvent = new WrittenEvent(recorded, written);
        return written;
    }

    String credential(String credential, Instant expiresAt) {
        Map<String, Object> frame = frame("credential");
        frame.put("credential", credential);
        frame.put("credentialExpiresAt", expiresAt.toString());
        return write(frame);
    }

    String ping() {
        return PING;
    }

    /** The answer to request {@code id} that succeeded: {@code body} is what the action answers. */
    String reply(long id, Map<String, Object> body) {
        Map<String, Object> frame = frame("reply");
        frame.put("id", id);
        frame.put("ok", true);
        frame.put("body", body);
        return write(frame);
    }

    /** The answer to request {@code id} that was refused: {@code problem} is the REST API's problem document. */
    String refusal(long id, Map<String, Object> problem) {
        Map<String, Object> frame = frame("reply");
        frame.put("id", id);
        frame.put("ok", false);
        frame.put("problem", problem);
        return write(frame);
    }

    /** A peer's signal, as its target receives it. */
    String signal(ParticipantId from, String kind, Object payload) {
        Map<String, Object> frame = frame("signal");
        frame.put("from", from.value());
        frame.put("kind", kind);
        frame.put("payload", payload);
        return write(frame);
    }

    /** A refused signal: the problem, and which signal it was ({@code to} and {@code kind} as sent). */
    String signalRefused(Map<String, Object> problem, Object to, Object kind) {
        Map<String, Object> frame = frame("error");
        frame.put("problem", problem);
        Map<String, Object> signal = new LinkedHashMap<>();
        signal.put("to", to);
        signal.put("kind", kind);
        frame.put("signal", signal);
        return write(frame);
    }

    /** A refusal of a frame that cannot be replied to: a request without a usable {@code id}. */
    String error(Map<String, Object> problem) {
        Map<String, Object> frame = frame("error");
        frame.put("problem", problem);
        return write(frame);
    }

    private static Map<String, Object> room(RoomPresence presence, EventReceiver receiver) {
        Room room = presence.room();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", room.id().value());
        document.put("externalId", room.settings().externalId() == null ? null : room.settings().externalId().value());
        document.put("name", room.settings().name());
        document.put("status", room.status().name());
        document.put("mode", room.settings().mode().name());
        document.put("topology", topology(room.settings().topology(), presence));
        List<Participant> seen = presence.participants().stream().filter(receiver::sees).toList();
        document.put("presenter", seen.stream().filter(Participant::isPresenter).findFirst()
                .map(presenter -> presenter.id().value()).orElse(null));
        document.put("participants", seen.stream().filter(Participant::isAdmitted).map(ParticipantDocument::of).toList());
        document.put("lobby", seen.stream().filter(person -> !person.isAdmitted()).map(ParticipantDocument::of).toList());
        return document;
    }

    private static Map<String, Object> topology(Topology topology, RoomPresence presence) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("kind", topology.kind().name());
        document.put("autoUpgradeAt", topology.autoUpgradeAt());
        document.put("kindInUse", presence.topology().name());
        return document;
    }

    private static Map<String, Object> frame(String type) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        return frame;
    }

    private String write(Map<String, Object> frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (IOException e) {
            throw new UncheckedIOException("A frame of plain values could not be written", e);
        }
    }
}
