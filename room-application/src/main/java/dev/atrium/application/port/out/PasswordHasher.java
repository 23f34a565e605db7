package dev.atrium.application.port.out;

import dev.atrium.domain.link.Password;

/** Slow, salted one-way hashing of passwords people choose (Argon2id). */
public interface PasswordHasher {
    String hash(Password password);

    boolean matches(String candidate, String hash);
}
