package dev.atrium.bootstrap;

import dev.atrium.application.port.in.ManageMembersUseCase;
import dev.atrium.application.port.in.RoomPasswordUseCase;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.service.LiveRoomSupport;
import dev.atrium.application.service.ManageMembersService;
import dev.atrium.application.service.RoomPasswordService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Who has standing access to a room, and the password of public rooms. */
@Factory
class MembershipUseCaseFactory {

    @Singleton
    ManageMembersUseCase manageMembers(LiveRoomSupport support, RoomRepository rooms, MemberRepository members) {
        return new ManageMembersService(support, rooms, members);
    }

    @Singleton
    RoomPasswordUseCase roomPassword(RoomRepository rooms, RoomPasswordRepository passwords, PasswordHasher hasher, Clock clock) {
        return new RoomPasswordService(rooms, passwords, hasher, clock);
    }
}
