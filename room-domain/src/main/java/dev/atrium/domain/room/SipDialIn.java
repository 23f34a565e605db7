package dev.atrium.domain.room;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Phone dial-in for a room with SIP enabled: a meeting number to dial and a PIN to enter. */
public record SipDialIn(String meetingId, String pin) {
    private static final Pattern MEETING_ID = Pattern.compile("[1-9][0-9]{9}");
    private static final Pattern PIN = Pattern.compile("[0-9]{6}");

    public SipDialIn {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(pin, "pin");
        if (!MEETING_ID.matcher(meetingId).matches() || !PIN.matcher(pin).matches()) {
            throw new IllegalArgumentException("a SIP meeting id has 10 digits and a PIN 6");
        }
    }

    static SipDialIn generate(RandomGenerator random) {
        String meetingId = Long.toString(random.nextLong(1_000_000_000L, 10_000_000_000L));
        String pin = String.format("%06d", random.nextInt(1_000_000));
        return new SipDialIn(meetingId, pin);
    }
}
