package dev.atrium.bootstrap.e2e;

import dev.atrium.adapter.persistence.PostgresTestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that stops reading its socket while its room keeps talking (4002 in docs/signaling.md):
 * the server holds at most {@code outbound-frames} frames for it, closes it with 4002 once they are
 * all waiting, and then holds nothing more however much the room says, so its memory stays flat.
 * The client, reading again, gets the frames that were waiting and the close; resuming after the
 * last {@code seq} it got, it is replayed every later event, in order, without a gap.
 *
 * <p>The node runs in this JVM, so its memory can be read after a full collection. Its store is
 * PostgreSQL, out of the JVM: H2, in it, grows its heap with every message it stores (pages, chunk
 * metadata), a few MiB for what this test posts, which would blur what the sockets hold.
 */
class SignalingSlowConsumerEndToEndIT {
    private static final Logger LOG = LoggerFactory.getLogger(SignalingSlowConsumerEndToEndIT.class);
    private static final int OUTBOUND_FRAMES = 16;
    /** A few KiB per frame, so that a few frames fill the kernel's buffers of a stalled connection. */
    private static final String TEXT = "x".repeat(16 * 1024);
    /** Enough to fill the kernel's buffers (a few MiB on loopback at most) and the server's bound. */
    private static final int MESSAGES_TO_STALL = 300;
    /** Far more than the bound, all after the stall: what the server would hold if it queued them all. */
    private static final int MESSAGES_WHILE_STALLED = 20 * OUTBOUND_FRAMES * 2;
    private static final long MEMORY_GROWTH_BOUND = 3L * 1024 * 1024;
    private static final int RESUME_ATTEMPTS = 10;

    @Test
    void a_client_that_stops_reading_is_closed_with_4002_while_memory_stays_flat_and_its_resume_loses_nothing() {
        try (PostgresTestDatabase database = PostgresTestDatabase.create();
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, settings(database))) {
            JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
            Rooms rooms = new Rooms(server, json);
            String room = rooms.create("{}");
            Rooms.Entered slow = rooms.enter(room, "slow", "PARTICIPANT");
            HttpApi talker = rooms.as(rooms.enter(room, "talker", "PARTICIPANT"));

            StalledSignalingSocket stalled = StalledSignalingSocket.open(server.getURI(), json);
            stalled.hello(slow.credential());
            Map<String, Object> welcome = stalled.next();
            assertEquals("welcome", welcome.get("type"), welcome.toString());
            long welcomedAt = seq(welcome);

            post(talker, room, 0, MESSAGES_TO_STALL);
            long before = MemoryInUse.bytes();
            long lastSeq = post(talker, room, MESSAGES_TO_STALL, MESSAGES_WHILE_STALLED);
            long after = MemoryInUse.bytes();
            LOG.info("Memory in use before {} messages to the stalled client: {} bytes; after: {} bytes", MESSAGES_WHILE_STALLED,
                    before, after);
            assertTrue(after - before < MEMORY_GROWTH_BOUND, "memory grew by " + (after - before) + " bytes while "
                    + MESSAGES_WHILE_STALLED * TEXT.length() + " bytes of chat went to a client that read nothing");

            StalledSignalingSocket.Received received = stalled.readToTheEnd();
            stalled.close();
            assertEquals(4002, received.closeCode());
            List<Long> seqs = eventSeqs(received.frames());
            assertTrue(!seqs.isEmpty() && seqs.get(seqs.size() - 1) < lastSeq, "the client was cut off before the end: " + seqs);
            assertEquals(consecutive(welcomedAt + 1, seqs.get(seqs.size() - 1)), seqs, "what came before the close");

            long lastSeen = seqs.get(seqs.size() - 1);
            assertEquals(consecutive(lastSeen + 1, lastSeq), resumeUntil(server, json, slow.credential(), lastSeen, lastSeq),
                    "what the client got on resuming after " + lastSeen);
        }
    }

    /**
     * The seqs of the events a client gets by resuming after {@code afterSeq} until it has {@code lastSeq},
     * as a client does. The relay may still be publishing what was posted, and a socket being welcomed
     * holds no more than its bound of the events that come meanwhile, so it can be closed with 4002
     * again; the client then resumes after the last seq it got. Every welcome must be a resume.
     */
    @SuppressWarnings("unchecked")
    private static List<Long> resumeUntil(EmbeddedServer server, JsonMapper json, String credential, long afterSeq, long lastSeq) {
        List<Long> got = new ArrayList<>();
        long last = afterSeq;
        for (int attempt = 1; attempt <= RESUME_ATTEMPTS && last < lastSeq; attempt++) {
            SignalingSocket socket = SignalingSocket.open(server.getURI(), json);
            socket.send("{\"type\":\"hello\",\"credential\":\"" + credential + "\",\"resume\":{\"afterSeq\":" + last + "}}");
            Optional<Map<String, Object>> frame;
            while (last < lastSeq && (frame = socket.nextUnlessClosed()).isPresent()) {
                if ("welcome".equals(frame.get().get("type"))) {
                    assertEquals(true, frame.get().get("resumed"), frame.get().toString());
                } else if ("event".equals(frame.get().get("type"))) {
                    last = seq((Map<String, Object>) frame.get().get("event"));
                    got.add(last);
                }
            }
            if (last < lastSeq) {
                assertEquals(4002, socket.closeCode(), "only a slow consumer's close sends a resuming client back");
                LOG.info("Resume {} closed with 4002 after seq {}; resuming again", attempt, last);
            }
            socket.close();
        }
        return got;
    }

    private static Map<String, Object> settings(PostgresTestDatabase database) {
        Map<String, Object> settings = new HashMap<>(database.properties());
        settings.put("atrium.signaling.outbound-frames", OUTBOUND_FRAMES);
        settings.put("atrium.events.relay-interval", "50ms");
        // The talker posts for longer than the default presence timeout, without pinging.
        settings.put("atrium.presence.timeout", "5m");
        return settings;
    }

    /** Posts {@code count} messages numbered from {@code first}; the seq of the last one. */
    private static long post(HttpApi talker, String room, int first, int count) {
        long seq = -1;
        for (int i = first; i < first + count; i++) {
            HttpApi.Answer posted = talker.post("/v1/rooms/" + room + "/messages", "{\"text\": \"" + i + " " + TEXT + "\"}");
            assertEquals(201, posted.status(), posted.body());
            seq = ((Number) posted.json().get("id")).longValue();
        }
        return seq;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> eventSeqs(List<Map<String, Object>> frames) {
        return frames.stream().filter(frame -> "event".equals(frame.get("type")))
                .map(frame -> seq((Map<String, Object>) frame.get("event"))).toList();
    }

    private static long seq(Map<String, Object> document) {
        return ((Number) document.get("seq")).longValue();
    }

    private static List<Long> consecutive(long from, long to) {
        List<Long> seqs = new ArrayList<>();
        for (long seq = from; seq <= to; seq++) {
            seqs.add(seq);
        }
        return seqs;
    }
}
