package dev.atrium.application.service;

import dev.atrium.application.port.in.meeting.BookMeetingCommand;
import dev.atrium.application.port.in.meeting.BookMeetingUseCase;
import dev.atrium.application.port.in.meeting.Meeting;
import dev.atrium.application.port.out.LiveRoomRepository;
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
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * Books a meeting: its room and attendees, and an invitation for each attendee with an e-mail, in
 * one transaction. A rare clash of the random SIP dial-in number is drawn again in a new one.
 */
public final class BookMeetingService implements BookMeetingUseCase {
    private final UnitOfWork unitOfWork;
    private final RoomRepository rooms;
    private final MemberRepository members;
    private final MeetingInvitations invitations;
    private final Clock clock;
    private final RandomGenerator random;

    public BookMeetingService(UnitOfWork unitOfWork, RoomRepository rooms, MemberRepository members,
                              LiveRoomRepository liveRooms, Clock clock, RandomGenerator random) {
        this.unitOfWork = unitOfWork;
        this.rooms = rooms;
        this.members = members;
        this.invitations = new MeetingInvitations(liveRooms);
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Meeting bookMeeting(BookMeetingCommand command) {
        return OptimisticRetry.run(OptionalLong.empty(), () -> unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            Booking booking = command.draft().book(RoomId.next(now, random), command.tenantId(), now, random);
            Room room = rooms.insert(booking.room(), booking.attendees());
            List<RoomMember> attendees = members.list(room.id());
            invitations.invite(room, attendees, now);
            return new Meeting(room, attendees);
        }));
    }
}
