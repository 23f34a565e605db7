package dev.atrium.domain.token;

import dev.atrium.domain.fixtures.Draw;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static dev.atrium.domain.fixtures.PropertyCheck.forAll;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JoinGrantProperties {
    private static final long TWO_DAYS_MS = Duration.ofDays(2).toMillis();

    /** A room, an instant at which it admits people, and a token lifetime. */
    private record Issue(Room room, Instant at, Duration ttl) {
        Instant entryCloses() {
            return room.settings().schedule().joinableUntil();
        }
    }

    /** A meeting, a room with a window or a room that never closes, at millisecond precision. */
    private static Room room(Draw draw) {
        Instant soon = NOW.plusMillis(draw.between(1L, TWO_DAYS_MS));
        RoomDrafts.Builder draft = switch (draw.between(0, 3)) {
            case 0 -> RoomDrafts.scheduled(soon, Duration.ofMinutes(draw.between(1, 600)));
            case 1 -> RoomDrafts.group().window(draw.orNull(0.5, () -> NOW.minusMillis(draw.between(0L, TWO_DAYS_MS))), soon);
            case 2 -> RoomDrafts.adhoc();
            default -> RoomDrafts.group().schedule(new ScheduleDraft("PERMANENT", null, null, null, null));
        };
        return Rooms.at(NOW).open(draft.build());
    }

    /**
     * An instant in the room's entry window (half the samples in its last minute, where capping
     * happens) and a lifetime; half the lifetimes within two seconds of the time left.
     */
    private static Issue issue(Draw draw) {
        Room room = room(draw);
        Instant from = room.settings().schedule().joinableFrom();
        Instant opens = from == null || from.isBefore(NOW) ? NOW : from;
        Instant closes = room.settings().schedule().joinableUntil();
        long span = closes == null ? TWO_DAYS_MS : Duration.between(opens, closes).toMillis();
        long offset = draw.bool() ? draw.between(0L, span - 1) : Math.max(0, span - 1 - draw.between(0L, 60_000L));
        Instant at = opens.plusMillis(offset);
        long minTtl = JoinTokenRequest.MIN_TTL.toSeconds();
        long maxTtl = JoinTokenRequest.MAX_TTL.toSeconds();
        long ttl = draw.between(minTtl, maxTtl);
        if (closes != null && draw.bool()) {
            long left = Duration.between(at, closes).toSeconds() + draw.between(-2, 2);
            ttl = Math.max(minTtl, Math.min(maxTtl, left));
        }
        return new Issue(room, at, Duration.ofSeconds(ttl));
    }

    private static JoinGrant grant(Issue sample) {
        JoinTokenRequest request = new JoinTokenRequest("Ada", Role.PARTICIPANT, new UserRef("u"), Map.of(), sample.ttl());
        return JoinGrant.issue(sample.room(), request, TokenId.next(sample.at(), Rooms.seededRandom()), sample.at());
    }

    @Test
    void a_grant_never_outlives_entry_to_its_room_nor_expires_before_it_was_issued() {
        forAll(JoinGrantProperties::issue, sample -> {
            JoinGrant grant = grant(sample);

            assertFalse(grant.expiresAt().isBefore(grant.issuedAt()), "exp before iat");
            assertFalse(grant.expiresAt().isAfter(grant.issuedAt().plus(sample.ttl())), "exp beyond the ttl");
            if (sample.entryCloses() != null) {
                assertFalse(grant.expiresAt().isAfter(sample.entryCloses()), "exp after entry closes");
            }
        });
    }

    @Test
    void a_grant_lives_its_whole_lifetime_when_the_room_stays_open_that_long() {
        forAll(JoinGrantProperties::issue, sample -> {
            JoinGrant grant = grant(sample);
            Instant fullLife = grant.issuedAt().plus(sample.ttl());

            if (sample.entryCloses() == null || !sample.entryCloses().isBefore(fullLife)) {
                assertEquals(fullLife, grant.expiresAt());
            }
        });
    }

    @Test
    void a_grant_starts_at_the_second_it_was_issued_and_is_current_then() {
        forAll(JoinGrantProperties::issue, sample -> {
            JoinGrant grant = grant(sample);

            assertEquals(grant.issuedAt(), grant.notBefore());
            assertTrue(Duration.between(grant.issuedAt(), sample.at()).compareTo(Duration.ofSeconds(1)) < 0);
            assertEquals(0, grant.issuedAt().getNano());
            assertEquals(0, grant.expiresAt().getNano());
            assertTrue(grant.isCurrentAt(sample.at()));
        });
    }
}
