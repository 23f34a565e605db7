package dev.atrium.adapter.rest.live;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static dev.atrium.adapter.rest.live.ChatEvents.activated;
import static dev.atrium.adapter.rest.live.ChatEvents.posted;
import static dev.atrium.adapter.rest.live.ChatEvents.room;
import static dev.atrium.adapter.rest.live.ChatEvents.sameIdInAnotherTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The registry of waiting polls: who is woken by which event, and that nothing stays behind. */
class ChatWakeUpsTest {
    private final ChatWakeUps wakeUps = new ChatWakeUps();
    private final ChatWakeUps.Room room = room(1);

    @Test
    void aMessageOfTheRoomWakesEveryPollWaitingOnIt() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        wakeUps.register(room, first::incrementAndGet);
        wakeUps.register(room, second::incrementAndGet);

        wakeUps.deliver(posted(room, 1));
        wakeUps.deliver(posted(room, 2));

        assertEquals(2, first.get());
        assertEquals(2, second.get());
        assertEquals(2, wakeUps.waitingIn(room));
    }

    @Test
    void otherEventsOfTheRoomAndMessagesOfOtherRoomsWakeNobody() {
        AtomicInteger woken = new AtomicInteger();
        wakeUps.register(room, woken::incrementAndGet);

        wakeUps.deliver(activated(room, 1));
        wakeUps.deliver(posted(room(2), 1));
        wakeUps.deliver(posted(sameIdInAnotherTenant(room), 1));

        assertEquals(0, woken.get());
    }

    @Test
    void aForgottenPollIsNoLongerWokenAndItsRoomLeavesTheRegistry() {
        AtomicInteger stays = new AtomicInteger();
        AtomicInteger leaves = new AtomicInteger();
        Runnable staying = stays::incrementAndGet;
        Runnable leaving = leaves::incrementAndGet;
        wakeUps.register(room, staying);
        wakeUps.register(room, leaving);

        wakeUps.forget(room, leaving);
        wakeUps.deliver(posted(room, 1));
        wakeUps.forget(room, staying);
        wakeUps.deliver(posted(room, 2));

        assertEquals(1, stays.get());
        assertEquals(0, leaves.get());
        assertEquals(0, wakeUps.roomsWaitedOn());
    }
}
