package dev.atrium.bootstrap;

import dev.atrium.application.port.in.member.ManageMembersUseCase;
import dev.atrium.application.port.in.access.RoomPasswordUseCase;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.service.ManageMembersService;
import dev.atrium.application.service.RoomPasswordService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Who has standing access to a room, and the password of public rooms. */
@Factory
class MembershipUseCaseFactory {

    @Singleton
    ManageMembersUseCase manageMembers(RoomRepository rooms, MemberRepository members, Clock clock) {
        return new ManageMembersService(rooms, members, clock);
    }

    @Singleton
    RoomPasswordUseCase roomPassword(RoomRepository rooms, RoomPasswordRepository passwords, PasswordHasher hasher, Clock clock) {
        return new RoomPasswordService(rooms, passwords, hasher, clock);
    }
}
