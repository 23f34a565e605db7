package dev.atrium.bootstrap.e2e;

import dev.atrium.adapter.persistence.PostgresTestDatabase;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An acknowledged write survives {@code kill -9}: a node in its own JVM takes a burst of writes of
 * every kind, is killed with SIGKILL in the middle of it, and is started again on the same data,
 * several rounds in a row. Every write it answered with a 2xx is still there, and no event id it
 * published before a crash names another event after it. On the default H2 file and on PostgreSQL.
 */
class KillNineKeepsAcknowledgedWritesIT {
    private static final int ROUNDS = 3;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 300;
    private static final Duration LONGEST_BURST = Duration.ofSeconds(8);
    private static final Pattern PUBLISHED_EVENT = Pattern.compile("event id=(\\S+) (.*)$");
    private static final String KEY_ID = "crash-key";
    private static final String SECRET = "crash-secret-0123456789abcdefghijklmnopqrstuvwxyz";

    @TempDir
    Path work;

    @Test
    void theEmbeddedDefaultKeepsEveryAcknowledgedWrite() throws Exception {
        survivesKillNine(Map.of("datasources.default.url", "jdbc:h2:file:" + work.resolve("atrium")));
    }

    @Test
    void postgresqlKeepsEveryAcknowledgedWrite() throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            survivesKillNine(database.properties());
        }
    }

    private void survivesKillNine(Map<String, Object> database) throws Exception {
        Map<String, Object> settings = new HashMap<>(database);
        settings.put("atrium.data-dir", work.toString());
        settings.put("atrium.master-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        settings.put("atrium.api-key.id", KEY_ID);
        settings.put("atrium.api-key.secret", SECRET);
        Path output = work.resolve("service.log");
        JsonMapper json = JsonMapper.createDefault();
        Map<String, Integer> lost = new TreeMap<>();
        StringBuilder rounds = new StringBuilder();
        Set<String> reusedEventIds = new TreeSet<>();
        for (int round = 1; round <= ROUNDS; round++) {
            AcknowledgedWrites writes = new AcknowledgedWrites("round" + round);
            try (ServiceProcess crashing = ServiceProcess.start(settings, output)) {
                HttpApi anonymous = HttpApi.anonymous(crashing.base(), json);
                HttpApi service = anonymous.withKey(KEY_ID, SECRET);
                writes.prepare(service);
                writes.startBurst(service, anonymous);
                awaitAcknowledged(writes);
                crashing.killHard();
                writes.stop();
            }
            try (ServiceProcess restarted = ServiceProcess.start(settings, output)) {
                HttpApi anonymous = HttpApi.anonymous(restarted.base(), json);
                writes.lostAfterRestart(anonymous.withKey(KEY_ID, SECRET), anonymous)
                        .forEach((kind, count) -> lost.merge(kind, count, Integer::sum));
                rounds.append("\n  round ").append(round).append(": ").append(writes.summary());
                reusedEventIds.addAll(eventIdsNamingTwoEvents(restarted));
            }
        }
        assertTrue(lost.isEmpty(), "acknowledged writes lost by kill -9: " + lost + rounds);
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
