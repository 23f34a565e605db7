package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.LiveRooms;
import dev.atrium.adapter.rest.support.LiveRooms.Session;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.adapter.rest.support.TestTenants.TestTenant;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.atrium.adapter.rest.live.LobbyIT.items;
import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Posting to a room's chat, and reading it by long polling. */
@MicronautTest
class ChatIT {
    @Inject
    TestTenants tenants;

    private TestTenant tenant;
    private LiveRooms live;
    private String roomId;
    private String messages;
    private Session alice;

    @BeforeEach
    void roomWithAlice() {
        tenant = tenants.create();
        live = new LiveRooms(tenants, tenant);
        roomId = live.room("{\"externalId\": \"chatty\"}");
        messages = "/v1/rooms/" + roomId + "/messages";
        alice = live.join(roomId, "u-1", "PARTICIPANT");
    }

    @Test
    void aParticipantPostsAMessage() {
        Answer posted = alice.api().post(messages, "{\"text\": \"Good morning!\"}");

        assertEquals(201, posted.status(), posted.body());
        assertTrue(((Number) posted.value("id")).longValue() > 0, posted.body());
        assertEquals(alice.participantId(), posted.text("author"));
        assertEquals("Person u-1", posted.text("authorDisplayName"));
        assertEquals("Good morning!", posted.text("text"));
        assertNotNull(posted.text("postedAt"));
        assertEquals(5, posted.json().size(), posted.body());
    }

    @Test
    void messagesAfterTheGivenOneAnswerAtOnce() {
        long first = id(alice.api().post(messages, "{\"text\": \"one\"}"));
        alice.api().post(messages, "{\"text\": \"two\"}");

        Answer all = tenant.api().get(messages + "?after=0&timeout=30");
        Answer later = alice.api().get("/v1/rooms/chatty/messages?after=" + first);

        assertEquals(200, all.status(), all.body());
        assertEquals(List.of("one", "two"), texts(all));
        assertEquals(200, later.status(), later.body());
        assertEquals(List.of("two"), texts(later));
    }

    @Test
    void limitCutsThePage() {
        for (String text : List.of("one", "two", "three")) {
            alice.api().post(messages, "{\"text\": \"" + text + "\"}");
        }

        assertEquals(List.of("one", "two"), texts(tenant.api().get(messages + "?limit=2")));
    }

    @Test
    void aLongPollGetsAMessagePostedWhileItWaits() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<Answer> polling = CompletableFuture.supplyAsync(() -> tenant.api().get(messages + "?timeout=20"));
        Thread.sleep(600);
        assertFalse(polling.isDone(), "nothing to answer yet");

        alice.api().post(messages, "{\"text\": \"anyone?\"}");

