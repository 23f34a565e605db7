package dev.atrium.application.port.out;

import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent.InvitationIssued;

/**
 * Delivers meeting invitations (an e-mail, a calendar entry: the deployment decides). Called from
 * the outbox relay, at least once per invitation; {@code event.id()} tells a repeat.
 */
public interface InvitationNotifier {
    void invite(RecordedEvent event, InvitationIssued invitation);
}
