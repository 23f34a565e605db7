package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.Draw;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static dev.atrium.domain.fixtures.PropertyCheck.forAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipDialInProperties {

    @Test
    void generated_dial_in_numbers_always_have_ten_and_six_digits() {
        forAll(Draw::anyLong, seed -> {
            SipDialIn sip = SipDialIn.generate(new SplittableRandom(seed));

            assertTrue(sip.meetingId().matches("[1-9][0-9]{9}"), sip.meetingId());
            assertTrue(sip.pin().matches("[0-9]{6}"), sip.pin());
        });
    }
}
