package dev.atrium.application.service;

import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.meeting.Meetings;
import dev.atrium.domain.member.RoomMember;

import java.time.Instant;
import java.util.List;

/**
 * Records a meeting's invitations in its live room, so they reach the outbox in the transaction of
 * the change that caused them (the relay hands them to the InvitationNotifier).
 */
final class MeetingInvitations {
    private MeetingInvitations() {
    }

    /** Invites every one of {@code attendees} who has an e-mail, on the locked live room of the meeting. */
    static void invite(LiveRoom meeting, List<RoomMember> attendees, Instant now) {
        for (RoomMember attendee : attendees) {
            Meetings.invitation(meeting.room(), attendee).ifPresent(invitation -> meeting.recordInvitation(invitation, now));
        }
    }
}
