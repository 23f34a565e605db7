package dev.atrium.bootstrap.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.atrium.bootstrap.e2e.RoomApiEndToEndIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People meet in a room, end to end on the real wiring (HTTP, JWT, JDBC on H2, the timer poller
 * and the outbox relay): join with a token, knock and get admitted, join the call, chat with long
 * polling, get moderated, and every change comes out of the relay as an event, in order.
 */
@MicronautTest
class LiveRoomsEndToEndIT {
    private static final Pattern EVENT_LINE = Pattern.compile("event id=(rm_[^:]+):(\\d+) type=(\\w+) ");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private HttpApi api;
    private final Logger events = (Logger) LoggerFactory.getLogger("atrium.events");
    private final ListAppender<ILoggingEvent> published = new ListAppender<>();

    @BeforeEach
    void connect() {
        api = HttpApi.anonymous(server.getURI(), json).withKey("e2e-key", "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz");
        published.start();
        events.addAppender(published);
    }

    @AfterEach
    void detach() {
        events.detachAppender(published);
    }

    @Test
    void peopleKnockGetAdmittedTalkChatAndLeaveAndEveryChangeIsPublishedInOrder() throws Exception {
        String room = api.post("/v1/rooms", "{\"access\": {\"knock\": true}, \"limits\": {\"moderators\": 1, \"participants\": 5}}").text("id");

        HttpApi.Answer moderator = join(room, "mona", "MODERATOR");
        assertEquals(201, moderator.status(), moderator.body());
        assertEquals("ADMITTED", moderator.text("status"));
        HttpApi.Answer guest = join(room, "kim", "PARTICIPANT");
        assertEquals("KNOCKING", guest.text("status"));

        HttpApi mona = session(moderator);
        HttpApi kim = session(guest);
        assertProblem(kim.post("/v1/rooms/" + room + "/messages", "{\"text\": \"let me in\"}"), 409, "NOT_ADMITTED");
        HttpApi.Answer lobby = mona.get("/v1/rooms/" + room + "/lobby");
        assertEquals(200, lobby.status(), lobby.body());
        assertTrue(lobby.body().contains(guest.text("participantId")), lobby.body());
        assertEquals(200, mona.post("/v1/rooms/" + room + "/lobby/" + guest.text("participantId") + "/admit", "").status());

        assertEquals(200, kim.post("/v1/rooms/" + room + "/sessions/self/call", "").status());
        HttpApi.Answer talking = kim.send("PATCH", "/v1/rooms/" + room + "/sessions/self/media", "{\"microphone\": true}",
                "application/json");
        assertEquals(200, talking.status(), talking.body());
        HttpApi.Answer listed = api.get("/v1/rooms/" + room + "/participants");
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains("\"microphone\":true"), listed.body());

        CompletableFuture<HttpApi.Answer> waiting = CompletableFuture.supplyAsync(
                () -> api.get("/v1/rooms/" + room + "/messages?after=0&timeout=20"));
        Thread.sleep(300);
        HttpApi.Answer posted = mona.post("/v1/rooms/" + room + "/messages", "{\"text\": \"welcome, Kim\"}");
        assertEquals(201, posted.status(), posted.body());
        HttpApi.Answer woken = waiting.get();
        assertEquals(200, woken.status(), woken.body());
        assertTrue(woken.body().contains("welcome, Kim"), woken.body());

        HttpApi.Answer pinged = kim.post("/v1/rooms/" + room + "/sessions/self/ping", "");
        assertEquals(200, pinged.status(), pinged.body());
        assertEquals(200, session(pinged).get("/v1/rooms/" + room + "/sessions/self").status(), "the ping's credential works");

        assertEquals(204, mona.delete("/v1/rooms/" + room + "/participants/" + guest.text("participantId") + "?ban=true").status());
        assertProblem(join(room, "kim", "PARTICIPANT"), 403, "BANNED");
        assertEquals(200, mona.post("/v1/rooms/" + room + "/end", "").status());
        assertProblem(mona.get("/v1/rooms/" + room + "/sessions/self"), 404, "PARTICIPANT_NOT_FOUND");

