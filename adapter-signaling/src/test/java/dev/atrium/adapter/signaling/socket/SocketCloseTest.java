package dev.atrium.adapter.signaling.socket;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SocketCloseTest {

    @Test
    void a_participant_stays_present_for_the_grace_after_every_reconnectable_close_and_after_no_final_one() {
        List<Integer> keeping = Arrays.stream(SocketClose.values()).filter(SocketClose::keepsPresence)
                .map(SocketClose::code).toList();

        assertEquals(List.of(1009, 4000, 4001, 4002, 4003, 4004), keeping);
    }
}
