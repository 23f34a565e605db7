package dev.atrium.application.event;

import dev.atrium.domain.live.MediaState;
import dev.atrium.domain.live.Participant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A participant as every channel shows one: the same fields, names and order as the REST API's
 * participant document (docs/api.md, "A participant"), so a client reads a person from an event
 * and from an answer alike. Join-token {@code metadata} stays out, as it does in REST.
 */
public final class ParticipantDocument {
    private ParticipantDocument() {
    }

    public static Map<String, Object> of(Participant participant) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("participantId", participant.id().value());
        document.put("userRef", participant.userRef().value());
        document.put("displayName", participant.name());
        document.put("role", participant.role().name());
        document.put("status", participant.state().name());
        document.put("media", media(participant.media()));
        document.put("inCall", participant.inCall());
        document.put("handRaised", participant.handRaised());
        document.put("publishingGranted", participant.publishingGranted());
        document.put("joinedAt", participant.joinedAt().toString());
        document.put("lastPingAt", participant.lastPingAt().toString());
        return Collections.unmodifiableMap(document);
    }

    static Map<String, Object> media(MediaState media) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("microphone", media.microphone());
        document.put("camera", media.camera());
        document.put("screen", media.screen());
        document.put("chat", media.chat());
        return Collections.unmodifiableMap(document);
    }
}
