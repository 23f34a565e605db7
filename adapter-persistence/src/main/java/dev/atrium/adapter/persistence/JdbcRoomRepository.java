package dev.atrium.adapter.persistence;

import dev.atrium.application.port.in.room.ListRoomsQuery;
import dev.atrium.application.port.in.room.ListRoomsQuery.SortOrder;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.SessionClocks;
import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.OneToOnePair;
import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Rooms in the {@code rooms} table. Every call is one transaction of its own; an insert stores the
 * room, its claim on a ONE_TO_ONE pair and its first members together or not at all, and the update
 * that ends a room releases its claim. The database
 * decides uniqueness and versions, so racing writers get a conflict and never overwrite each other.
 * A SIP meeting id is unique across all tenants; a room that drew one already taken gets
 * CONCURRENT_MODIFICATION, on which the caller draws again and retries. A new room gets its
 * {@code live_rooms} row (idle clocks, first timer) in the insert's transaction.
 */
@Singleton
@ReportsStoreOutages
class JdbcRoomRepository implements RoomRepository {
    private static final String EXTERNAL_ID_CONSTRAINT = "uq_rooms_tenant_external_id";
    private static final String SIP_MEETING_ID_CONSTRAINT = "uq_rooms_sip_meeting_id";

    private final RoomRowRepository rows;
    private final OneToOneRoomRowRepository pairs;
    private final MemberRepository members;
    private final RoomRowMapper mapper;
    private final LiveRoomRowRepository lives;
    private final LiveRoomRowMapper liveMapper;

    JdbcRoomRepository(RoomRowRepository rows, OneToOneRoomRowRepository pairs, MemberRepository members,
                       RoomRowMapper mapper, LiveRoomRowRepository lives, LiveRoomRowMapper liveMapper) {
        this.rows = rows;
        this.pairs = pairs;
        this.members = members;
        this.mapper = mapper;
        this.lives = lives;
        this.liveMapper = liveMapper;
    }

    /** A failure anywhere (a taken externalId or pair, a duplicate member) rolls the whole room back. */
    @Override
    @Transactional
    public Room insert(Room room, InitialMembers initialMembers) {
        RoomRow stored = write(room, () -> rows.save(mapper.toRow(room)));
        insertLiveRoom(room);
        initialMembers.pair().ifPresent(pair -> claim(room, pair));
        initialMembers.members().forEach(members::insert);
        return mapper.toRoom(stored);
    }

    @Override
    public Optional<Room> findOneToOne(TenantId tenantId, OneToOnePair pair) {
        return pairs.findByTenantIdAndPairKey(tenantId.value(), pair.key())
                .flatMap(claim -> rows.findByIdAndTenantId(claim.roomId(), tenantId.value()))
                .map(mapper::toRoom);
    }

    /** An ended room releases its ONE_TO_ONE pair in the same transaction as its last write. */
    @Override
    @Transactional
    public Room update(Room room) {
        RoomRow stored = write(room, () -> rows.update(mapper.toRow(room)));
        if (room.status() == RoomStatus.ENDED) {
            pairs.deleteByRoomId(room.id().value());
        }
        // New settings may move the timers: due now, so the next poll ticks the room and stores its real deadline.
        lives.updateNextDeadline(room.id().value(), TimestampColumns.toColumn(room.updatedAt()));
        return mapper.toRoom(stored);
    }

    @Override
    public void delete(Room room) {
        write(room, () -> {
            rows.delete(mapper.toRow(room));
            return null;
        });
    }

    @Override
    public Optional<Room> findById(TenantId tenantId, RoomId id) {
        return rows.findByIdAndTenantId(id.value(), tenantId.value()).map(mapper::toRoom);
    }

    @Override
    public Optional<Room> findByExternalId(TenantId tenantId, ExternalId externalId) {
        return rows.findByTenantIdAndExternalId(tenantId.value(), externalId.value()).map(mapper::toRoom);
    }

    @Override
    public List<Room> list(ListRoomsQuery query, int limit) {
        boolean ascending = query.order() == SortOrder.ASC;
        Sort byId = Sort.of(ascending ? Sort.Order.asc("id") : Sort.Order.desc("id"));
        // No total is requested: a page is one range read on an index, never a count of the tenant's rooms.
        Pageable firstRows = Pageable.from(0, limit, byId, false);
        return rows.findAll(matching(query), firstRows).getContent().stream().map(mapper::toRoom).toList();
    }

    private static PredicateSpecification<RoomRow> matching(ListRoomsQuery query) {
        PredicateSpecification<RoomRow> spec = (root, criteria) -> criteria.equal(root.get("tenantId"), query.tenantId().value());
        if (query.status() != null) {
            spec = spec.and((root, criteria) -> criteria.equal(root.get("status"), query.status().name()));
        }
        if (query.type() != null) {
            spec = spec.and((root, criteria) -> criteria.equal(root.get("type"), query.type().name()));
        }
        if (query.externalId() != null) {
            spec = spec.and((root, criteria) -> criteria.equal(root.get("externalId"), query.externalId().value()));
        }
        if (query.cursor() != null) {
            String after = query.cursor().lastId().value();
            spec = spec.and(query.order() == SortOrder.ASC
                    ? (root, criteria) -> criteria.greaterThan(root.get("id"), after)
                    : (root, criteria) -> criteria.lessThan(root.get("id"), after));
        }
        return spec;
    }

    /** Nobody has been in the room: idle since its creation, its first timer (unused, or its end) stored as due. */
    private void insertLiveRoom(Room room) {
        SessionClocks idle = SessionClocks.idle(room.createdAt(), room.settings().topology().kind());
        Instant nextDeadline = LiveRoom.reconstitute(room, idle, List.of(), Set.of()).nextDeadline(room.createdAt());
        lives.save(liveMapper.toRow(room, idle, nextDeadline));
    }

    /** The room was inserted just before, so the pair is the only key of the claim that can be taken. */
    private void claim(Room room, OneToOnePair pair) {
        OneToOneRoomRow claim = new OneToOneRoomRow(room.id().value(), room.tenantId().value(), pair.key());
        if (!UniqueInserts.insertUnlessTaken(() -> pairs.save(claim))) {
            throw new ConflictException(ErrorCode.ONE_TO_ONE_EXISTS,
                    "The tenant has a ONE_TO_ONE room for " + pair.first() + " and " + pair.second());
        }
    }

    private static <T> T write(Room room, Supplier<T> statement) {
        return OptimisticWrites.run(() -> {
            try {
                return statement.get();
            } catch (DataAccessException e) {
                if (SqlFailures.isUniqueViolationOf(e, EXTERNAL_ID_CONSTRAINT)) {
                    throw new ConflictException(ErrorCode.EXTERNAL_ID_TAKEN,
                            "externalId '" + room.settings().externalId() + "' is taken by another room of the tenant");
                }
                if (SqlFailures.isUniqueViolationOf(e, SIP_MEETING_ID_CONSTRAINT)) {
                    throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                            "The dial-in number drawn for room " + room.id() + " was taken by another room; try again");
                }
                throw e;
            }
        }, () -> concurrentModification(room));
    }

    private static ConflictException concurrentModification(Room room) {
        return new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                "Room " + room.id() + " was changed or deleted since it was read at version " + room.version());
    }
}
