package dev.atrium.application.fakes;

import dev.atrium.application.port.out.InvitationNotifier;
import dev.atrium.application.port.out.RoomEventPublisher;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent.InvitationIssued;

import java.util.ArrayList;
import java.util.List;

/** Keeps what was published and which invitations went out; can be told to fail, as a broken network does. */
public final class RecordingEventPublisher implements RoomEventPublisher, InvitationNotifier {
    private final List<RecordedEvent> published = new ArrayList<>();
    private final List<InvitationIssued> invitations = new ArrayList<>();
    private int failAfter = Integer.MAX_VALUE;

    @Override
    public synchronized void publish(RecordedEvent event) {
        if (failAfter-- <= 0) {
            throw new IllegalStateException("the network is down");
        }
        published.add(event);
    }

    @Override
    public synchronized void invite(RecordedEvent event, InvitationIssued invitation) {
        invitations.add(invitation);
    }

    /** The next {@code count} events go out, every later one fails until {@link #heal()}. */
    public synchronized void failAfter(int count) {
        failAfter = count;
    }

    public synchronized void heal() {
        failAfter = Integer.MAX_VALUE;
    }

    public synchronized List<RecordedEvent> published() {
        return List.copyOf(published);
    }

    public synchronized List<InvitationIssued> invitations() {
        return List.copyOf(invitations);
    }
}
