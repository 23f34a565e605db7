package dev.atrium.application.service;

import dev.atrium.application.port.in.meeting.Meeting;
import dev.atrium.application.port.in.meeting.UpdateMeetingCommand;
import dev.atrium.application.port.in.meeting.UpdateMeetingUseCase;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.meeting.AttendeeChanges;
import dev.atrium.domain.meeting.MeetingChange;
import dev.atrium.domain.meeting.Meetings;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.Schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Changes a meeting by what its update names, in one transaction with the invitations it causes.
 * Title and agenda invite nobody; new attendees (and attendees at a new e-mail) are invited; a
 * change of time invites every attendee with an e-mail again, with the new time, so that nobody
 * keeps a stale invitation. The room's version counts attendee changes too (it is the meeting's
 * ETag). Everything is checked before the first write, and a failure rolls back what was written.
 */
public final class UpdateMeetingService implements UpdateMeetingUseCase {
    private final UnitOfWork unitOfWork;
    private final RoomRepository rooms;
    private final RoomFinder finder;
    private final MemberRepository members;
    private final MeetingInvitations invitations;
    private final Clock clock;
    private final RandomGenerator random;

    public UpdateMeetingService(UnitOfWork unitOfWork, RoomRepository rooms, MemberRepository members,
                                LiveRoomRepository liveRooms, Clock clock, RandomGenerator random) {
        this.unitOfWork = unitOfWork;
        this.rooms = rooms;
        this.finder = new RoomFinder(rooms);
        this.members = members;
        this.invitations = new MeetingInvitations(liveRooms);
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Meeting updateMeeting(UpdateMeetingCommand command) {
        return OptimisticRetry.run(command.expectedVersion(), () -> unitOfWork.inTransaction(() -> updateOnce(command)));
    }

    private Meeting updateOnce(UpdateMeetingCommand command) {
        Instant now = clock.instant();
        Room room = finder.find(command.room());
        Meetings.requireMeeting(room);
        OptimisticRetry.requireVersion(command.expectedVersion(), room.version());
        MeetingChange change = command.change();
        Schedule before = room.settings().schedule();

        boolean changed = change.revisesRoom()
                && Meetings.inMeetingTerms(() -> room.revise(change.applyTo(room.toDraft()), now, random));
        Optional<AttendeeChanges> attendees = change.attendeeList()
                .map(wanted -> AttendeeChanges.between(room, members.list(room.id()), wanted, now));
        if (attendees.isPresent() && !attendees.get().isEmpty()) {
            room.touch(now);
            changed = true;
        }
        if (!changed) {
            return new Meeting(room, members.list(room.id()));
        }

        Room stored = rooms.update(room);
        attendees.ifPresent(this::store);
        List<RoomMember> after = members.list(stored.id());
        List<RoomMember> invited = Meetings.timeChanged(before, stored.settings().schedule())
                ? after
                : attendees.map(AttendeeChanges::invited).orElse(List.of());
        invitations.invite(stored, invited, now);
        return new Meeting(stored, after);
    }

    private void store(AttendeeChanges changes) {
        changes.removed().forEach(members::delete);
        changes.revised().forEach(members::update);
        changes.added().forEach(members::insert);
    }
}
