package dev.atrium.application.port.in.room;

import dev.atrium.application.port.in.room.ListRoomsQuery.SortOrder;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.RoomType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.INVALID_FORMAT;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ListRoomsQueryTest {
    private static final RoomId SOME_ROOM = RoomId.next(Rooms.NOW, new SplittableRandom(5));

    @Test
    void without_parameters_a_query_asks_for_25_rooms_oldest_first_unfiltered() {
        ListRoomsQuery query = ListRoomsQuery.parse(Rooms.TENANT, null, null, null, null, null, null);

        assertEquals(ListRoomsQuery.DEFAULT_LIMIT, query.limit());
        assertEquals(SortOrder.ASC, query.order());
        assertNull(query.cursor());
        assertNull(query.status());
        assertNull(query.type());
        assertNull(query.externalId());
    }

    @Test
    void every_parameter_is_read_whatever_its_case() {
        String cursor = new RoomCursor(SOME_ROOM, SortOrder.DESC).encode();

        ListRoomsQuery query = ListRoomsQuery.parse(Rooms.TENANT, 100, cursor, "active", "Public", "crm:1", "desc");

        assertEquals(new ListRoomsQuery(Rooms.TENANT, 100, new RoomCursor(SOME_ROOM, SortOrder.DESC), RoomStatus.ACTIVE,
                RoomType.PUBLIC, new ExternalId("crm:1"), SortOrder.DESC), query);
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {1, 100})
    void a_page_holds_1_to_100_rooms(int limit) {
        assertEquals(limit, ListRoomsQuery.parse(Rooms.TENANT, limit, null, null, null, null, null).limit());
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {-1, 0, 101})
    void a_limit_outside_1_to_100_is_out_of_range(int limit) {
        assertViolations(() -> ListRoomsQuery.parse(Rooms.TENANT, limit, null, null, null, null, null),
                violation("limit", OUT_OF_RANGE));
    }

    @Test
    void every_wrong_parameter_is_reported_at_once() {
        assertViolations(() -> ListRoomsQuery.parse(Rooms.TENANT, 0, null, "closed", "private", "not valid", "random"),
                violation("limit", OUT_OF_RANGE),
                violation("status", INVALID_VALUE),
                violation("type", INVALID_VALUE),
                violation("externalId", INVALID_FORMAT),
                violation("order", INVALID_VALUE));
    }

    @Test
    void a_cursor_survives_its_encoding() {
        RoomCursor cursor = new RoomCursor(SOME_ROOM, SortOrder.ASC);

        assertEquals(cursor, ListRoomsQuery.parse(Rooms.TENANT, null, cursor.encode(), null, null, null, "asc").cursor());
    }

    @Test
    void a_query_built_in_code_refuses_a_cursor_of_another_order_and_a_limit_out_of_range() {
        RoomCursor descending = new RoomCursor(SOME_ROOM, SortOrder.DESC);

        assertThrows(IllegalArgumentException.class,
                () -> new ListRoomsQuery(Rooms.TENANT, 10, descending, null, null, null, SortOrder.ASC));
        assertThrows(IllegalArgumentException.class,
                () -> new ListRoomsQuery(Rooms.TENANT, 0, null, null, null, null, SortOrder.ASC));
        assertThrows(IllegalArgumentException.class,
                () -> new ListRoomsQuery(Rooms.TENANT, 101, null, null, null, null, SortOrder.ASC));
    }
}