        Answer answer = polling.get(10, TimeUnit.SECONDS);
        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of("anyone?"), texts(answer));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0,
                "answered soon after the message, long before its timeout");
    }

    /** By externalId and by session, a poll is woken all the same: well before its backstop read. */
    @Test
    void longPollsByExternalIdAreWokenByAMessage() throws Exception {
        String byExternalId = "/v1/rooms/chatty/messages?timeout=20";
        CompletableFuture<Answer> service = CompletableFuture.supplyAsync(() -> tenant.api().get(byExternalId));
        CompletableFuture<Answer> participant = CompletableFuture.supplyAsync(() -> alice.api().get(byExternalId));
        Thread.sleep(600);
        assertFalse(service.isDone() || participant.isDone(), "nothing to answer yet");

        long posted = System.nanoTime();
        alice.api().post(messages, "{\"text\": \"anyone?\"}");

        for (CompletableFuture<Answer> polling : List.of(service, participant)) {
            Answer answer = polling.get(10, TimeUnit.SECONDS);
            assertEquals(200, answer.status(), answer.body());
            assertEquals(List.of("anyone?"), texts(answer));
        }
        Duration after = Duration.ofNanos(System.nanoTime() - posted);
        assertTrue(after.compareTo(Duration.ofSeconds(2)) < 0, "answered " + after + " after the post");
    }

    @Test
    void aLongPollThatSeesNothingAnswersAnEmptyListAtItsTimeout() {
        alice.api().post(messages, "{\"text\": \"old\"}");
        long last = id(alice.api().post(messages, "{\"text\": \"older\"}"));
        long started = System.nanoTime();

        Answer answer = alice.api().get(messages + "?after=" + last + "&timeout=1");

        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of(), items(answer));
        assertTrue(waited.compareTo(Duration.ofMillis(950)) >= 0, "waited " + waited);
        assertTrue(waited.compareTo(Duration.ofSeconds(5)) < 0, "waited " + waited);
    }

    @Test
    void timeoutZeroAnswersAtOnce() {
        long started = System.nanoTime();

        Answer answer = tenant.api().get(messages + "?timeout=0");

        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of(), items(answer));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(900)) < 0);
    }

    @Test
    void wrongParametersAreReportedTogether() {
        Answer outOfRange = tenant.api().get(messages + "?after=-1&limit=0&timeout=61");
        Answer tooMany = tenant.api().get(messages + "?limit=201");
        Answer notANumber = tenant.api().get(messages + "?timeout=soon");

        assertProblem(outOfRange, 400, "VALIDATION_FAILED");
        assertEquals(List.of("after:OUT_OF_RANGE", "limit:OUT_OF_RANGE", "timeout:OUT_OF_RANGE"), outOfRange.fieldErrors());
        assertProblem(tooMany, 400, "VALIDATION_FAILED");
        assertEquals(List.of("limit:OUT_OF_RANGE"), tooMany.fieldErrors());
        assertProblem(notANumber, 400, "INVALID_PARAMETER");
        assertEquals(List.of("timeout:INVALID_PARAMETER"), notANumber.fieldErrors());
    }

    @Test
    void aMessageHasText() {
        Answer missing = alice.api().post(messages, "{}");
        Answer blank = alice.api().post(messages, "{\"text\": \"   \"}");
        Answer tooLong = alice.api().post(messages, "{\"text\": \"" + "x".repeat(32 * 1024 + 1) + "\"}");
        Answer unknown = alice.api().post(messages, "{\"text\": \"hi\", \"to\": \"bob\"}");

        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertEquals(List.of("text:REQUIRED"), missing.fieldErrors());
        assertProblem(blank, 400, "VALIDATION_FAILED");
        assertProblem(tooLong, 400, "VALIDATION_FAILED");
        assertProblem(unknown, 400, "UNKNOWN_FIELD");
    }

    @Test
    void postingTakesASessionCredentialOnly() {
        String token = live.token(roomId, "u-2", "PARTICIPANT");

        assertProblem(tenant.api().post(messages, "{\"text\": \"from the service\"}"), 401, "UNAUTHENTICATED");
        assertProblem(tenants.anonymous().withBearer(token).post(messages, "{\"text\": \"hi\"}"), 401, "UNAUTHENTICATED");
        assertProblem(tenants.anonymous().post(messages, "{\"text\": \"hi\"}"), 401, "UNAUTHENTICATED");
    }

    @Test
    void readingTakesAnApiKeyOrASessionCredentialOfThatRoom() {
        String other = live.room("{}");

        assertProblem(tenants.anonymous().get(messages), 401, "UNAUTHENTICATED");
        assertProblem(tenants.anonymous().withBearer(live.token(roomId, "u-2", "PARTICIPANT")).get(messages),
                401, "UNAUTHENTICATED");
        assertProblem(alice.api().get("/v1/rooms/" + other + "/messages?timeout=0"), 403, "PERMISSION_DENIED");
        assertProblem(alice.api().post("/v1/rooms/" + other + "/messages", "{\"text\": \"hi\"}"), 403, "PERMISSION_DENIED");
        assertProblem(tenant.api().get("/v1/rooms/no-such-room/messages?timeout=0"), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void whoeverWaitsInTheLobbyNeitherPostsNorReads() {
        String knocking = live.room("{\"access\": {\"knock\": true}}");
        live.join(knocking, "u-0", "MODERATOR");
        Session waiting = live.join(knocking, "u-2", "PARTICIPANT");

        assertProblem(waiting.api().post("/v1/rooms/" + knocking + "/messages", "{\"text\": \"let me in\"}"), 409, "NOT_ADMITTED");
        assertProblem(waiting.api().get("/v1/rooms/" + knocking + "/messages?timeout=0"), 409, "NOT_ADMITTED");
    }

    @Test
    void anAudienceMayNotChat() {
        String big = live.room("{\"limits\": {\"audiences\": 10}}");
        Session listener = live.join(big, "u-3", "AUDIENCE");

        assertProblem(listener.api().post("/v1/rooms/" + big + "/messages", "{\"text\": \"hi\"}"), 403, "PERMISSION_DENIED");
    }

    private static long id(Answer posted) {
        assertEquals(201, posted.status(), posted.body());
        return ((Number) posted.value("id")).longValue();
    }

    private static List<Object> texts(Answer answer) {
        return items(answer).stream().map((Map<String, Object> item) -> item.get("text")).toList();
    }
}
