package dev.atrium.application.service;

import dev.atrium.application.fakes.ContendedRoomRepository;
import dev.atrium.application.fakes.HmacSessionCredentialCodec;
import dev.atrium.application.fakes.InMemoryChatRepository;
import dev.atrium.application.fakes.InMemoryEventOutbox;
import dev.atrium.application.fakes.InMemoryLiveRoomRepository;
import dev.atrium.application.fakes.InMemorySigningKeyRepository;
import dev.atrium.application.fakes.InMemoryTokenLedger;
import dev.atrium.application.fakes.InMemoryUnitOfWork;
import dev.atrium.application.port.in.meeting.BookMeetingUseCase;
import dev.atrium.application.port.in.meeting.GetMeetingUseCase;
import dev.atrium.application.port.in.meeting.UpdateMeetingUseCase;
import dev.atrium.domain.token.SigningAlgorithm;
import java.security.SecureRandom;
import dev.atrium.application.fakes.InMemoryMemberRepository;
import dev.atrium.application.fakes.InMemoryRoomRepository;
import dev.atrium.application.fakes.MutableClock;
import dev.atrium.application.port.in.room.CreateRoomCommand;
import dev.atrium.application.port.in.room.CreateRoomUseCase;
import dev.atrium.application.port.in.room.DeleteRoomUseCase;
import dev.atrium.application.port.in.room.EndRoomUseCase;
import dev.atrium.application.port.in.room.GetRoomUseCase;
import dev.atrium.application.port.in.room.ListRoomsUseCase;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.in.room.UpdateRoomUseCase;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.tenant.TenantId;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Every room use case wired as bootstrap wires them, over one in-memory store (whose inserts can be
 * made to lose races), a clock the test moves and a seeded random source. One per test: nothing is shared.
 */
final class RoomServices {
    final MutableClock clock = new MutableClock(Rooms.NOW);
    final InMemoryMemberRepository members = new InMemoryMemberRepository();
    final InMemoryRoomRepository store = new InMemoryRoomRepository(members);
    final ContendedRoomRepository rooms = new ContendedRoomRepository(store);
    private final RandomGenerator random = new SplittableRandom(11);
    final InMemoryTokenLedger ledger = new InMemoryTokenLedger();
    final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    final InMemoryChatRepository chat = new InMemoryChatRepository();
    final InMemoryLiveRoomRepository liveRooms = new InMemoryLiveRoomRepository(store, outbox);
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(liveRooms, outbox, chat, ledger, members);
    final InMemorySigningKeyRepository keyStore = new InMemorySigningKeyRepository();
    final StoreOutages outages = new StoreOutages(LiveServices.PRESENCE);
    final LiveRoomChanges changes = changesOver(liveRooms);
    final SessionCredentials credentials = new SessionCredentials(
            new CurrentSigningKeys(keyStore, SigningAlgorithm.HS256, clock, new SecureRandom()),
            new HmacSessionCredentialCodec(), AccessServices.ISSUER, clock);
    final ModerateRoomService moderate = new ModerateRoomService(changes, ledger);

    final CreateRoomUseCase create = new CreateRoomService(unitOfWork, rooms, clock, random);
    final GetRoomUseCase get = new GetRoomService(rooms);
    final ListRoomsUseCase list = new ListRoomsService(rooms);
    final UpdateRoomUseCase update = new UpdateRoomService(changes, random);
    final EndRoomUseCase end = moderate;
    final DeleteRoomUseCase delete = new DeleteRoomService(changes);
    final BookMeetingUseCase bookMeeting = new BookMeetingService(unitOfWork, rooms, members, changes, clock, random);
    final UpdateMeetingUseCase updateMeeting = new UpdateMeetingService(changes, members, random);
    final GetMeetingUseCase getMeeting = new GetMeetingService(rooms, members);

    Room createRoom(RoomDraft draft) {
        return createRoom(Rooms.TENANT, draft);
    }

    Room createRoom(TenantId tenantId, RoomDraft draft) {
        return create.createRoom(new CreateRoomCommand(tenantId, draft)).room();
    }

    /** A room created a millisecond after the previous one, so creation order is id order. */
    Room createRoomLater(TenantId tenantId, RoomDraft draft) {
        return createRoomLater(tenantId, draft, List.of());
    }

    /** As {@link #createRoomLater(TenantId, RoomDraft)}, with the members the room starts with. */
    Room createRoomLater(TenantId tenantId, RoomDraft draft, List<MemberDraft> members) {
        clock.advance(Duration.ofMillis(1));
        return create.createRoom(new CreateRoomCommand(tenantId, draft, members)).room();
    }

    /** Stores a room as if a session were running on it: no use case starts one yet. */
    Room storeActiveRoom(RoomDraft draft) {
        Room open = Room.create(RoomId.next(clock.instant(), random), Rooms.TENANT, draft, clock.instant(), random);
        return store.insert(Rooms.inStatus(open, RoomStatus.ACTIVE));
    }

    /** The stored room as its tenant sees it now. */
    Room stored(Room room) {
        return get.getRoom(locator(room));
    }

    static RoomLocator locator(Room room) {
        return new RoomLocator(room.tenantId(), room.id().value());
    }

    /** The way changes run, as wired, over other live-room storage: for stores that fail on purpose. */
    LiveRoomChanges changesOver(LiveRoomRepository storage) {
        return new LiveRoomChanges(unitOfWork, storage, rooms, outages, clock);
    }
}
