package dev.atrium.application.service;

import dev.atrium.application.port.in.room.CreateRoomCommand;
import dev.atrium.application.port.in.room.CreateRoomUseCase;
import dev.atrium.application.port.in.room.RoomCreation;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.OneToOnePair;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * Creates a room with its first members. A ONE_TO_ONE pair has one room per tenant: asking again
 * returns the existing room, also when two requests race (the store decides, the loser reads the
 * winner's room).
 */
public final class CreateRoomService implements CreateRoomUseCase {
    private final RoomRepository rooms;
    private final Clock clock;
    private final RandomGenerator random;

    public CreateRoomService(RoomRepository rooms, Clock clock, RandomGenerator random) {
        this.rooms = rooms;
        this.clock = clock;
        this.random = random;
    }

    /** A rare clash of the random SIP dial-in number comes back as a concurrent write: drawn again. */
    @Override
    public RoomCreation createRoom(CreateRoomCommand command) {
        return OptimisticRetry.run(OptionalLong.empty(), () -> createOnce(command));
    }

    private RoomCreation createOnce(CreateRoomCommand command) {
        Instant now = clock.instant();
        Room room = Room.create(RoomId.next(now, random), command.tenantId(), command.draft(), now, random);
        InitialMembers members = InitialMembers.of(room, command.members(), now);
        Optional<OneToOnePair> pair = members.pair();
        Optional<Room> existing = pair.flatMap(p -> rooms.findOneToOne(command.tenantId(), p));
        if (existing.isPresent()) {
            return new RoomCreation(existing.get(), false);
        }
        try {
            return new RoomCreation(rooms.insert(room, members), true);
        } catch (ConflictException e) {
            if (e.code() != ErrorCode.ONE_TO_ONE_EXISTS || pair.isEmpty()) {
                throw e;
            }
            return new RoomCreation(rooms.findOneToOne(command.tenantId(), pair.get()).orElseThrow(() -> e), false);
        }
    }
}
