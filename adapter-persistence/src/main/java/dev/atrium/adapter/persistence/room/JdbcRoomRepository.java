package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
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
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * New rooms, and reads of rooms, in the {@code rooms} table. An insert stores the room, its claim on
 * a ONE_TO_ONE pair, its first members and its {@code live_rooms} row (idle clocks, first timer)
 * together or not at all; the database decides uniqueness, so racing writers get a conflict and never
 * overwrite each other. A SIP meeting id is unique across all tenants: one already taken is left to
 * the unit of work, which draws again. Every later write of the room is {@link JdbcLiveRoomRepository}'s.
 */
@Singleton
@ReportsStoreOutages
class JdbcRoomRepository implements RoomRepository {
    private final RoomRowRepository rows;
    private final RoomRowWriter writer;
    private final OneToOneRoomRowRepository pairs;
    private final MemberRepository members;
    private final RoomRowMapper mapper;
    private final LiveRoomRowRepository lives;
    private final LiveRoomRowMapper liveMapper;

    JdbcRoomRepository(RoomRowRepository rows, RoomRowWriter writer, OneToOneRoomRowRepository pairs,
                       MemberRepository members, RoomRowMapper mapper, LiveRoomRowRepository lives,
                       LiveRoomRowMapper liveMapper) {
        this.rows = rows;
        this.writer = writer;
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
        Room stored = writer.insert(room);
        insertLiveRoom(room);
        initialMembers.pair().ifPresent(pair -> writer.claim(room, pair));
        initialMembers.members().forEach(members::insert);
        return stored;
    }

    @Override
    public Optional<Room> findOneToOne(TenantId tenantId, OneToOnePair pair) {
        return pairs.findByTenantIdAndPairKey(tenantId.value(), pair.key())
                .flatMap(claim -> rows.findByIdAndTenantId(claim.roomId(), tenantId.value()))
                .map(this::toRoom);
    }

    @Override
    public Optional<Room> findById(TenantId tenantId, RoomId id) {
        return rows.findByIdAndTenantId(id.value(), tenantId.value()).map(this::toRoom);
    }

    @Override
    public Optional<Room> findByExternalId(TenantId tenantId, ExternalId externalId) {
        return rows.findByTenantIdAndExternalId(tenantId.value(), externalId.value()).map(this::toRoom);
    }

    @Override
    public List<Room> list(ListRoomsQuery query, int limit) {
        boolean ascending = query.order() == SortOrder.ASC;
        Sort byId = Sort.of(ascending ? Sort.Order.asc("id") : Sort.Order.desc("id"));
        // No total is requested: a page is one range read on an index, never a count of the tenant's rooms.
        Pageable firstRows = Pageable.from(0, limit, byId, false);
        List<RoomRow> page = rows.findAll(matching(query), firstRows).getContent();
        Map<String, TopologyKind> sessionTopologies = sessionTopologies(page);
        return page.stream()
                .map(row -> mapper.toRoom(row, sessionTopologies.getOrDefault(row.id(), configuredTopology(row))))
                .toList();
    }

    /**
     * Only a running session can use another topology than the configured one (a MESH session that
     * upgraded), so only ACTIVE rooms read their {@code live_rooms} row: a page reads them all at once.
     */
    private Map<String, TopologyKind> sessionTopologies(List<RoomRow> page) {
        List<String> active = page.stream().filter(JdbcRoomRepository::isActive).map(RoomRow::id).toList();
        if (active.isEmpty()) {
            return Map.of();
        }
        return lives.findByRoomIdIn(active).stream()
                .collect(Collectors.toMap(LiveRoomRow::roomId, live -> TopologyKind.valueOf(live.topology())));
    }

    private Room toRoom(RoomRow row) {
        TopologyKind sessionTopology = isActive(row)
                ? lives.findById(row.id()).map(live -> TopologyKind.valueOf(live.topology())).orElseGet(() -> configuredTopology(row))
                : configuredTopology(row);
        return mapper.toRoom(row, sessionTopology);
    }

    private static boolean isActive(RoomRow row) {
        return RoomStatus.valueOf(row.status()) == RoomStatus.ACTIVE;
    }

    private static TopologyKind configuredTopology(RoomRow row) {
        return TopologyKind.valueOf(row.topologyKind());
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
        SessionClocks idle = SessionClocks.idle(room.createdAt());
        Instant nextDeadline = LiveRoom.reconstitute(room, idle, List.of(), Set.of()).nextDeadline(room.createdAt());
        lives.save(liveMapper.toRow(room, idle, nextDeadline));
    }
}
