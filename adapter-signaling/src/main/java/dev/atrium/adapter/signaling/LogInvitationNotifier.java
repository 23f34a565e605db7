package dev.atrium.adapter.signaling;

import dev.atrium.application.port.out.InvitationNotifier;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent.InvitationIssued;
import dev.atrium.domain.shared.OneLineText;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands invitations to the {@code atrium.invitations} logger, one line each with what an e-mail
 * needs, its user text escaped by {@link OneLineText}. A deployment that sends mail replaces this bean
 * with its own {@link InvitationNotifier}.
 */
@Singleton
final class LogInvitationNotifier implements InvitationNotifier {
    private static final Logger INVITATIONS = LoggerFactory.getLogger("atrium.invitations");

    @Override
    public void invite(RecordedEvent event, InvitationIssued invitation) {
        INVITATIONS.info("invitation id={} room={} to={} <{}> name=\"{}\" startsAt={} durationMinutes={}", event.id(),
                event.roomId(), OneLineText.escaped(invitation.name()), OneLineText.escaped(invitation.email()),
                OneLineText.escaped(invitation.title()), invitation.startsAt(), invitation.durationMinutes());
    }
}
