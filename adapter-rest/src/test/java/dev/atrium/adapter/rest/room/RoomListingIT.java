package dev.atrium.adapter.rest.room;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /v1/rooms: pages, cursors, filters and the parameters it refuses. */
@MicronautTest
class RoomListingIT {
    @Inject
    TestTenants tenants;

    private ApiClient api;

    @BeforeEach
    void newTenant() {
        api = tenants.create().api();
    }

    @Test
    void pagesFollowOneAnotherByCursorInIdOrderUntilTheLastPage() {
        List<String> created = createRooms(5);
        List<String> ascending = created.stream().sorted().toList();

        List<List<String>> pages = pages("/v1/rooms?limit=2");

        assertEquals(List.of(ascending.subList(0, 2), ascending.subList(2, 4), ascending.subList(4, 5)), pages);
    }

    @Test
    void descendingOrderPagesFromTheNewestRoom() {
        List<String> descending = createRooms(5).stream().sorted(Comparator.reverseOrder()).toList();

        List<List<String>> pages = pages("/v1/rooms?limit=3&order=desc");

        assertEquals(List.of(descending.subList(0, 3), descending.subList(3, 5)), pages);
    }

    @Test
    void withoutALimitAPageHoldsUpTo25Rooms() {
        createRooms(26);

        Answer first = api.get("/v1/rooms");

        assertEquals(25, items(first).size());
        assertNotNull(first.text("nextCursor"));
    }

    @Test
    void filtersNarrowTheListing() {
        String publicRoom = api.post("/v1/rooms", "{\"type\": \"PUBLIC\", \"externalId\": \"town-hall\"}").text("id");
        String endedRoom = api.post("/v1/rooms", "{}").text("id");
        api.post("/v1/rooms/" + endedRoom + "/end", null);
        api.post("/v1/rooms", "{}");

        assertEquals(List.of(publicRoom), ids(api.get("/v1/rooms?type=PUBLIC")));
        assertEquals(List.of(publicRoom), ids(api.get("/v1/rooms?externalId=town-hall")));
        assertEquals(List.of(endedRoom), ids(api.get("/v1/rooms?status=ENDED")));
        assertEquals(List.of(), ids(api.get("/v1/rooms?status=ENDED&type=PUBLIC")));
    }

    @Test
    void aTenantListsOnlyItsOwnRooms() {
        List<String> mine = createRooms(2).stream().sorted().toList();
        tenants.create().api().post("/v1/rooms", "{}");

        assertEquals(mine, ids(api.get("/v1/rooms")));
    }

    @Test
    void aCursorThatThisApiDidNotReturnIsRefused() {
        Answer answer = api.get("/v1/rooms?cursor=not-a-cursor");

        assertProblem(answer, 400, "INVALID_CURSOR");
        assertEquals(List.of("cursor:INVALID_VALUE"), answer.fieldErrors());
    }

    @Test
    void aCursorOnlyContinuesTheOrderItWasMadeFor() {
        createRooms(2);
        String cursor = api.get("/v1/rooms?limit=1&order=asc").text("nextCursor");

        assertProblem(api.get("/v1/rooms?limit=1&order=desc&cursor=" + cursor), 400, "INVALID_CURSOR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1"})
    void aLimitOutsideOneToHundredIsRefused(String limit) {
        Answer answer = api.get("/v1/rooms?limit=" + limit);

        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertEquals(List.of("limit:OUT_OF_RANGE"), answer.fieldErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "2.5", "99999999999"})
    void aLimitThatIsNoWholeNumberIsAnInvalidParameter(String limit) {
        Answer answer = api.get("/v1/rooms?limit=" + limit);

        assertProblem(answer, 400, "INVALID_PARAMETER");
        assertEquals(List.of("limit:INVALID_PARAMETER"), answer.fieldErrors());
    }

    @Test
    void everyWrongListParameterIsReportedAtOnce() {
        Answer answer = api.get("/v1/rooms?limit=500&status=GONE&type=HUGE&order=sideways&externalId=has%20space");

        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertEquals(List.of("limit:OUT_OF_RANGE", "status:INVALID_VALUE", "type:INVALID_VALUE", "order:INVALID_VALUE",
                "externalId:INVALID_FORMAT"), answer.fieldErrors());
    }

    private List<String> createRooms(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            Answer created = api.post("/v1/rooms", "{}");
            assertEquals(201, created.status(), created.body());
            return created.text("id");
        }).toList();
    }

    /** Follows nextCursor from {@code firstPage} to the last page; the ids of each page. */
    private List<List<String>> pages(String firstPage) {
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = api.get(cursor == null ? firstPage : firstPage + "&cursor=" + cursor);
            pages.add(ids(page));
            cursor = page.text("nextCursor");
            assertTrue(pages.size() <= 10, "the cursor never ends");
        } while (cursor != null);
        return pages;
    }

    private static List<String> ids(Answer page) {
        return items(page).stream().map(room -> (String) room.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Answer page) {
        assertEquals(200, page.status(), page.body());
        return (List<Map<String, Object>>) page.value("items");
    }
}
