package dev.atrium.bootstrap.e2e;

import dev.atrium.adapter.persistence.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static dev.atrium.bootstrap.e2e.RoomApiEndToEndIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Concurrent changes of one room on the real wiring and a real database. Every change of a room
 * (settings, end, members) takes the room's lock in one transaction, so racing requests are applied
 * one after the other: none is lost, none overwrites another unseen, none fails for having raced,
 * and a change that comes after the end is refused, never half-applied.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RoomChangesContract {
    private static final String KEY_ID = "e2e-key";
    private static final String SECRET = "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz";
    private static final int RACERS = 12;

    private TestDatabase database;
    private EmbeddedServer server;
    private HttpApi api;
    private String room;

    abstract TestDatabase newDatabase();

    @BeforeAll
    void start() {
        database = newDatabase();
        server = ApplicationContext.run(EmbeddedServer.class, database.properties());
        api = HttpApi.anonymous(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class))
                .withKey(KEY_ID, SECRET);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void aNewRoom() {
        room = "/v1/rooms/" + api.post("/v1/rooms", "{}").text("id");
    }

    @RepeatedTest(3)
    void racingChangesWithoutIfMatchAreAllAppliedEachAtAVersionOfItsOwn() throws Exception {
        List<HttpApi.Answer> answers = race(IntStream.range(0, RACERS)
                .<Callable<HttpApi.Answer>>mapToObj(i -> () -> api.patch(room, "{\"name\": \"name " + i + "\"}"))
                .toList());

        answers.forEach(answer -> assertEquals(200, answer.status(), answer.body()));
        assertEquals(IntStream.rangeClosed(1, RACERS).mapToObj(version -> "\"" + version + "\"").sorted().toList(),
                answers.stream().map(answer -> answer.header("ETag")).sorted().toList());
        assertEquals("\"" + RACERS + "\"", api.get(room).header("ETag"));
    }

    @RepeatedTest(3)
    void racingChangesAtOneVersionGiveOneWinnerAndRefuseTheOthers() throws Exception {
        List<HttpApi.Answer> answers = race(IntStream.range(0, RACERS)
                .<Callable<HttpApi.Answer>>mapToObj(i -> () -> api.patch(room, "{\"name\": \"name " + i + "\"}",
                        "If-Match", "\"0\""))
                .toList());

        List<HttpApi.Answer> won = answers.stream().filter(answer -> answer.status() == 200).toList();
        assertEquals(1, won.size(), answers.toString());
        answers.stream().filter(answer -> answer.status() != 200)
                .forEach(answer -> assertProblem(answer, 412, "VERSION_MISMATCH"));
        assertEquals(won.get(0).text("name"), api.get(room).text("name"));
    }

    @RepeatedTest(3)
    void changesRacingTheEndEitherLandBeforeItOrAreRefusedAsEnded() throws Exception {
        List<Callable<HttpApi.Answer>> requests = new ArrayList<>();
        requests.add(() -> api.post(room + "/end", null));
        for (int i = 0; i < RACERS; i++) {
            int racer = i;
            requests.add(racer % 2 == 0
                    ? () -> api.patch(room, "{\"description\": \"racer " + racer + "\"}")
                    : () -> api.post(room + "/members",
                    "{\"userRef\": \"racer-" + racer + "\", \"displayName\": \"Racer\", \"role\": \"PARTICIPANT\"}"));
        }

        List<HttpApi.Answer> answers = race(requests);

        HttpApi.Answer end = answers.get(0);
        assertEquals(200, end.status(), end.body());
        List<HttpApi.Answer> changes = answers.subList(1, answers.size());
        changes.stream().filter(answer -> answer.status() >= 300)
                .forEach(answer -> assertProblem(answer, 409, "ROOM_ENDED"));
        long patched = IntStream.range(0, changes.size())
                .filter(i -> i % 2 == 0 && changes.get(i).status() == 200).count();
        long added = IntStream.range(0, changes.size())
                .filter(i -> i % 2 == 1 && changes.get(i).status() == 201).count();
        HttpApi.Answer stored = api.get(room);
        assertEquals("ENDED", stored.text("status"));
        // Each applied PATCH and the end moved the version once; members leave it alone.
        assertEquals("\"" + (patched + 1) + "\"", stored.header("ETag"));
        assertEquals("\"" + (patched + 1) + "\"", end.header("ETag"));
        assertEquals(added, ((List<?>) api.get(room + "/members").json().get("items")).size());
        assertTrue(changes.stream().allMatch(answer -> answer.status() < 500), changes.toString());
    }

    /** Runs the requests at once, released together; their answers in the order given. */
    private static List<HttpApi.Answer> race(List<Callable<HttpApi.Answer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpApi.Answer>> answers = requests.stream()
                    .map(request -> pool.submit(() -> {
                        start.await();
                        return request.call();
                    }))
                    .toList();
            start.countDown();
            List<HttpApi.Answer> result = new ArrayList<>();
            for (Future<HttpApi.Answer> answer : answers) {
                result.add(answer.get(30, TimeUnit.SECONDS));
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }
}
