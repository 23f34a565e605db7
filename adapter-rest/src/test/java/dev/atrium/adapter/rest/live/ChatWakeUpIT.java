package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.support.LiveRooms;
import dev.atrium.adapter.rest.support.LiveRooms.Session;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.adapter.rest.support.TestTenants.TestTenant;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.in.live.ReadChatUseCase;
import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.room.RoomId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long poll on the adapter's real wiring (the chat use case over the in-memory store, events
 * published by the relay), with its reads counted: it reads the store when it starts, when a message
 * is posted and at its timeout, not 4 times a second as it did before it was woken.
 */
@MicronautTest
class ChatWakeUpIT {
    private static final Duration PROMPTLY = Duration.ofMillis(1500);

    @Inject
    TestTenants tenants;
    @Inject
    MessagePolling polling;
    @Inject
    ReadChatUseCase readChat;
    @Inject
    ChatWakeUps wakeUps;

    private TestTenant tenant;
    private String roomId;
    private Session alice;
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void roomWithAlice() {
        tenant = tenants.create();
        LiveRooms live = new LiveRooms(tenants, tenant);
        roomId = live.room("{}");
        alice = live.join(roomId, "u-1", "PARTICIPANT");
    }

    @Test
    void aPollThatWaitsThreeSecondsForNothingReadsTheStoreTwice() throws Exception {
        List<ChatMessage> found = polling.poll(room(), countedRead(), Duration.ofSeconds(3)).get(6, TimeUnit.SECONDS);

        assertEquals(List.of(), found);
        assertTrue(reads.get() <= 2, "read " + reads + " times");
        assertEquals(0, wakeUps.roomsWaitedOn());
    }

    @Test
    void aMessagePostedWhileAPollWaitsIsAnsweredLongBeforeTheBackstop() throws Exception {
        CompletableFuture<List<ChatMessage>> answer = polling.poll(room(), countedRead(), Duration.ofSeconds(20));
        Thread.sleep(500);
        assertFalse(answer.isDone(), "nothing to answer yet");

        long posted = System.nanoTime();
        assertEquals(201, alice.api().post("/v1/rooms/" + roomId + "/messages", "{\"text\": \"anyone?\"}").status());

        List<ChatMessage> found = answer.get(MessagePolling.BACKSTOP.toMillis(), TimeUnit.MILLISECONDS);
        Duration after = Duration.ofNanos(System.nanoTime() - posted);
        assertEquals(List.of("anyone?"), found.stream().map(ChatMessage::text).toList());
        assertTrue(after.compareTo(PROMPTLY) < 0, "answered " + after + " after the post");
        assertTrue(reads.get() <= 2, "read " + reads + " times");
    }

    private ChatWakeUps.Room room() {
        return new ChatWakeUps.Room(tenant.id(), new RoomId(roomId));
    }

    /** The real read of the tenant's service, counted. */
    private Supplier<List<ChatMessage>> countedRead() {
        RoomCaller service = RoomCaller.service(new RoomLocator(tenant.id(), roomId));
        return () -> {
            reads.incrementAndGet();
            return readChat.read(service, 0, ReadChatUseCase.MAX_PAGE);
        };
    }
}
