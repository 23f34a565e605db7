package dev.atrium.application.port.in.live;

/** Flags a participant turns on or off; {@code null} leaves a flag as it is. */
public record MediaChange(Boolean microphone, Boolean camera, Boolean chat) {
}
