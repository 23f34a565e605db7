package dev.atrium.bootstrap.e2e;

import dev.atrium.adapter.persistence.PostgresTestDatabase;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An acknowledged write survives {@code kill -9} and a stop: a node in its own JVM takes a burst of
 * writes of every kind, is killed with SIGKILL (or stopped with SIGTERM) in the middle of it, and is
 * started again on the same data, several rounds in a row. Every write it answered with a 2xx is
 * still there, no request was answered with a server error, and no event id it published before a
 * crash names another event after it. On the default H2 file and on PostgreSQL.
 */
class AcknowledgedWritesSurviveIT {
    private static final int CRASHES = 3;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 300;
    private static final Duration LONGEST_BURST = Duration.ofSeconds(8);
    private static final Pattern PUBLISHED_EVENT = Pattern.compile("event id=(\\S+) (.*)$");
    private static final String KEY_ID = "crash-key";
    private static final String SECRET = "crash-secret-0123456789abcdefghijklmnopqrstuvwxyz";

    @TempDir
    Path work;

    @Test
    void theEmbeddedDefaultKeepsEveryAcknowledgedWriteThroughKillNine() throws Exception {
        survives(embeddedDefault(), ServiceProcess::killHard, CRASHES);
    }

    @Test
    void postgresqlKeepsEveryAcknowledgedWriteThroughKillNine() throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            survives(database.properties(), ServiceProcess::killHard, CRASHES);
        }
    }

    /** A stop drains the requests in flight before it closes the database, so none is answered with a 500. */
    @Test
    void theEmbeddedDefaultStoppedUnderLoadAnswersEveryRequestAndKeepsItsWrites() throws Exception {
        survives(embeddedDefault(), ServiceProcess::stop, 1);
    }

    private Map<String, Object> embeddedDefault() {
        return Map.of("datasources.default.url", "jdbc:h2:file:" + work.resolve("atrium"));
    }

    private void survives(Map<String, Object> database, Consumer<ServiceProcess> stopInTheBurst, int rounds) throws Exception {
        Map<String, Object> settings = new HashMap<>(database);
        settings.put("atrium.data-dir", work.toString());
        settings.put("atrium.master-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        settings.put("atrium.api-key.id", KEY_ID);
        settings.put("atrium.api-key.secret", SECRET);
        Path output = work.resolve("service.log");
        JsonMapper json = JsonMapper.createDefault();
        Map<String, Integer> lost = new TreeMap<>();
        StringBuilder summaries = new StringBuilder();
        Set<String> reusedEventIds = new TreeSet<>();
        List<String> serverErrors = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            AcknowledgedWrites writes = new AcknowledgedWrites("round" + round);
            try (ServiceProcess node = ServiceProcess.start(settings, output)) {
                HttpApi anonymous = HttpApi.anonymous(node.base(), json);
                HttpApi service = anonymous.withKey(KEY_ID, SECRET);
                writes.prepare(service);
                writes.startBurst(service, anonymous);
                awaitAcknowledged(writes);
                stopInTheBurst.accept(node);
                writes.stop();
                serverErrors.addAll(writes.serverErrors());
            }
            try (ServiceProcess restarted = ServiceProcess.start(settings, output)) {
                HttpApi anonymous = HttpApi.anonymous(restarted.base(), json);
                writes.lostAfterRestart(anonymous.withKey(KEY_ID, SECRET), anonymous)
                        .forEach((kind, count) -> lost.merge(kind, count, Integer::sum));
                summaries.append("\n  round ").append(round).append(": ").append(writes.summary());
                reusedEventIds.addAll(eventIdsNamingTwoEvents(restarted));
            }
        }
        assertEquals(List.of(), serverErrors.stream().limit(3).toList(),
                serverErrors.size() + " requests answered with a server error during the burst, the first of them");
        assertTrue(lost.isEmpty(), "acknowledged writes lost: " + lost + summaries);
        assertEquals(Set.of(), reusedEventIds, "an event id names one event, before and after a crash");
    }

    private static void awaitAcknowledged(AcknowledgedWrites writes) throws InterruptedException {
        Instant deadline = Instant.now().plus(LONGEST_BURST);
        while (writes.acknowledged() < ACKNOWLEDGED_BEFORE_THE_KILL && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }

    /** The event ids the node published, across its lives, for two different events. */
    private static Set<String> eventIdsNamingTwoEvents(ServiceProcess service) {
        Map<String, Set<String>> published = new HashMap<>();
        for (String line : service.outputLines()) {
            Matcher event = PUBLISHED_EVENT.matcher(line);
            if (event.find()) {
                published.computeIfAbsent(event.group(1), id -> new TreeSet<>()).add(event.group(2));
            }
        }
        assertTrue(!published.isEmpty(), "the nodes published events");
        published.values().removeIf(events -> events.size() == 1);
        return published.keySet();
    }
}
