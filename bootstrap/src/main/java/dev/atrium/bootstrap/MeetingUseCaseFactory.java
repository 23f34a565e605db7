package dev.atrium.bootstrap;

import dev.atrium.application.port.in.meeting.BookMeetingUseCase;
import dev.atrium.application.port.in.meeting.GetMeetingUseCase;
import dev.atrium.application.port.in.meeting.UpdateMeetingUseCase;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.application.service.BookMeetingService;
import dev.atrium.application.service.GetMeetingService;
import dev.atrium.application.service.UpdateMeetingService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Meetings: SCHEDULED rooms with attendees. Booking and updating run in the unit of work, so the
 * room, its members and the invitations recorded in the outbox commit together.
 */
@Factory
class MeetingUseCaseFactory {

    @Singleton
    BookMeetingUseCase bookMeeting(UnitOfWork unitOfWork, RoomRepository rooms, MemberRepository members,
                                   LiveRoomRepository liveRooms, Clock clock, @Named("secure") RandomGenerator random) {
        return new BookMeetingService(unitOfWork, rooms, members, liveRooms, clock, random);
    }

    @Singleton
    UpdateMeetingUseCase updateMeeting(UnitOfWork unitOfWork, RoomRepository rooms, MemberRepository members,
                                       LiveRoomRepository liveRooms, Clock clock, @Named("secure") RandomGenerator random) {
        return new UpdateMeetingService(unitOfWork, rooms, members, liveRooms, clock, random);
    }

    @Singleton
    GetMeetingUseCase getMeeting(RoomRepository rooms, MemberRepository members) {
        return new GetMeetingService(rooms, members);
    }
}
