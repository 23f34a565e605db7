package dev.atrium.application.service;

import dev.atrium.application.port.in.meeting.BookMeetingCommand;
import dev.atrium.application.port.in.meeting.BookMeetingUseCase;
import dev.atrium.application.port.in.meeting.Meeting;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.meeting.Booking;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Books a meeting: its room and attendees, and an invitation for each attendee with an e-mail, in
 * one transaction. A rare clash of the random SIP dial-in number makes the unit of work run the
 * booking again, drawn anew.
 */
public final class BookMeetingService implements BookMeetingUseCase {
    private final UnitOfWork unitOfWork;
    private final RoomRepository rooms;
    private final MemberRepository members;
    private final LiveRoomChanges changes;
    private final Clock clock;
    private final RandomGenerator random;

    BookMeetingService(UnitOfWork unitOfWork, RoomRepository rooms, MemberRepository members,
                       LiveRoomChanges changes, Clock clock, RandomGenerator random) {
        this.unitOfWork = unitOfWork;
        this.rooms = rooms;
        this.members = members;
        this.changes = changes;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Meeting bookMeeting(BookMeetingCommand command) {
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            Booking booking = command.draft().book(RoomId.next(now, random), command.tenantId(), now, random);
            Room room = rooms.insert(booking.room(), booking.attendees());
            List<RoomMember> attendees = members.list(room.id());
            changes.apply(room.tenantId(), room.id(), (live, at) -> {
                MeetingInvitations.invite(live, attendees, at);
                return live;
            });
            return new Meeting(room, attendees);
        });
    }
}
