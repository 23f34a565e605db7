package dev.atrium.adapter.signaling;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent.InvitationIssued;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogInvitationNotifierTest {
    private final Logger invitations = (Logger) LoggerFactory.getLogger("atrium.invitations");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    LogInvitationNotifierTest() {
        lines.start();
        invitations.addAppender(lines);
    }

    @AfterEach
    void detach() {
        invitations.detachAppender(lines);
    }

    @Test
    void an_invitation_is_one_line_whatever_its_name_and_title_hold() {
        Instant now = Instant.parse("2030-01-01T08:00:00Z");
        RoomId room = RoomId.next(now, new SplittableRandom(1));
        InvitationIssued invitation = new InvitationIssued(new UserRef("u-1"), "Ada\nERROR forged",
                "ada@example.com", "Plan\r\nWARN forged \\ too", "agenda", now, 30);

        new LogInvitationNotifier().invite(new RecordedEvent(TenantId.next(now, new SplittableRandom(2)), room, 4, now,
                invitation), invitation);

        String line = lines.list.get(0).getFormattedMessage();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains("to=Ada\\nERROR forged <ada@example.com> name=\"Plan\\r\\nWARN forged \\\\ too\""), line);
    }
}
