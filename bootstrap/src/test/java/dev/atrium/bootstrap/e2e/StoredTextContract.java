package dev.atrium.bootstrap.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.atrium.adapter.persistence.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dev.atrium.bootstrap.e2e.RoomApiEndToEndIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What text the service stores, on the real wiring and a real database: a NUL (which PostgreSQL
 * cannot store), another control character or a lone surrogate (which PostgreSQL reads back as
 * {@code ?}) is refused with a problem before it reaches the database, by a guest's chat message as
 * much as by a token's header; tab and line breaks of multi-line text come back as they were sent;
 * and a chat message forges no log line, its body appearing in none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoredTextContract {
    private static final String KEY_ID = "e2e-key";
    private static final String SECRET = "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String MULTI_LINE = "first line\r\nsecond line\n\tindented";

    private TestDatabase database;
    private EmbeddedServer server;
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger events = (Logger) LoggerFactory.getLogger("atrium.events");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private HttpApi api;
    private String room;
    private HttpApi guest;

    abstract TestDatabase newDatabase();

    @BeforeAll
    void start() {
        database = newDatabase();
        server = ApplicationContext.run(EmbeddedServer.class, database.properties());
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
    void aPublicRoomWithAGuestInIt() {
        logged.start();
        root.addAppender(logged);
        events.addAppender(logged);
        api = HttpApi.anonymous(server.getURI(), json()).withKey(KEY_ID, SECRET);
        room = api.post("/v1/rooms", "{\"type\": \"PUBLIC\"}").text("id");
        String link = api.post("/v1/rooms/" + room + "/links", "{}").text("token");
        HttpApi.Answer token = HttpApi.anonymous(server.getURI(), json()).post("/v1/links/" + link + "/guests",
                "{\"displayName\": \"Guest\"}");
        assertEquals(201, token.status(), token.body());
        HttpApi.Answer entered = HttpApi.anonymous(server.getURI(), json()).withBearer(token.text("token"))
                .post("/v1/rooms/" + room + "/sessions", "{}");
        assertEquals(201, entered.status(), entered.body());
        guest = HttpApi.anonymous(server.getURI(), json()).withBearer(entered.text("credential"));
    }

    @AfterEach
    void detach() {
        root.detachAppender(logged);
        events.detachAppender(logged);
    }

    @Test
    void aGuestsChatMessageWithANulOrALoneSurrogateIsRefusedAndNothingIsStored() {
        for (String text : List.of("a\\u0000b", "\\u0000", "bell\\u0007", "lone \\ud800 half")) {
            HttpApi.Answer posted = guest.post(messages(), "{\"text\": \"" + text + "\"}");
            assertProblem(posted, 400, "VALIDATION_FAILED");
            assertEquals("INVALID_CHARACTER", posted.errors().get(0).get("code"), posted.body());
        }
        assertEquals(List.of(), storedMessages());
    }

    @Test
    void aTokenWhoseHeaderNamesAKeyWithANulIsUnauthenticatedWithoutAnyCredentials() {
        String token = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"\\u0000\"}") + "." + base64Url("{}") + ".c2ln";
        HttpApi anybody = HttpApi.anonymous(server.getURI(), json()).withBearer(token);

        assertProblem(anybody.post("/v1/rooms/" + room + "/sessions", "{}"), 401, "UNAUTHENTICATED");
        assertProblem(anybody.get("/v1/rooms/" + room + "/sessions/self"), 401, "UNAUTHENTICATED");
        assertProblem(anybody.post(messages(), "{\"text\": \"hi\"}"), 401, "UNAUTHENTICATED");
        assertProblem(anybody.get(messages() + "?timeout=0"), 401, "UNAUTHENTICATED");
        HttpApi.Answer introspected = api.send("POST", "/v1/tokens/introspect", "token=" + token,
                "application/x-www-form-urlencoded");
        assertEquals(200, introspected.status(), introspected.body());
        assertEquals(false, introspected.json().get("active"));
    }

    @Test
    void roomsMembersAndTokensWithANulOrALoneSurrogateAreRefusedAndNothingIsStored() {
        int before = rooms();
        for (String document : List.of("{\"name\": \"a\\u0000b\"}", "{\"description\": \"a\\u0000b\"}",
                "{\"name\": \"\\ud800\"}", "{\"metadata\": {\"k\": \"a\\u0000b\"}}", "{\"metadata\": {\"k\\u0000\": 1}}",
                "{\"metadata\": {\"k\": \"\\udfff\"}}")) {
            assertProblem(api.post("/v1/rooms", document), 400, "VALIDATION_FAILED");
        }
        assertEquals(before, rooms());
        assertProblem(api.post("/v1/rooms/" + room + "/members",
                "{\"userRef\": \"u\\ud800\", \"displayName\": \"Ada\", \"role\": \"PARTICIPANT\"}"), 400, "VALIDATION_FAILED");
        assertProblem(api.post("/v1/rooms/" + room + "/members",
                "{\"userRef\": \"u-1\", \"displayName\": \"Ada\\u0000\", \"role\": \"PARTICIPANT\"}"), 400, "VALIDATION_FAILED");
        assertEquals(List.of(), api.get("/v1/rooms/" + room + "/members").json().get("items"));
        assertProblem(api.post("/v1/rooms/" + room + "/tokens",
                "{\"userRef\": \"u\\ud800\", \"displayName\": \"Ada\", \"role\": \"PARTICIPANT\"}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void overlongUtf8IsRefusedNotReadAsASlash() {
        int before = rooms();
        byte[] overlong = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'a', (byte) 0xC0, (byte) 0xAF, 'b', '"', '}'};

        assertProblem(api.postBytes("/v1/rooms", overlong), 400, "MALFORMED_UTF8");
        assertEquals(before, rooms());
    }

    @Test
    void tabAndLineBreaksOfAChatMessageAndADescriptionComeBackAsSent() {
        String escaped = json(MULTI_LINE);
        assertEquals(201, guest.post(messages(), "{\"text\": " + escaped + "}").status());
        String described = api.post("/v1/rooms", "{\"description\": " + escaped + "}").text("id");

        assertEquals(List.of(MULTI_LINE), storedMessages().stream().map(message -> message.get("text")).toList());
        assertEquals(MULTI_LINE, api.get("/v1/rooms/" + described).text("description"));
    }

    @Test
    void aChatMessageForgesNoLogLineAndItsBodyIsLoggedNowhere() throws InterruptedException {
        String body = "hello\n2030-01-01T08:00:00.000Z ERROR [main] d.a.Forged - the database is gone";
        assertEquals(201, guest.post(messages(), "{\"text\": " + json(body) + "}").status());

        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (lines().stream().noneMatch(line -> line.contains("type=MessagePosted")) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertTrue(lines().stream().anyMatch(line -> line.contains("type=MessagePosted")), "the relay published the message");
        for (String line : lines()) {
            assertFalse(line.contains("the database is gone"), line);
            assertTrue(line.chars().noneMatch(c -> c == '\n' || c == '\r'), line);
        }
    }

    private List<String> lines() {
        return List.copyOf(logged.list).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> storedMessages() {
        return (List<Map<String, Object>>) api.get(messages() + "?after=0&timeout=0").json().get("items");
    }

    private int rooms() {
        return ((List<?>) api.get("/v1/rooms?limit=100").json().get("items")).size();
    }

    private String messages() {
        return "/v1/rooms/" + room + "/messages";
    }

    private String json(String text) {
        try {
            return json().writeValueAsString(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonMapper json() {
        return server.getApplicationContext().getBean(JsonMapper.class);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
