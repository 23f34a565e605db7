package dev.atrium.application.service;

import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ForbiddenException;
import dev.atrium.domain.shared.ThrottledException;

import java.time.Instant;

/**
 * Checks a password against a stored hash with attempts throttled per room and client: the attempt
 * is counted before the slow check, so parallel guesses get no more checks than the throttle allows.
 */
final class RoomPasswordCheck {
    private final PasswordHasher hasher;
    private final PasswordAttempts attempts;

    RoomPasswordCheck(PasswordHasher hasher, PasswordAttempts attempts) {
        this.hasher = hasher;
        this.attempts = attempts;
    }

    void require(RoomId roomId, String hash, String password, String client, Instant now) {
        attempts.recordAttempt(roomId, client, now).ifPresent(wait -> {
            throw new ThrottledException(ErrorCode.TOO_MANY_ATTEMPTS, "Too many wrong passwords; try again later.", wait);
        });
        if (password == null || !hasher.matches(password, hash)) {
            throw new ForbiddenException(ErrorCode.WRONG_PASSWORD, "The password is missing or wrong.");
        }
        attempts.clear(roomId, client);
    }
}
