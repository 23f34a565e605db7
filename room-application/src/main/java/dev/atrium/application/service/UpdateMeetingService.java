package dev.atrium.application.service;

import dev.atrium.application.port.in.meeting.Meeting;
import dev.atrium.application.port.in.meeting.UpdateMeetingCommand;
import dev.atrium.application.port.in.meeting.UpdateMeetingUseCase;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.domain.meeting.AttendeeChanges;
import dev.atrium.domain.meeting.MeetingChange;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.meeting.Meetings;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.room.Schedule;

import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Changes a meeting by what its update names, under the room's lock and in one transaction with the
 * invitations it causes. Name and description invite nobody; new attendees (and attendees at a new
 * e-mail) are invited; a change of time invites every attendee with an e-mail again, with the new
 * time, so that nobody keeps a stale invitation. The room's version counts attendee changes too (it
 * is the meeting's ETag). Everything is checked before the first write, and a failure rolls back
 * what was written.
 */
public final class UpdateMeetingService implements UpdateMeetingUseCase {
    private final LiveRoomChanges changes;
    private final MemberRepository members;
    private final RandomGenerator random;

    UpdateMeetingService(LiveRoomChanges changes, MemberRepository members, RandomGenerator random) {
        this.changes = changes;
        this.members = members;
        this.random = random;
    }

    @Override
    public Meeting updateMeeting(UpdateMeetingCommand command) {
        return changes.apply(command.room(), (live, now) -> change(live, command, now),
                stored -> new Meeting(stored, members.list(stored.id())));
    }

    private void change(LiveRoom live, UpdateMeetingCommand command, Instant now) {
        Meetings.requireMeeting(live.room());
        ExpectedVersion.require(command.expectedVersion(), live.room());
        MeetingChange change = command.change();
        Schedule before = live.room().settings().schedule();

        if (change.revisesRoom()) {
            Meetings.inMeetingTerms(() -> live.revise(change.applyTo(live.room().toDraft()), now, random));
        }
        List<RoomMember> invited = change.attendeeList()
                .map(wanted -> AttendeeChanges.between(live.room(), members.list(live.room().id()), wanted, now))
                .filter(attendees -> !attendees.isEmpty())
                .map(attendees -> {
                    store(attendees);
                    live.touch(now);
                    return attendees.invited();
                })
                .orElse(List.of());
        if (Meetings.timeChanged(before, live.room().settings().schedule())) {
            invited = members.list(live.room().id());
        }
        MeetingInvitations.invite(live, invited, now);
    }

    private void store(AttendeeChanges changes) {
        changes.removed().forEach(members::delete);
        changes.revised().forEach(members::update);
        changes.added().forEach(members::insert);
    }
}
