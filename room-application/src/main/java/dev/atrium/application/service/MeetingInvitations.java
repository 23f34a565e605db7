package dev.atrium.application.service;

import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.meeting.Meetings;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;

import java.time.Instant;
import java.util.List;

/**
 * Records a meeting's invitations in its live room, so they reach the outbox in the transaction of
 * the change that caused them (the relay hands them to the InvitationNotifier). Runs after the room
 * is written: the live room is locked and loaded fresh, at the room's new version, and saved with
 * its next deadline, which a moved meeting changes too.
 */
final class MeetingInvitations {
    private final LiveRoomRepository liveRooms;

    MeetingInvitations(LiveRoomRepository liveRooms) {
        this.liveRooms = liveRooms;
    }

    /** Invites every one of {@code attendees} who has an e-mail; only inside a unit of work. */
    void invite(Room meeting, List<RoomMember> attendees, Instant now) {
        LiveRoom live = liveRooms.lockForChange(meeting.tenantId(), meeting.id())
                .orElseThrow(() -> new NotFoundException(ErrorCode.ROOM_NOT_FOUND, "No room '" + meeting.id() + "'."));
        for (RoomMember attendee : attendees) {
            Meetings.invitation(live.room(), attendee).ifPresent(invitation -> live.recordInvitation(invitation, now));
        }
        liveRooms.save(live, live.nextDeadline(now));
    }
}