        List<String> types = awaitEvents(room, "RoomEnded");
        assertEquals(List.of("RoomActivated", "ParticipantJoined", "ParticipantJoined", "KnockRequested", "KnockAnswered",
                "ParticipantAdmitted", "MediaStateChanged", "MediaStateChanged", "MessagePosted", "ParticipantLeft",
                "ParticipantLeft", "RoomEnded"), types);
    }

    @Test
    void aJoinTokenIsUsedOnceAndIsNoSessionCredential() {
        String room = api.post("/v1/rooms", "{}").text("id");
        String token = token(room, "ada", "PARTICIPANT");
        HttpApi holder = HttpApi.anonymous(server.getURI(), json).withBearer(token);

        assertEquals(201, holder.post("/v1/rooms/" + room + "/sessions", "{}").status());
        assertProblem(holder.post("/v1/rooms/" + room + "/sessions", "{}"), 409, "TOKEN_ALREADY_USED");
        assertEquals(401, holder.get("/v1/rooms/" + room + "/sessions/self").status());
    }

    @Test
    void fiftyConcurrentJoinsForTenPlacesGiveTenSessions() throws Exception {
        String room = api.post("/v1/rooms", "{\"limits\": {\"participants\": 10}}").text("id");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tokens.add(token(room, "racer-" + i, "PARTICIPANT"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Future<HttpApi.Answer>> answers = new ArrayList<>();
        for (String token : tokens) {
            answers.add(pool.submit(() -> HttpApi.anonymous(server.getURI(), json).withBearer(token)
                    .post("/v1/rooms/" + room + "/sessions", "{}")));
        }
        List<HttpApi.Answer> results = new ArrayList<>();
        for (Future<HttpApi.Answer> answer : answers) {
            results.add(answer.get());
        }
        pool.shutdown();

        assertEquals(10, results.stream().filter(answer -> answer.status() == 201).count());
        List<HttpApi.Answer> refused = results.stream().filter(answer -> answer.status() != 201).toList();
        assertEquals(40, refused.size());
        refused.forEach(answer -> assertProblem(answer, 409, "ROOM_FULL"));
        assertEquals(10, ((List<?>) api.get("/v1/rooms/" + room + "/participants").json().get("items")).size());
    }

    @Test
    void aBookedMeetingInvitesItsAttendeesAndAFailedUpdateInvitesNobody() throws Exception {
        Logger invitations = (Logger) LoggerFactory.getLogger("atrium.invitations");
        ListAppender<ILoggingEvent> sent = new ListAppender<>();
        sent.start();
        invitations.addAppender(sent);
        try {
            HttpApi.Answer booked = api.post("/v1/meetings", """
                    {"name": "Planning", "description": "Q3", "startsAt": "2030-03-01T09:00:00Z", "durationMinutes": 45,
                     "members": [{"userRef": "ada", "displayName": "Ada", "email": "ada@example.com"},
                                   {"userRef": "bob", "displayName": "Bob"}]}""");
            assertEquals(201, booked.status(), booked.body());
            String room = (String) ((Map<?, ?>) booked.json().get("room")).get("id");
            assertTrue(awaitEvents(room, "InvitationIssued").contains("InvitationIssued"));

            HttpApi.Answer refused = api.patch("/v1/meetings/" + room, """
                    {"update": "MEMBERS", "members": [{"userRef": "cy", "displayName": "Cy", "email": "cy@example.com"},
                                                          {"userRef": "", "displayName": "Nobody"}]}""", "Content-Type", "application/json");
            assertProblem(refused, 400, "VALIDATION_FAILED");
            assertEquals(2, ((List<?>) api.get("/v1/rooms/" + room + "/members").json().get("items")).size(),
                    "the refused update added nobody");

            Thread.sleep(500);
            List<String> lines = sent.list.stream().map(ILoggingEvent::getFormattedMessage).filter(line -> line.contains(room)).toList();
            assertEquals(1, lines.size(), lines::toString);
            assertTrue(lines.get(0).contains("<ada@example.com>"), lines.get(0));
        } finally {
            invitations.detachAppender(sent);
        }
    }

    @Test
    void anAutoUpgradeShowsOnTheRoomAndOnEverySessionInOneShape() throws Exception {
        String room = api.post("/v1/rooms", "{\"topology\": {\"kind\": \"MESH\", \"autoUpgradeAt\": 2}}").text("id");
        HttpApi.Answer first = join(room, "ada", "PARTICIPANT");
        Map<String, Object> mesh = Map.of("kind", "MESH", "autoUpgradeAt", 2, "kindInUse", "MESH");
        assertEquals(mesh, first.json().get("topology"));

        HttpApi.Answer second = join(room, "bob", "PARTICIPANT");
        assertTrue(awaitEvents(room, "TopologyUpgraded").contains("TopologyUpgraded"));

        Map<String, Object> upgraded = Map.of("kind", "MESH", "autoUpgradeAt", 2, "kindInUse", "SFU");
        HttpApi.Answer firstAgain = session(first).get("/v1/rooms/" + room + "/sessions/self");
        HttpApi.Answer read = api.get("/v1/rooms/" + room);
        List<?> listed = (List<?>) api.get("/v1/rooms?status=ACTIVE").json().get("items");
        assertEquals(upgraded, second.json().get("topology"));
        assertEquals(upgraded, ((Map<?, ?>) second.json().get("room")).get("topology"));
        assertEquals(upgraded, firstAgain.json().get("topology"));
        assertEquals(upgraded, read.json().get("topology"));
        assertEquals(List.of(upgraded), listed.stream().map(item -> (Map<?, ?>) item)
                .filter(item -> room.equals(item.get("id"))).map(item -> item.get("topology")).toList());
    }

    private HttpApi.Answer join(String room, String userRef, String role) {
        return HttpApi.anonymous(server.getURI(), json).withBearer(token(room, userRef, role))
                .post("/v1/rooms/" + room + "/sessions", "{}");
    }

    private String token(String room, String userRef, String role) {
        HttpApi.Answer issued = api.post("/v1/rooms/" + room + "/tokens",
                "{\"displayName\": \"%s\", \"role\": \"%s\", \"userRef\": \"%s\"}".formatted(userRef, role, userRef));
        assertEquals(201, issued.status(), issued.body());
        return issued.text("token");
    }

    private HttpApi session(HttpApi.Answer joined) {
        return HttpApi.anonymous(server.getURI(), json).withBearer(joined.text("credential"));
    }

    /** The types of the room's published events, in sequence order, once {@code last} is among them. */
    private List<String> awaitEvents(String room, String last) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            Map<Long, String> bySequence = new java.util.TreeMap<>();
            for (ILoggingEvent line : List.copyOf(published.list)) {
                Matcher event = EVENT_LINE.matcher(line.getFormattedMessage());
                if (event.find() && event.group(1).equals(room)) {
                    bySequence.put(Long.parseLong(event.group(2)), event.group(3));
                }
            }
            List<String> types = List.copyOf(bySequence.values());
            if (types.contains(last) || Instant.now().isAfter(giveUp)) {
                List<Long> sequences = List.copyOf(bySequence.keySet());
                for (int i = 0; i < sequences.size(); i++) {
                    assertEquals(i + 1, sequences.get(i), "no gap in the room's events: " + bySequence);
                }
                return types;
            }
            Thread.sleep(100);
        }
    }
}
