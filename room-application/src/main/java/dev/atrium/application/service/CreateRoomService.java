package dev.atrium.application.service;

import dev.atrium.application.port.in.room.CreateRoomCommand;
import dev.atrium.application.port.in.room.CreateRoomUseCase;
import dev.atrium.application.port.in.room.RoomCreation;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.OneToOnePair;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Creates a room with its first members. A ONE_TO_ONE pair has one room per tenant: asking again
 * returns the existing room, also when two requests race (the store decides, the loser reads the
 * winner's room once its own transaction is over).
 */
public final class CreateRoomService implements CreateRoomUseCase {
    private final UnitOfWork unitOfWork;
    private final RoomRepository rooms;
    private final Clock clock;
    private final RandomGenerator random;

    public CreateRoomService(UnitOfWork unitOfWork, RoomRepository rooms, Clock clock, RandomGenerator random) {
        this.unitOfWork = unitOfWork;
        this.rooms = rooms;
        this.clock = clock;
        this.random = random;
    }

    /**
     * The room is drawn inside the unit of work: a rare clash of its random SIP dial-in number makes
     * the unit of work run it again, with a new draw.
     */
    @Override
    public RoomCreation createRoom(CreateRoomCommand command) {
        Optional<OneToOnePair> pair = draw(command).members().pair();
        Optional<Room> existing = pair.flatMap(p -> rooms.findOneToOne(command.tenantId(), p));
        if (existing.isPresent()) {
            return new RoomCreation(existing.get(), false);
        }
        try {
            return new RoomCreation(unitOfWork.inTransaction(() -> {
                Draw draw = draw(command);
                return rooms.insert(draw.room(), draw.members());
            }), true);
        } catch (ConflictException e) {
            if (e.code() != ErrorCode.ONE_TO_ONE_EXISTS || pair.isEmpty()) {
                throw e;
            }
            return new RoomCreation(rooms.findOneToOne(command.tenantId(), pair.get()).orElseThrow(() -> e), false);
        }
    }

    /** A new room of the command, with its members: validates both. */
    private Draw draw(CreateRoomCommand command) {
        Instant now = clock.instant();
        Room room = Room.create(RoomId.next(now, random), command.tenantId(), command.draft(), now, random);
        return new Draw(room, InitialMembers.of(room, command.members(), now));
    }

    private record Draw(Room room, InitialMembers members) {
    }
}
