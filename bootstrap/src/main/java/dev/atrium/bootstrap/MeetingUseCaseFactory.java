package dev.atrium.bootstrap;

import dev.atrium.application.port.in.BookMeetingUseCase;
import dev.atrium.application.port.in.GetMeetingUseCase;
import dev.atrium.application.port.in.UpdateMeetingUseCase;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.application.service.BookMeetingService;
import dev.atrium.application.service.GetMeetingService;
import dev.atrium.application.service.LiveRoomSupport;
import dev.atrium.application.service.UpdateMeetingService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Meetings: SCHEDULED rooms with attendees. Booking runs in the unit of work and updating under the
 * room's lock, so the room, its members and the invitations recorded in the outbox commit together.
 */
@Factory
class MeetingUseCaseFactory {

    @Singleton
    BookMeetingUseCase bookMeeting(UnitOfWork unitOfWork, RoomRepository rooms, MemberRepository members,
                                   LiveRoomSupport support, Clock clock, @Named("secure") RandomGenerator random) {
        return new BookMeetingService(unitOfWork, rooms, members, support, clock, random);
    }

    @Singleton
    UpdateMeetingUseCase updateMeeting(LiveRoomSupport support, MemberRepository members,
                                       @Named("secure") RandomGenerator random) {
        return new UpdateMeetingService(support, members, random);
    }

    @Singleton
    GetMeetingUseCase getMeeting(RoomRepository rooms, MemberRepository members) {
        return new GetMeetingService(rooms, members);
    }
}
