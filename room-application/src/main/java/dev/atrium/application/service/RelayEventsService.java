package dev.atrium.application.service;

import dev.atrium.application.port.in.live.RelayEventsUseCase;
import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.application.port.out.InvitationNotifier;
import dev.atrium.application.port.out.RoomEventPublisher;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent.InvitationIssued;

import java.util.List;

/**
 * Publishes the outbox in order and marks what went out, in the transaction that claimed the batch.
 * A failure while publishing rolls the marks back, so the batch goes out again (at least once); a
 * node that crashed after its commit but before publishing leaves rows the next relay picks up.
 */
public final class RelayEventsService implements RelayEventsUseCase {
    private final UnitOfWork unitOfWork;
    private final EventOutbox outbox;
    private final RoomEventPublisher publisher;
    private final InvitationNotifier invitations;

    public RelayEventsService(UnitOfWork unitOfWork, EventOutbox outbox, RoomEventPublisher publisher,
                              InvitationNotifier invitations) {
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
        this.publisher = publisher;
        this.invitations = invitations;
    }

    @Override
    public int relayEvents(int limit) {
        return unitOfWork.inTransaction(() -> {
            List<RecordedEvent> batch = outbox.claimUnpublished(limit);
            for (RecordedEvent event : batch) {
                publisher.publish(event);
                if (event.event() instanceof InvitationIssued invitation) {
                    invitations.invite(event, invitation);
                }
            }
            outbox.markPublished(batch);
            return batch.size();
        });
    }
}
