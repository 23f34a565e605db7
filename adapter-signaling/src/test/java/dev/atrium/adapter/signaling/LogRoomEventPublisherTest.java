package dev.atrium.adapter.signaling;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.RoomEvent.MessagePosted;
import dev.atrium.domain.live.RoomEvent.RoomEnded;
import dev.atrium.domain.live.CloseReason;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogRoomEventPublisherTest {
    private final Logger events = (Logger) LoggerFactory.getLogger("atrium.events");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    LogRoomEventPublisherTest() {
        lines.start();
        events.addAppender(lines);
    }

    @AfterEach
    void detach() {
        events.detachAppender(lines);
    }

    @Test
    void each_event_is_one_line_with_its_id_type_and_room() {
        Instant now = Instant.parse("2030-01-01T08:00:00Z");
        RoomId room = RoomId.next(now, new SplittableRandom(1));
        TenantId tenant = TenantId.next(now, new SplittableRandom(2));

        new LogRoomEventPublisher().publish(new RecordedEvent(tenant, room, 7, now, new RoomEnded(CloseReason.EXPIRED)));

        assertEquals(1, lines.list.size());
        String line = lines.list.get(0).getFormattedMessage();
        assertTrue(line.startsWith("event id=" + room + ":7 type=RoomEnded tenant=" + tenant + " room=" + room), line);
        assertTrue(line.contains("EXPIRED"), line);
    }

    @Test
    void a_chat_message_never_shows_its_text_and_a_name_cannot_forge_a_line() {
        Instant now = Instant.parse("2030-01-01T08:00:00Z");
        RoomId room = RoomId.next(now, new SplittableRandom(1));
        TenantId tenant = TenantId.next(now, new SplittableRandom(2));
        String forgery = "hi\n2030-01-01T08:00:00.000Z ERROR [main] d.a.Forged - the database is gone";
        MessagePosted posted = new MessagePosted(3, ParticipantId.next(now, new SplittableRandom(3)),
                "Mallory\r\n2030-01-01T08:00:00.000Z ERROR [main] d.a.Forged - \u0000\u001b[31m", forgery);

        new LogRoomEventPublisher().publish(new RecordedEvent(tenant, room, 8, now, posted));

        String line = lines.list.get(0).getFormattedMessage();
        assertFalse(line.contains("the database is gone"), line);
        assertTrue(line.contains("text=(" + forgery.length() + " chars)"), line);
        assertTrue(line.lines().count() == 1 && line.chars().noneMatch(Character::isISOControl), line);
        assertTrue(line.contains("authorDisplayName=Mallory\\r\\n2030-01-01T08:00:00.000Z ERROR [main] d.a.Forged - \\u0000\\u001b[31m"), line);
    }
}
