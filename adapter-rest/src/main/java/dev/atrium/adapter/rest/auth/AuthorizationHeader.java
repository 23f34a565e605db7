package dev.atrium.adapter.rest.auth;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Reads the credentials of an {@code Authorization} header; anything malformed reads as none. */
final class AuthorizationHeader {
    private AuthorizationHeader() {
    }

    /** An API key as HTTP Basic: the key id is the user name, the secret the password. */
    record BasicCredentials(String keyId, String secret) {
    }

    static Optional<BasicCredentials> basic(@Nullable String header) {
        return credentials(header, "basic").flatMap(AuthorizationHeader::decodeBasic);
    }

    static Optional<String> bearer(@Nullable String header) {
        return credentials(header, "bearer");
    }

    private static Optional<String> credentials(@Nullable String header, String scheme) {
        if (header == null) {
            return Optional.empty();
        }
        String[] parts = header.strip().split(" +", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals(scheme)) {
            return Optional.empty();
        }
        return Optional.of(parts[1].strip());
    }

    private static Optional<BasicCredentials> decodeBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
