package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipDialInTest {
    private static final Instant LATER = NOW.plus(Duration.ofMinutes(5));

    private static boolean switchSip(Room room, boolean enabled) {
        return room.revise(RoomDrafts.group().name(room.settings().name()).sip(enabled).build(), LATER, Rooms.seededRandom());
    }

    @Test
    void a_room_with_sip_gets_a_ten_digit_meeting_id_and_a_six_digit_pin() {
        SipDialIn sip = Rooms.at(NOW).open(RoomDrafts.group().sip(true).build()).sip();

        assertTrue(sip.meetingId().matches("[1-9][0-9]{9}"), sip.meetingId());
        assertTrue(sip.pin().matches("[0-9]{6}"), sip.pin());
    }

    @Test
    void a_room_without_sip_has_no_dial_in_numbers() {
        assertNull(Rooms.at(NOW).open(RoomDrafts.group().sip(false).build()).sip());
        assertNull(Rooms.at(NOW).open(RoomDraft.empty()).sip());
    }

    @Test
    void disabling_sip_removes_the_numbers() {
        Room room = Rooms.at(NOW).open(RoomDrafts.group().sip(true).build());

        assertTrue(switchSip(room, false));

        assertFalse(room.settings().sipEnabled());
        assertNull(room.sip());
    }

    @Test
    void enabling_sip_again_gives_new_numbers() {
        Room room = Rooms.at(NOW).open(RoomDrafts.group().sip(true).build());
        SipDialIn first = room.sip();

        switchSip(room, false);
        switchSip(room, true);

        assertNotNull(room.sip());
        assertNotEquals(first.meetingId(), room.sip().meetingId());
        assertNotEquals(first.pin(), room.sip().pin());
    }

    @Test
    void other_changes_keep_the_numbers() {
        Room room = Rooms.at(NOW).open(RoomDrafts.group().sip(true).build());
        SipDialIn numbers = room.sip();

        room.revise(RoomDrafts.group().name("Renamed").sip(true).build(), LATER, Rooms.seededRandom());

        assertEquals(numbers, room.sip());
    }

    @Test
    void pins_with_leading_zeros_keep_all_six_digits() {
        SipDialIn sip = SipDialIn.generate(new FixedRandom(1_000_000_000L, 42));

        assertEquals(new SipDialIn("1000000000", "000042"), sip);
    }

    @ParameterizedTest(name = "meeting id {0}, pin {1}")
    @CsvSource({"123456789, 123456", "0123456789, 123456", "12345678901, 123456", "123456789a, 123456",
            "1234567890, 12345", "1234567890, 1234567", "1234567890, 12345a"})
    void malformed_dial_in_numbers_are_refused(String meetingId, String pin) {
        assertThrows(IllegalArgumentException.class, () -> new SipDialIn(meetingId, pin));
    }

    @Test
    void a_room_whose_dial_in_numbers_contradict_its_settings_cannot_be_rebuilt() {
        Room withSip = Rooms.at(NOW).open(RoomDrafts.group().sip(true).build());
        Room withoutSip = Rooms.at(NOW).open(RoomDraft.empty());

        assertThrows(IllegalArgumentException.class, () -> Room.reconstitute(withSip.id(), withSip.tenantId(),
                withSip.settings(), null, withSip.status(), NOW, NOW, null, 0, withSip.topologyInUse()));
        assertThrows(IllegalArgumentException.class, () -> Room.reconstitute(withoutSip.id(), withoutSip.tenantId(),
                withoutSip.settings(), withSip.sip(), withoutSip.status(), NOW, NOW, null, 0, withoutSip.topologyInUse()));
    }

    /** Answers the bounded draws with chosen numbers, so the formatting of extremes can be checked. */
    private record FixedRandom(long meetingNumber, int pinNumber) implements RandomGenerator {
        @Override
        public long nextLong() {
            return meetingNumber;
        }

        @Override
        public long nextLong(long origin, long bound) {
            return meetingNumber;
        }

        @Override
        public int nextInt(int bound) {
            return pinNumber;
        }
    }
}
