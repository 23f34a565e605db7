package dev.atrium.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A node that dies between committing a change and publishing its events loses none of them: they
 * wait in the outbox, and the next start publishes them, in order. A timer that came due while no
 * node ran fires at the next start. The first node here never publishes and never polls timers,
 * which is exactly what a crash right after each commit looks like from the database.
 */
class RestartReplaysEventsAndTimersIT {
    private static final String KEY = "e2e-key:e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz";

    @TempDir
    Path dataDirectory;

    @Test
    void eventsCommittedBeforeACrashArePublishedAtTheNextStartAndDueTimersFire() throws Exception {
        Map<String, Object> config = new HashMap<>(Map.of(
                "datasources.default.url", "jdbc:h2:file:" + dataDirectory.resolve("atrium"),
                "atrium.data-dir", dataDirectory.toString()));
        Map<String, Object> crashing = new HashMap<>(config);
        crashing.put("atrium.events.relay-enabled", false);
        crashing.put("atrium.timers.enabled", false);
        Logger events = (Logger) LoggerFactory.getLogger("atrium.events");
        ListAppender<ILoggingEvent> published = new ListAppender<>();
        published.start();
        events.addAppender(published);
        String room;
        String adhoc;
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, crashing)) {
            room = id(send(first.getURI(), "POST", "/v1/rooms", "{}", null));
            String token = send(first.getURI(), "POST", "/v1/rooms/" + room + "/tokens",
                    "{\"displayName\": \"Ann\", \"role\": \"PARTICIPANT\", \"userRef\": \"ann\"}", null).body()
                    .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> joined = send(first.getURI(), "POST", "/v1/rooms/" + room + "/sessions", "{}", token);
            assertEquals(201, joined.statusCode(), joined.body());
            adhoc = id(send(first.getURI(), "POST", "/v1/rooms",
                    "{\"schedule\": {\"kind\": \"ADHOC\"}, \"lifetime\": {\"unusedTimeoutSeconds\": 1}}", null));
        }
        assertTrue(linesOf(published, room).isEmpty(), "the first node published nothing");
        Thread.sleep(1_100);

        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, config)) {
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
            while ((linesOf(published, room).size() < 2 || !status(second.getURI(), adhoc).equals("ENDED"))
                    && Instant.now().isBefore(giveUp)) {
                Thread.sleep(100);
            }
            assertEquals(List.of("event id=" + room + ":1 type=RoomActivated", "event id=" + room + ":2 type=ParticipantJoined"),
                    linesOf(published, room));
            assertEquals("ENDED", status(second.getURI(), adhoc));
        } finally {
            events.detachAppender(published);
        }
    }

    private static List<String> linesOf(ListAppender<ILoggingEvent> published, String room) {
        return List.copyOf(published.list).stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.startsWith("event id=" + room + ":"))
                .map(line -> line.substring(0, line.indexOf(" tenant=")))
                .toList();
    }

    private static String status(URI base, String room) throws Exception {
        return send(base, "GET", "/v1/rooms/" + room, null, null).body().replaceAll(".*\"status\":\"([A-Z]+)\".*", "$1");
    }

    private static String id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return created.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> send(URI base, String method, String path, String body, String bearer) throws Exception {
        String authorization = bearer != null ? "Bearer " + bearer
                : "Basic " + Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
