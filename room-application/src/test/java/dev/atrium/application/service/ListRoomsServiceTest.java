package dev.atrium.application.service;

import dev.atrium.application.port.in.room.ListRoomsQuery;
import dev.atrium.application.port.in.room.RoomCursor;
import dev.atrium.application.port.in.room.RoomPage;
import dev.atrium.domain.fixtures.MemberDrafts;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListRoomsServiceTest {
    private final RoomServices services = new RoomServices();

    /** Seven rooms of the tenant, oldest first, and one room of another tenant in between. */
    private final List<RoomId> created = createSeven();

    private List<RoomId> createSeven() {
        List<RoomId> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(services.createRoomLater(Rooms.TENANT, RoomDraft.empty()).id());
            if (i == 3) {
                services.createRoomLater(Rooms.OTHER_TENANT, RoomDraft.empty());
            }
        }
        return ids;
    }

    private static List<RoomId> ids(RoomPage page) {
        return page.rooms().stream().map(Room::id).toList();
    }

    private RoomPage page(TenantId tenantId, Integer limit, String cursor, String order) {
        return services.list.listRooms(ListRoomsQuery.parse(tenantId, limit, cursor, null, null, null, order));
    }

    /** Follows the cursors from the first page to the last, collecting every id on the way. */
    private List<RoomId> walk(int limit, String order) {
        List<RoomId> seen = new ArrayList<>();
        String cursor = null;
        do {
            RoomPage page = page(Rooms.TENANT, limit, cursor, order);
            assertTrue(page.rooms().size() <= limit);
            seen.addAll(ids(page));
            cursor = page.next().map(RoomCursor::encode).orElse(null);
        } while (cursor != null);
        return seen;
    }

    @Test
    void pages_in_ascending_order_visit_every_room_once_oldest_first() {
        assertEquals(created, walk(3, "asc"));
    }

    @Test
    void pages_in_descending_order_visit_every_room_once_newest_first() {
        List<RoomId> newestFirst = IntStream.range(0, created.size()).mapToObj(i -> created.get(created.size() - 1 - i)).toList();

        assertEquals(newestFirst, walk(3, "DESC"));
    }

    @Test
    void the_default_order_is_ascending() {
        assertEquals(created, ids(page(Rooms.TENANT, null, null, null)));
    }

    @Test
    void a_page_that_ends_exactly_with_the_last_room_offers_no_next_page() {
        RoomPage first = page(Rooms.TENANT, 7, null, null);

        assertEquals(created, ids(first));
        assertTrue(first.next().isEmpty());
    }

    @Test
    void a_full_page_with_more_rooms_behind_it_offers_the_next_page() {
        RoomPage first = page(Rooms.TENANT, 6, null, null);

        assertEquals(created.subList(0, 6), ids(first));
        assertEquals(created.get(5), first.next().orElseThrow().lastId());
    }

    @Test
    void rooms_created_while_paging_ascending_appear_on_a_later_page() {
        RoomPage first = page(Rooms.TENANT, 4, null, "asc");
        RoomId newcomer = services.createRoomLater(Rooms.TENANT, RoomDraft.empty()).id();

        RoomPage rest = page(Rooms.TENANT, 10, first.next().orElseThrow().encode(), "asc");

        List<RoomId> expected = new ArrayList<>(created.subList(4, 7));
        expected.add(newcomer);
        assertEquals(expected, ids(rest));
    }

    @Test
    void a_tenant_lists_only_its_own_rooms() {
        assertEquals(1, page(Rooms.OTHER_TENANT, 100, null, null).rooms().size());
        assertEquals(7, page(Rooms.TENANT, 100, null, null).rooms().size());
    }

    @Test
    void rooms_can_be_filtered_by_status_type_and_external_id() {
        Room ended = services.createRoomLater(Rooms.TENANT, RoomDrafts.ofType("PUBLIC").externalId("town-hall").build());
        services.end.endRoom(RoomServices.locator(ended));
        Room oneToOne = services.createRoomLater(Rooms.TENANT, RoomDrafts.ofType("ONE_TO_ONE").build(),
                MemberDrafts.pair("alice", "bob"));

        assertEquals(List.of(ended.id()), ids(services.list.listRooms(
                ListRoomsQuery.parse(Rooms.TENANT, null, null, "ended", null, null, null))));
        assertEquals(List.of(oneToOne.id()), ids(services.list.listRooms(
                ListRoomsQuery.parse(Rooms.TENANT, null, null, null, "ONE_TO_ONE", null, null))));
        assertEquals(List.of(ended.id()), ids(services.list.listRooms(
                ListRoomsQuery.parse(Rooms.TENANT, null, null, null, null, "town-hall", null))));
        assertEquals(8, services.list.listRooms(
                ListRoomsQuery.parse(Rooms.TENANT, null, null, "OPEN", null, null, null)).rooms().size());
        assertEquals(List.of(), ids(services.list.listRooms(
                ListRoomsQuery.parse(Rooms.TENANT, null, null, "ended", "GROUP", null, null))));
    }

    @Test
    void filters_apply_on_every_page() {
        for (int i = 0; i < 3; i++) {
            services.createRoomLater(Rooms.TENANT, RoomDrafts.ofType("PUBLIC").build());
        }
        ListRoomsQuery firstQuery = ListRoomsQuery.parse(Rooms.TENANT, 2, null, null, "public", null, null);
        RoomPage first = services.list.listRooms(firstQuery);

        RoomPage second = services.list.listRooms(ListRoomsQuery.parse(
                Rooms.TENANT, 2, first.next().orElseThrow().encode(), null, "public", null, null));

        assertEquals(1, second.rooms().size());
        assertTrue(second.next().isEmpty());
    }

    @Test
    void a_cursor_made_for_one_order_is_refused_with_another() {
        String ascendingCursor = page(Rooms.TENANT, 2, null, "asc").next().orElseThrow().encode();

        assertFails(ErrorCode.INVALID_CURSOR, () -> page(Rooms.TENANT, 2, ascendingCursor, "desc"));
    }

    @ParameterizedTest(name = "cursor \"{0}\"")
    @ValueSource(strings = {"", "not a cursor", "%%%", "djE6QVNDOnJtXzEyMw", "Zm9v"})
    void a_cursor_this_api_did_not_make_is_refused(String cursor) {
        assertFails(ErrorCode.INVALID_CURSOR, () -> page(Rooms.TENANT, 2, cursor, null));
    }

    @Test
    void a_cursor_of_another_version_or_order_name_is_refused() {
        String roomId = created.get(0).value();

        for (String plain : List.of("v2:ASC:" + roomId, "v1:SIDEWAYS:" + roomId, "v1:asc:" + roomId,
                "v1:ASC:" + roomId + ":extra", "v1:ASC:")) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
            assertFails(ErrorCode.INVALID_CURSOR, () -> page(Rooms.TENANT, 2, cursor, null));
        }
    }

    @Test
    void a_cursor_can_be_replayed_and_gives_the_same_page() {
        String cursor = page(Rooms.TENANT, 3, null, null).next().orElseThrow().encode();

        assertEquals(ids(page(Rooms.TENANT, 3, cursor, null)), ids(page(Rooms.TENANT, 3, cursor, null)));
    }
}
