package dev.atrium.adapter.signaling;

import dev.atrium.application.port.out.RoomEventPublisher;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.shared.OneLineText;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each event as one line on the {@code atrium.events} logger, with the id a consumer
 * de-duplicates by: {@code event id=rm_..:7 type=ParticipantJoined tenant=tn_.. room=rm_.. at=...}.
 * The event's own fields follow in their record form, escaped by {@link OneLineText} (they hold display
 * names); a chat message shows its length, never its text.
 */
@Singleton
final class LogRoomEventPublisher implements RoomEventPublisher {
    private static final Logger EVENTS = LoggerFactory.getLogger("atrium.events");

    @Override
    public void publish(RecordedEvent event) {
        EVENTS.info("event id={} type={} tenant={} room={} at={} {}", event.id(), event.event().type(),
                event.tenantId(), event.roomId(), event.occurredAt(), OneLineText.escaped(event.event()));
    }
}
