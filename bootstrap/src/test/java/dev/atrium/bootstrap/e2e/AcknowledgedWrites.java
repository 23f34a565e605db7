package dev.atrium.bootstrap.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A burst of writes of every kind that must survive a crash, and the ledger of those the service
 * acknowledged with a 2xx: created rooms with their members, chat messages, redeemed single-use
 * tokens, and If-Match changes of one room. After a restart, {@link #lostAfterRestart} reads every
 * acknowledged write back.
 */
final class AcknowledgedWrites {
    private static final int TOKENS = 250;

    private final Map<String, String> roomNames = new ConcurrentHashMap<>();
    private final Map<Long, String> messageTexts = new ConcurrentHashMap<>();
    private final Queue<String> redeemedTokens = new ConcurrentLinkedQueue<>();
    private final AtomicReference<String> lastAcknowledgedName = new AtomicReference<>();
    private final AtomicReference<String> lastAcknowledgedTag = new AtomicReference<>();
    private final Set<String> unansweredNames = ConcurrentHashMap.newKeySet();
    private final AtomicInteger acknowledgedCount = new AtomicInteger();
    private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ExecutorService writers = Executors.newFixedThreadPool(8);
    private final CountDownLatch writersDone = new CountDownLatch(8);
    private final Queue<String> unusedTokens = new ConcurrentLinkedQueue<>();
    private final String round;
    private String chatRoom;
    private String tokenRoom;
    private String patchedRoom;

    AcknowledgedWrites(String round) {
        this.round = round;
    }

    /** Rooms, sessions and tokens for the burst to write to; written before the burst, and acknowledged too. */
    void prepare(HttpApi service) {
        chatRoom = created(service.post("/v1/rooms", "{\"name\": \"chat " + round + "\"}"));
        tokenRoom = created(service.post("/v1/rooms", "{\"name\": \"tokens " + round + "\","
                + " \"limits\": {\"participants\": 400}, \"media\": {\"maxActiveTalkers\": 4}}"));
        patchedRoom = created(service.post("/v1/rooms", "{\"name\": \"patched " + round + "\"}"));
        lastAcknowledgedTag.set("\"0\"");
        for (int i = 0; i < TOKENS; i++) {
            unusedTokens.add(token(service, tokenRoom, "redeemer-" + round + "-" + i));
        }
    }

    /** Starts writers that go on until {@link #stop}; a request the crash cuts off is simply not acknowledged. */
    void startBurst(HttpApi service, HttpApi anonymous) {
        List<String> chatCredentials = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String token = token(service, chatRoom, "chatter-" + round + "-" + i);
            chatCredentials.add(anonymous.withBearer(token).post("/v1/rooms/" + chatRoom + "/sessions", "{}").text("credential"));
        }
        AtomicInteger counter = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            run(() -> createRoom(service, round + "-" + counter.incrementAndGet()));
        }
        for (String credential : chatCredentials) {
            HttpApi chatter = anonymous.withBearer(credential);
            run(() -> postMessage(chatter, round + " message " + counter.incrementAndGet()));
        }
        for (int i = 0; i < 2; i++) {
            run(() -> redeemToken(anonymous));
        }
        run(() -> patchRoom(service, round + " name " + counter.incrementAndGet()));
    }

    int acknowledged() {
        return acknowledgedCount.get();
    }

    void stop() throws InterruptedException {
        stopped.set(true);
        writers.shutdown();
        assertTrue(writersDone.await(60, TimeUnit.SECONDS), "the writers did not stop");
    }

    /** What the service acknowledged but no longer has, by kind; empty when nothing was lost. */
    Map<String, Integer> lostAfterRestart(HttpApi service, HttpApi anonymous) {
        assertTrue(!roomNames.isEmpty() && !messageTexts.isEmpty() && !redeemedTokens.isEmpty()
                        && lastAcknowledgedName.get() != null,
                "every kind of write was acknowledged at least once, so a loss of any kind can show: " + summary());
        Map<String, Integer> lost = new HashMap<>();
        roomNames.forEach((id, name) -> {
            HttpApi.Answer room = service.get("/v1/rooms/" + id);
            if (room.status() != 200 || !name.equals(room.text("name"))) {
                lost.merge("rooms", 1, Integer::sum);
            } else if (((List<?>) service.get("/v1/rooms/" + id + "/members").json().get("items")).size() != 2) {
                lost.merge("members of created rooms", 1, Integer::sum);
            }
        });
        Map<Long, String> stored = storedMessages(service);
        messageTexts.forEach((id, text) -> {
            if (!text.equals(stored.get(id))) {
                lost.merge("chat messages", 1, Integer::sum);
            }
        });
        for (String token : redeemedTokens) {
            HttpApi.Answer again = anonymous.withBearer(token).post("/v1/rooms/" + tokenRoom + "/sessions", "{}");
            if (again.status() != 409 || !"TOKEN_ALREADY_USED".equals(again.code())) {
                lost.merge("token redemptions", 1, Integer::sum);
            }
        }
        HttpApi.Answer patched = service.get("/v1/rooms/" + patchedRoom);
        boolean lastAcknowledged = lastAcknowledgedName.get().equals(patched.text("name"))
                && lastAcknowledgedTag.get().equals(patched.header("ETag"));
        // A change the crash cut off may have committed without its answer: that is no loss.
        boolean cutOffButCommitted = unansweredNames.contains(patched.text("name"));
        if (!lastAcknowledged && !cutOffButCommitted) {
            lost.merge("the last If-Match change", 1, Integer::sum);
        }
        return lost;
    }

    String summary() {
        return roomNames.size() + " rooms, " + messageTexts.size() + " messages, " + redeemedTokens.size()
                + " redeemed tokens, last change " + lastAcknowledgedTag.get();
    }

    private boolean createRoom(HttpApi service, String name) {
        HttpApi.Answer room = answered(service.post("/v1/rooms", "{\"name\": \"" + name + "\", \"members\": ["
                + "{\"userRef\": \"a-" + name + "\", \"displayName\": \"Ann\"},"
                + "{\"userRef\": \"b-" + name + "\", \"displayName\": \"Ben\"}]}"));
        boolean acknowledged = room.status() == 201;
        if (acknowledged) {
            roomNames.put(room.text("id"), name);
        }
        return acknowledged;
    }

    private boolean postMessage(HttpApi chatter, String text) {
        HttpApi.Answer message = answered(chatter.post("/v1/rooms/" + chatRoom + "/messages", "{\"text\": \"" + text + "\"}"));
        boolean acknowledged = message.status() == 201;
        if (acknowledged) {
            messageTexts.put(((Number) message.json().get("id")).longValue(), text);
        }
        return acknowledged;
    }

    private boolean redeemToken(HttpApi anonymous) {
        String token = unusedTokens.poll();
        if (token == null) {
            return false;
        }
        boolean acknowledged = answered(anonymous.withBearer(token).post("/v1/rooms/" + tokenRoom + "/sessions", "{}")).status() == 201;
        if (acknowledged) {
            redeemedTokens.add(token);
        }
        return acknowledged;
    }

    private boolean patchRoom(HttpApi service, String name) {
        unansweredNames.add(name);
        HttpApi.Answer patched = answered(service.patch("/v1/rooms/" + patchedRoom, "{\"name\": \"" + name + "\"}",
                "If-Match", lastAcknowledgedTag.get()));
        boolean acknowledged = patched.status() == 200;
        if (acknowledged) {
            unansweredNames.clear();
            lastAcknowledgedName.set(name);
            lastAcknowledgedTag.set(patched.header("ETag"));
        }
        return acknowledged;
    }

    /** The answers of the burst that were server errors: a request is answered properly or cut off, never failed by the server. */
    List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }

    private HttpApi.Answer answered(HttpApi.Answer answer) {
        if (answer.status() >= 500) {
            serverErrors.add(answer.status() + " " + answer.body());
        }
        return answer;
    }

    private void run(BooleanSupplier write) {
        writers.execute(() -> {
            try {
                while (!stopped.get()) {
                    try {
                        if (write.getAsBoolean()) {
                            acknowledgedCount.incrementAndGet();
                        }
                    } catch (RuntimeException cutOff) {
                        // the crash: a request without an answer was never acknowledged
                    }
                }
            } finally {
                writersDone.countDown();
            }
        });
    }

    private Map<Long, String> storedMessages(HttpApi service) {
        Map<Long, String> stored = new HashMap<>();
        long after = 0;
        while (true) {
            HttpApi.Answer page = service.get("/v1/rooms/" + chatRoom + "/messages?after=" + after + "&limit=200&timeout=0");
            List<?> items = (List<?>) page.json().get("items");
            if (items.isEmpty()) {
                return stored;
            }
            for (Object item : items) {
                Map<?, ?> message = (Map<?, ?>) item;
                after = ((Number) message.get("id")).longValue();
                stored.put(after, (String) message.get("text"));
            }
        }
    }

    private static String created(HttpApi.Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        return answer.text("id");
    }

    private static String token(HttpApi service, String room, String userRef) {
        HttpApi.Answer issued = service.post("/v1/rooms/" + room + "/tokens",
                "{\"displayName\": \"" + userRef + "\", \"role\": \"PARTICIPANT\", \"userRef\": \"" + userRef + "\"}");
        assertEquals(201, issued.status(), issued.body());
        return issued.text("token");
    }
}
